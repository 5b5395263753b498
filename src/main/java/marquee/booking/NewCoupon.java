package marquee.booking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.List;

/**
 * A coupon or promo code. {@code amount} is a percentage (1-100) for PERCENT, minor units of
 * {@code currency} for AMOUNT. Empty film and cinema lists mean any; {@code eligibleBuyerIds}, when
 * given, restricts it to those moviegoers (a campaign's targeted offer).
 */
public record NewCoupon(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{2,39}", message = "must be 3-40 capital letters, digits, - or _") String code,
        @NotNull CouponKind kind,
        @NotNull @Positive Long amount,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
        @NotNull Instant validFrom,
        @NotNull Instant validUntil,
        @NotNull @Positive Integer maxUses,
        @Positive Integer maxUsesPerBuyer,
        List<Long> filmIds,
        List<Long> cinemaIds,
        List<Long> eligibleBuyerIds,
        Long campaignId) {}
