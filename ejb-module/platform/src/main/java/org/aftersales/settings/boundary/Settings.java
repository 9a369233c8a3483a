package org.aftersales.settings.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.Setting;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.settings.control.SettingValues;

/**
 * The settings an administrator can change. Defaults are seeded by the migrations; code asks
 * {@link SettingReader} for their values.
 */
@Stateless
public class Settings {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private SettingValues values;

    @RolesAllowed(Roles.ADMIN)
    public List<SettingView> all() {
        return em.createNamedQuery("Setting.all", Setting.class).getResultList().stream()
                .map(SettingView::of)
                .toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public SettingView change(String key, long expectedVersion, @NotBlank String value) {
        Setting setting = em.find(Setting.class, key);
        if (setting == null) {
            throw new UnknownEntityException("Setting", key);
        }
        if (setting.getVersion() != expectedVersion) {
            throw new ConflictException("error.staleVersion");
        }
        String current = setting.getValue();
        if (current.matches("-?\\d+") && !value.strip().matches("-?\\d+")) {
            throw new RuleViolationException(FieldError.of("value", "validation.integer"));
        }
        setting.change(value.strip());
        em.flush();
        values.changing();
        return SettingView.of(setting);
    }

    public record SettingView(String key, String value, String description, long version) {
        static SettingView of(Setting s) {
            return new SettingView(s.getKey(), s.getValue(), s.getDescription(), s.getVersion());
        }
    }
}
