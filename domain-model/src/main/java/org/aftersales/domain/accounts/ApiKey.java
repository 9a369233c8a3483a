package org.aftersales.domain.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.aftersales.domain.shared.AuditedEntity;

/**
 * A partner system's key for {@code Authorization: Bearer}. Only the SHA-256 of the key is stored
 * (a random 256-bit key needs no slow hash); the key itself is shown once, when it is issued. The
 * short prefix identifies a key in lists without revealing it. A revoked key never works again.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = "ApiKey.byHash", query = "SELECT k FROM ApiKey k WHERE k.keyHash = :hash")
@NamedQuery(name = "ApiKey.all", query = "SELECT k FROM ApiKey k ORDER BY k.id DESC")
public class ApiKey extends AuditedEntity {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEY_PREFIX = "ask_";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "principal", nullable = false, length = 64)
    private String principal;

    @Column(name = "key_prefix", nullable = false, length = 16)
    private String prefix;

    @Column(name = "key_hash", nullable = false, unique = true, length = 64)
    private String keyHash;

    @Convert(converter = RolesConverter.class)
    @Column(name = "roles", nullable = false, length = 200)
    private Set<Role> roles = EnumSet.of(Role.PARTNER);

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiKey() {}

    private ApiKey(String name, String principal, String secret) {
        this.name = Objects.requireNonNull(name, "The name is required.").strip();
        this.principal = Objects.requireNonNull(principal, "The principal is required.");
        this.prefix = secret.substring(0, 12);
        this.keyHash = hashOf(secret);
    }

    /** A new key and its secret, which is never stored and shown only this once. */
    public static Issued issue(String name, String principal) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return new Issued(new ApiKey(name, principal, secret), secret);
    }

    public record Issued(ApiKey key, String secret) {}

    public static String hashOf(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public void used(Instant now) {
        lastUsedAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPrincipal() {
        return principal;
    }

    public String getPrefix() {
        return prefix;
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles);
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("principal", principal);
        state.put("prefix", prefix);
        state.put("roles", new RolesConverter().convertToDatabaseColumn(roles));
        state.put("revokedAt", String.valueOf(revokedAt));
        return state;
    }
}
