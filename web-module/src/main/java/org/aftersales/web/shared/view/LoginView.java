package org.aftersales.web.shared.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.aftersales.web.shared.security.AftersalesAuthenticationMechanism;
import org.aftersales.web.shared.security.SessionUser;

/** The login form: hands the credentials to the authentication mechanism and goes where the user wanted. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private SecurityContext security;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            Object returnTo = request.getSession().getAttribute(AftersalesAuthenticationMechanism.RETURN_TO);
            String target = returnTo instanceof String path && path.startsWith("/") && !path.startsWith("//")
                    ? path
                    : "/index.xhtml";
            Object user = request.getSession().getAttribute(SessionUser.ATTRIBUTE);
            if (user instanceof SessionUser signedIn && signedIn.identity().mustChangePassword()) {
                target = AftersalesAuthenticationMechanism.PASSWORD_PAGE; // issue 10.5: first their own password
            } else {
                request.getSession().removeAttribute(AftersalesAuthenticationMechanism.RETURN_TO);
            }
            external.redirect(external.getRequestContextPath() + target);
            faces.responseComplete();
            return;
        }
        // issue 10.4: one message for an unknown user, a wrong password, a locked account and a blocked address
        Feedback.error("login.refused");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
