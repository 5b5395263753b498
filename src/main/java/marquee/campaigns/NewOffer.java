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
     * {@code interest}); {@code cityTiers} (1-5) and {@code cities} (home cities by name, as moviegoers give them)
     * narrow any of them: a preview's invitations go to people who can come. Only moviegoers who consent to marketing.
     */
    public record Segment(@NotBlank String rule, Long filmId, @Size(max = 10) List<Long> seedFilmIds,
                          @Size(max = 40) String interest, @Size(max = 5) List<Integer> cityTiers, Integer top,
                          @Size(max = 20) List<String> cities) {

        /** A segment of every city. */
        public Segment(String rule, Long filmId, List<Long> seedFilmIds, String interest, List<Integer> cityTiers, Integer top) {
            this(rule, filmId, seedFilmIds, interest, cityTiers, top, null);
        }
    }
}
