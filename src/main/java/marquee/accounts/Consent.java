package marquee.accounts;

import jakarta.validation.constraints.NotNull;

/** Marketing consent, given or withdrawn explicitly. */
public record Consent(@NotNull Boolean marketing) {}
