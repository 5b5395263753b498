package marquee.campaigns;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign to start. {@code startsOn}/{@code endsOn} absent: four weeks before the film's release to six
 * weeks after it. {@code phases} absent: warm-up, presales, opening week and long tail placed against the
 * release, with the budget split 15/25/40/20.
 */
public record NewCampaign(
        @NotNull Long filmId,
        @NotBlank @Size(max = 120) String name,
        @Size(max = 500) String objective,
        @NotNull @PositiveOrZero Long budgetMinor,
        LocalDate startsOn,
        LocalDate endsOn,
        @Valid @Size(max = 12) List<NewPhase> phases) {

    public record NewPhase(@NotBlank @Size(max = 60) String name, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
                           @NotNull @PositiveOrZero Long budgetMinor) {}
}
