package marquee.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A moviegoer signing up. Passwords of at least 12 characters; nothing else is demanded of them. */
public record SignUp(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(min = 12, max = 200) String password,
        @Size(max = 200) String displayName) {}
