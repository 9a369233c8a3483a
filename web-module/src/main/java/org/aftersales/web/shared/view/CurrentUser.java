package org.aftersales.web.shared.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Locale;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.security.SessionUser;

/**
 * The signed-in user as the pages see it: name, roles for the menu, language and time zone. The
 * language is the account's own choice (remembered across logins); before login, the one picked on
 * the login page.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private UserService users;

    private String anonymousLocale;
    private transient ZoneId zone;

    private SessionUser sessionUser() {
        HttpSession session = (HttpSession)
                FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        return session == null ? null : (SessionUser) session.getAttribute(SessionUser.ATTRIBUTE);
    }

    public boolean isSignedIn() {
        return sessionUser() != null;
    }

    public String getUsername() {
        SessionUser user = sessionUser();
        return user == null ? null : user.name();
    }

    public String getDisplayName() {
        SessionUser user = sessionUser();
        return user == null ? null : user.identity().displayName();
    }

    public boolean has(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    public Locale getLocale() {
        SessionUser user = sessionUser();
        return Messages.locale(user != null ? user.identity().locale() : anonymousLocale);
    }

    public String getLanguage() {
        return getLocale().equals(Locale.ENGLISH) ? "en" : "zh_CN";
    }

    public ZoneId getZone() {
        if (zone == null) {
            // the setting an ADMIN changes; the server's AFTERSALES_TIME_ZONE only when it is missing
            zone = calendar.zone();
        }
        return zone;
    }

    public String getTimeZone() {
        return getZone().getId();
    }

    /** Today in the configured time zone: the default of every date the user enters. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(getZone());
    }

    /** An instant as the user reads it: in the configured time zone, minutes precision. */
    public String time(java.time.Instant instant) {
        return instant == null
                ? ""
                : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .withZone(getZone())
                        .format(instant);
    }

    /** Switches the language; for a signed-in user it is remembered on the account. */
    public void switchLanguage(String tag) throws IOException {
        String locale = "en".equals(tag) ? "en" : "zh_CN";
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        SessionUser user = sessionUser();
        if (user != null) {
            users.preferLocale(user.name(), locale);
            external.getSessionMap().put(SessionUser.ATTRIBUTE, user.withLocale(locale));
        } else {
            anonymousLocale = locale;
        }
        FacesContext.getCurrentInstance().getViewRoot().setLocale(Messages.locale(locale));
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        external.redirect(request.getRequestURI());
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
}
