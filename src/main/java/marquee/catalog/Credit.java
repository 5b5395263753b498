package marquee.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One person's part in a film. */
public record Credit(@NotNull CreditRole role, @NotBlank @Size(max = 200) String name) {}
