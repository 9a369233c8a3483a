package org.aftersales.web.platform.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.settings.boundary.Settings;
import org.aftersales.settings.boundary.Settings.SettingView;
import org.aftersales.web.shared.view.Feedback;

/** The administrators' screen of settings: the defaults of DOMAIN.md and the platform's policies. */
@Named
@ViewScoped
public class SettingsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Settings settings;

    private List<SettingView> list;
    private SettingView selected;
    private String value;

    public List<SettingView> getSettings() {
        if (list == null) {
            list = settings.all();
        }
        return list;
    }

    public void edit(SettingView setting) {
        selected = setting;
        value = setting.value();
    }

    public void save() {
        try {
            SettingView saved = settings.change(selected.key(), selected.version(), value);
            Feedback.info("settings.saved", saved.key());
            list = null;
            org.primefaces.PrimeFaces.current().executeScript("PF('settingDialog').hide()");
        } catch (RuleViolationException | ConflictException | UnknownEntityException e) {
            Feedback.failed(e, "settingForm");
        }
    }

    /** Issue 10.17: the setting's description in the page's language; the stored one for a key the bundles lack. */
    public String description(SettingView setting) {
        String key = "setting.description." + setting.key();
        String text = Feedback.text(key);
        return text.equals(key) ? setting.description() : text;
    }

    public SettingView getSelected() {
        return selected;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
