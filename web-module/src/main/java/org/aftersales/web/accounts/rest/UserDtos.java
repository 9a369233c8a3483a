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

    private UserDtos() {
    }

    public record NewUser(
            @NotBlank(message = "{validation.required}")
            @Pattern(regexp = "[a-z][a-z0-9._-]{1,63}", message = "{validation.username}") @SingleLine String username,
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") @SingleLine String displayName,
            @NotNull(message = "{validation.required}") String password,
            @NotEmpty(message = "{validation.rolesRequired}") List<String> roles,
            @Size(max = 100, message = "{validation.tooLong}") @SingleLine String region,
            List<String> qualifications,
            @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") @SingleLine String email) {
    }

    public record UserChange(
            @NotNull(message = "{validation.required}") Long version,
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") @SingleLine String displayName,
            @NotEmpty(message = "{validation.rolesRequired}") List<String> roles,
            @Size(max = 100, message = "{validation.tooLong}") @SingleLine String region,
            List<String> qualifications,
            @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") @SingleLine String email) {
    }

    public record NewPassword(@NotNull(message = "{validation.required}") String password) {
    }

    public record User(String username, String displayName, List<String> roles, String region,
            List<String> qualifications, String email, String locale, boolean locked, Instant lastLoginAt,
            Instant createdAt, long version) {

        static User of(AccountView a) {
            return new User(a.username(), a.displayName(), a.roles().stream().map(Enum::name).toList(), a.region(),
                    a.qualifications().stream().map(Enum::name).toList(), a.email(), a.locale(), a.locked(),
                    a.lastLoginAt(), a.createdAt(), a.version());
        }
    }

    public record Me(String username, List<String> roles) {
    }
}
