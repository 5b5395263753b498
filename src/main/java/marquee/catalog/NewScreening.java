package marquee.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A screening to schedule. {@code releaseId} may be left out: the film's latest release on or before
 * the screening's local date is used. The end time is the film's runtime plus the hall's turnaround.
 * {@code currency} may be left out: the market's ({@code marquee.market.currency}).
 */
public record NewScreening(
        @NotNull Long hallId,
        @NotNull Long filmId,
        Long releaseId,
        @NotNull Instant startsAt,
        @NotBlank @Size(max = 20) String format,
        @NotBlank @Size(max = 50) String language,
        @NotNull @PositiveOrZero @Max(10_000_00) Long basePriceMinor,
        @Pattern(regexp = "[A-Z]{3}") String currency) {
}
