package org.aftersales.web.accounts.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aftersales.accounts.boundary.AccountChange;
import org.aftersales.accounts.boundary.AccountView;
import org.aftersales.accounts.boundary.NewAccount;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.accounts.Qualification;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/** The administrators' screen of staff accounts: list, open, edit, reset password, lock and unlock. */
@Named
@ViewScoped
public class UsersAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private UserService users;

    private final LazyDataModel<AccountView> accounts = new PagedModel<>(this::page, AccountView::username);

    // the "new account" form
    private String username;
    private String displayName;
    private String password;
    private List<Role> roles = new ArrayList<>();
    private String region;
    private List<Qualification> qualifications = new ArrayList<>();
    private String email;
    private String phone;

    // the edit form
    private AccountView selected;
    private String editDisplayName;
    private List<Role> editRoles = new ArrayList<>();
    private String editRegion;
    private List<Qualification> editQualifications = new ArrayList<>();
    private String editEmail;
    private String editPhone;
    private String newPassword;

    private PageResult<AccountView> page(int first, int size) {
        return users.list(first, size);
    }

    public void create() {
        try {
            AccountView created = users.create(new NewAccount(
                    username,
                    displayName,
                    password == null ? null : password.toCharArray(),
                    EnumSet.copyOf(withDefault(roles)),
                    region,
                    qualifications.isEmpty() ? Set.of() : EnumSet.copyOf(qualifications),
                    email,
                    phone,
                    true)); // issue 10.5: the new colleague chooses their own password at the first login
            Feedback.info("users.created", created.username());
            username = displayName = password = region = email = phone = null;
            roles = new ArrayList<>();
            qualifications = new ArrayList<>();
            PrimeFaces.current().executeScript("PF('newUserDialog').hide()");
        } catch (RuleViolationException e) {
            Feedback.failed(e, "newUserForm");
        } finally {
            password = null;
        }
    }

    private static List<Role> withDefault(List<Role> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            throw new RuleViolationException(
                    org.aftersales.domain.shared.FieldError.of("roles", "validation.rolesRequired"));
        }
        return chosen;
    }

    public void edit(AccountView account) {
        selected = account;
        editDisplayName = account.displayName();
        editRoles = new ArrayList<>(account.roles());
        editRegion = account.region();
        editQualifications = new ArrayList<>(account.qualifications());
        editEmail = account.email();
        editPhone = account.phone();
        newPassword = null;
    }

    public void save() {
        try {
            selected = users.update(new AccountChange(
                    selected.username(),
                    selected.version(),
                    editDisplayName,
                    EnumSet.copyOf(withDefault(editRoles)),
                    editRegion,
                    editQualifications.isEmpty() ? Set.of() : EnumSet.copyOf(editQualifications),
                    editEmail,
                    editPhone));
            Feedback.info("users.saved", selected.username());
            PrimeFaces.current().executeScript("PF('editUserDialog').hide()");
        } catch (RuleViolationException | ConflictException | UnknownEntityException e) {
            Feedback.failed(e, "editUserForm");
        }
    }

    public void resetPassword() {
        try {
            selected = users.resetPassword(
                    selected.username(),
                    newPassword == null ? null : newPassword.toCharArray(),
                    true); // issue 10.5: to be changed by its owner at the next login
            Feedback.info("users.passwordReset", selected.username());
        } catch (RuleViolationException | UnknownEntityException e) {
            Feedback.failed(e, "editUserForm");
        } finally {
            newPassword = null;
        }
    }

    public void lock(AccountView account) {
        users.lock(account.username());
        Feedback.info("users.lockedMessage", account.username());
    }

    public void unlock(AccountView account) {
        users.unlock(account.username());
        Feedback.info("users.unlockedMessage", account.username());
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Qualification[] getAllQualifications() {
        return Qualification.values();
    }

    public LazyDataModel<AccountView> getAccounts() {
        return accounts;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public List<Qualification> getQualifications() {
        return qualifications;
    }

    public void setQualifications(List<Qualification> qualifications) {
        this.qualifications = qualifications;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEditPhone() {
        return editPhone;
    }

    public void setEditPhone(String v) {
        this.editPhone = v;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public AccountView getSelected() {
        return selected;
    }

    public String getEditDisplayName() {
        return editDisplayName;
    }

    public void setEditDisplayName(String v) {
        this.editDisplayName = v;
    }

    public List<Role> getEditRoles() {
        return editRoles;
    }

    public void setEditRoles(List<Role> v) {
        this.editRoles = v;
    }

    public String getEditRegion() {
        return editRegion;
    }

    public void setEditRegion(String v) {
        this.editRegion = v;
    }

    public List<Qualification> getEditQualifications() {
        return editQualifications;
    }

    public void setEditQualifications(List<Qualification> v) {
        this.editQualifications = v;
    }

    public String getEditEmail() {
        return editEmail;
    }

    public void setEditEmail(String v) {
        this.editEmail = v;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String v) {
        this.newPassword = v;
    }
}
