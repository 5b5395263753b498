package marquee.campaigns;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Partners to add to a community channel (climbing gyms, fan clubs): each gets a tracking link and
 * {@code codesEach} unique single-use codes taking {@code discountPercent} off (default 10%).
 */
public record NewPartners(
        @NotEmpty @Size(max = 1000) List<@jakarta.validation.constraints.NotBlank @Size(max = 120) String> names,
        @Min(0) @Max(1000) Integer codesEach,
        @Min(1) @Max(100) Integer discountPercent) {}
