package org.aftersales.accounts.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.domain.accounts.ApiKey;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.accounts.UserAccount;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.settings.boundary.BusinessCalendar;

/** Keys for partner systems ({@code Authorization: Bearer}): issued and revoked by ADMIN. */
@Stateless
public class ApiKeyService {

    private static final Duration USE_RECORDING = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private BusinessCalendar calendar;

    /**
     * Issues a key acting as {@code principal}, an existing account whose name the partner's calls
     * carry (audit, ownership). The secret is returned this once and never stored.
     */
    @RolesAllowed(Roles.ADMIN)
    public IssuedKey issue(@NotBlank String name, String principal) {
        boolean principalExists = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", principal)
                .getResultStream()
                .findAny()
                .isPresent();
        if (!principalExists) {
            throw new RuleViolationException(FieldError.of("principal", "validation.unknownUser", principal));
        }
        ApiKey.Issued issued = ApiKey.issue(name, principal);
        em.persist(issued.key());
        em.flush();
        return new IssuedKey(KeyView.of(issued.key()), issued.secret());
    }

    @RolesAllowed(Roles.ADMIN)
    public KeyView revoke(long id) {
        ApiKey key = em.find(ApiKey.class, id);
        if (key == null) {
            throw new UnknownEntityException("ApiKey", id);
        }
        key.revoke(calendar.now());
        em.flush();
        return KeyView.of(key);
    }

    @RolesAllowed(Roles.ADMIN)
    public List<KeyView> list() {
        return em.createNamedQuery("ApiKey.all", ApiKey.class).getResultList().stream()
                .map(KeyView::of)
                .toList();
    }

    /** The identity a presented key stands for; empty for an unknown or revoked key, or a locked principal. */
    @PermitAll
    public Optional<Identity> authenticate(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        Optional<ApiKey> found = em.createNamedQuery("ApiKey.byHash", ApiKey.class)
                .setParameter("hash", ApiKey.hashOf(secret.strip()))
                .getResultStream()
                .findFirst();
        if (found.isEmpty() || !found.get().isActive()) {
            return Optional.empty();
        }
        ApiKey key = found.get();
        Optional<UserAccount> principal = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", key.getPrincipal())
                .getResultStream()
                .findFirst();
        if (principal.isEmpty() || principal.get().isLocked()) {
            return Optional.empty();
        }
        Instant now = calendar.now();
        if (key.getLastUsedAt() == null || key.getLastUsedAt().isBefore(now.minus(USE_RECORDING))) {
            key.used(now);
        }
        UserAccount account = principal.get();
        return Optional.of(new Identity(
                account.getUsername(),
                key.getName(),
                keyRoles(key),
                account.getLocale(),
                account.getCredentialVersion(),
                false)); // a key is no password: nothing to change first
    }

    /** A key never carries more than PARTNER, whatever its account holds. */
    private static Set<Role> keyRoles(ApiKey key) {
        Set<Role> roles = key.getRoles();
        roles.retainAll(Set.of(Role.PARTNER));
        return roles.isEmpty() ? Set.of(Role.PARTNER) : roles;
    }

    public record IssuedKey(KeyView key, String secret) implements Serializable {}

    public record KeyView(
            Long id,
            String name,
            String principal,
            String prefix,
            Set<Role> roles,
            Instant createdAt,
            String createdBy,
            Instant revokedAt,
            Instant lastUsedAt)
            implements Serializable {
        static KeyView of(ApiKey k) {
            return new KeyView(
                    k.getId(),
                    k.getName(),
                    k.getPrincipal(),
                    k.getPrefix(),
                    k.getRoles(),
                    k.getCreatedAt(),
                    k.getCreatedBy(),
                    k.getRevokedAt(),
                    k.getLastUsedAt());
        }
    }
}
