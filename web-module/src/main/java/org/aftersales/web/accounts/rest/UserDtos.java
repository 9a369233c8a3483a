package org.aftersales.web.accounts.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.aftersales.accounts.boundary.AccountView;
import org.aftersales.domain.shared.SingleLine;

/** The JSON of {@code /users} (../shared/API.md, "Staff accounts"). */
public final class UserDtos {

    private UserDtos() {}

    public record NewUser(
            @NotBlank(message = "{validation.required}")
            @Pattern(regexp = "[a-z][a-z0-9._-]{1,63}", message = "{validation.username}")
            @SingleLine
            String username,

            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") @SingleLine
            String displayName,

            @NotNull(message = "{validation.required}") String password,

            @NotEmpty(message = "{validation.rolesRequired}")
            List<String> roles,

            @Size(max = 100, message = "{validation.tooLong}") @SingleLine
            String region,

            List<String> qualifications,

            @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") @SingleLine
            String email,

            @Size(max = 40, message = "{validation.tooLong}") @SingleLine
            String phone,

            Boolean temporaryPassword) {

        /** Issue 10.5: unless said otherwise, the owner must choose their own password at the first login. */
        boolean passwordIsTemporary() {
            return temporaryPassword == null || temporaryPassword;
        }
    }

    public record UserChange(
            @NotNull(message = "{validation.required}") Long version,

            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") @SingleLine
            String displayName,

            @NotEmpty(message = "{validation.rolesRequired}")
            List<String> roles,

            @Size(max = 100, message = "{validation.tooLong}") @SingleLine
            String region,

            List<String> qualifications,

            @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") @SingleLine
            String email,

            @Size(max = 40, message = "{validation.tooLong}") @SingleLine
            String phone) {}

    public record NewPassword(
            @NotNull(message = "{validation.required}") String password, Boolean temporaryPassword) {

        /** Issue 10.5: a password an administrator sets is temporary unless said otherwise. */
        boolean passwordIsTemporary() {
            return temporaryPassword == null || temporaryPassword;
        }
    }

    /** {@code POST /me/password}: the caller's own password, the current one to prove it is them. */
    public record OwnPassword(
            @NotNull(message = "{validation.required}") String currentPassword,
            @NotNull(message = "{validation.required}") String newPassword) {}

    /**
     * {@code locked}: no login possible now — an administrator's lock, or a temporary one after failed
     * logins that ends at {@code lockedUntil}; {@code mustChangePassword}: the password is one an
     * administrator set.
     */
    public record User(
            String username,
            String displayName,
            List<String> roles,
            String region,
            List<String> qualifications,
            String email,
            String phone,
            String locale,
            boolean locked,
            Instant lastLoginAt,
            Instant createdAt,
            long version,
            Instant lockedUntil,
            boolean mustChangePassword) {

        static User of(AccountView a) {
            return new User(
                    a.username(),
                    a.displayName(),
                    a.roles().stream().map(Enum::name).toList(),
                    a.region(),
                    a.qualifications().stream().map(Enum::name).toList(),
                    a.email(),
                    a.phone(),
                    a.locale(),
                    a.locked(),
                    a.lastLoginAt(),
                    a.createdAt(),
                    a.version(),
                    a.lockedUntil(),
                    a.mustChangePassword());
        }
    }

    public record Me(String username, List<String> roles) {}
}
