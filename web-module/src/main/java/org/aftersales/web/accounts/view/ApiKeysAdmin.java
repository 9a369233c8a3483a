package org.aftersales.web.accounts.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.aftersales.accounts.boundary.ApiKeyService;
import org.aftersales.accounts.boundary.ApiKeyService.KeyView;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.web.shared.view.Feedback;

/** The administrators' screen of partner API keys. A new key's secret is shown once, right after issuing. */
@Named
@ViewScoped
public class ApiKeysAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApiKeyService keys;

    private String name;
    private String principal;
    private String issuedSecret;
    private List<KeyView> list;

    public List<KeyView> getKeys() {
        if (list == null) {
            list = keys.list();
        }
        return list;
    }

    public void issue() {
        try {
            ApiKeyService.IssuedKey issued = keys.issue(name, principal);
            issuedSecret = issued.secret();
            name = principal = null;
            list = null;
            Feedback.info("apiKeys.issued", issued.key().name());
        } catch (RuleViolationException e) {
            Feedback.failed(e, "issueForm");
        }
    }

    public void revoke(KeyView key) {
        try {
            keys.revoke(key.id());
            list = null;
            Feedback.info("apiKeys.revoked", key.name());
        } catch (UnknownEntityException e) {
            Feedback.failed(e, "keysForm");
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPrincipal() {
        return principal;
    }

    public void setPrincipal(String principal) {
        this.principal = principal;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }
}
