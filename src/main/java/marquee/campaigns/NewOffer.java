package marquee.campaigns;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A targeted offer to make: the segment it goes to, the discount its coupon gives, the share of the segment held
 * out at random and never contacted (0 to 0.5; absent: {@code marquee.campaigns.holdout-share}) and its cost.
 */
public record NewOffer(
        @NotBlank @Size(max = 120) String name,
        @NotNull @Valid Segment segment,
        @NotNull @Min(1) @Max(100) Integer discountPercent,
        Double holdoutShare,
        @PositiveOrZero Long costMinor) {

    /**
     * Who is eligible: {@code rule} FILM_AUDIENCE (the top {@code top} of the ranking for {@code filmId}),
     * LOOKALIKE (the top {@code top} lookalikes of the viewers of {@code seedFilmIds}) or INTERESTS (everyone with
     * {@code interest}); {@code cityTiers} (1-5) narrows any of them. Only moviegoers who consent to marketing.
     */
    public record Segment(@NotBlank String rule, Long filmId, @Size(max = 10) List<Long> seedFilmIds,
                          @Size(max = 40) String interest, @Size(max = 5) List<Integer> cityTiers, Integer top) {}
}
