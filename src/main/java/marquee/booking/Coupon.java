package marquee.booking;

import java.time.Instant;
import java.util.List;

/** A coupon as stored: its rules, who owns it, and how often it has been used. */
public record Coupon(String code, Long ownerTenantId, CouponKind kind, long amount, String currency, Instant validFrom,
                     Instant validUntil, int maxUses, int maxUsesPerBuyer, int uses, List<Long> filmIds,
                     List<Long> cinemaIds, boolean restrictedToBuyers, Long campaignId) {}
