package marquee.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import marquee.testing.Http;

/** Bodies of booking API requests that staff send: a coupon to create, a ticket scanned at the door. */
public final class BookingRequests {

    private BookingRequests() {
    }

    /** A coupon valid from a minute ago for 30 days, for one film (null: any) and some moviegoers (null: anyone). */
    public static String coupon(String code, String kind, long amount, int maxUses, int perBuyer, Long filmId, List<Long> buyers) {
        return coupon(code, kind, amount, maxUses, perBuyer, filmId, buyers, null);
    }

    /** The same, counting for a campaign. */
    public static String coupon(String code, String kind, long amount, int maxUses, int perBuyer, Long filmId, List<Long> buyers,
                                Long campaignId) {
        Instant now = Instant.now();
        Map<String, Object> coupon = new LinkedHashMap<>();
        coupon.put("code", code);
        coupon.put("kind", kind);
        coupon.put("amount", amount);
        coupon.put("currency", "CNY");
        coupon.put("validFrom", now.minusSeconds(60).toString());
        coupon.put("validUntil", now.plus(Duration.ofDays(30)).toString());
        coupon.put("maxUses", maxUses);
        coupon.put("maxUsesPerBuyer", perBuyer);
        coupon.put("filmIds", filmId == null ? null : List.of(filmId));
        coupon.put("eligibleBuyerIds", buyers);
        coupon.put("campaignId", campaignId);
        return Http.json(coupon);
    }

    public static String checkIn(String code, long cinemaId) {
        return "{\"code\":\"" + code + "\",\"cinemaId\":" + cinemaId + "}";
    }
}
