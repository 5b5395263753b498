package marquee.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import marquee.shared.security.Role;

/** A staff account to add to a tenant; its role must fit the tenant's kind. */
public record NewStaff(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(min = 12, max = 200) String password,
        @NotBlank @Size(max = 200) String displayName,
        @NotNull Role role) {}
