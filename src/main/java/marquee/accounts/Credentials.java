package marquee.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An email and password, as typed at sign-in. */
public record Credentials(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String password) {}
