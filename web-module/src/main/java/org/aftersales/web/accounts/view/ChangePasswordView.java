package org.aftersales.web.accounts.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.aftersales.accounts.boundary.Identity;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.web.shared.security.CredentialCache;
import org.aftersales.web.shared.security.SessionUser;
import org.aftersales.web.shared.view.Feedback;

/**
 * 修改密码 (issue 10.5): everyone changes their own password — the current one, the new one twice.
 * The only page an account whose password an administrator set can reach until it is done. The form
 * is a Faces form with server-side state: its view state is the CSRF token.
 */
@Named
@RequestScoped
public class ChangePasswordView {

    static final String FORM = "passwordForm";

    @EJB
    private UserService users;

    @Inject
    private CredentialCache cache;

    @Inject
    private SettingReader settings;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    /** True when the password is one an administrator set (the page says why the user is here). */
    public boolean isRequired() {
        Object user = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getSessionMap()
                .get(SessionUser.ATTRIBUTE);
        return user instanceof SessionUser signedIn && signedIn.identity().mustChangePassword();
    }

    /** The shortest password accepted (setting), for the hint beside the field. */
    public int getMinLength() {
        return settings.number("security.password.min-length", 10);
    }

    public void change() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (newPassword != null && !newPassword.equals(repeatPassword)) {
                fieldError(faces, "repeatPassword", "password.mismatch");
                return;
            }
            Optional<Identity> changed = users.changeOwnPassword(chars(currentPassword), chars(newPassword));
            if (changed.isEmpty()) {
                fieldError(faces, "currentPassword", "validation.currentPasswordWrong");
                return;
            }
            ExternalContext external = faces.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            request.changeSessionId();
            external.getSessionMap().put(SessionUser.ATTRIBUTE, SessionUser.of(changed.get()));
            cache.forget(changed.get().name());
            Feedback.info("password.changed");
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
            faces.responseComplete();
        } catch (RuleViolationException e) {
            Feedback.failed(e, FORM);
        } finally {
            currentPassword = newPassword = repeatPassword = null;
        }
    }

    private static void fieldError(FacesContext faces, String field, String key) {
        faces.addMessage(FORM + ":" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, Feedback.text(key), null));
        faces.validationFailed();
    }

    private static char[] chars(String value) {
        return value == null ? null : value.toCharArray();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
