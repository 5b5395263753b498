package marquee.booking;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import marquee.accounts.AccountFixtures;
import marquee.testing.Http;

/** A moviegoer buying through the real HTTP API with their API token. */
public record Buyer(long id, Http http) {

    /** The moviegoer buying through the application listening on {@code port}. */
    public static Buyer of(AccountFixtures.Person person, int port) {
        return new Buyer(person.id(), new Http(port).withToken(person.token()));
    }

    public Http.Answer hold(long screeningId, long... seatIds) {
        return http.post("/api/holds", "{\"screeningId\":" + screeningId + ",\"seatIds\":[" + list(seatIds) + "]}");
    }

    /** Pays for the hold with a new idempotency key. */
    public Http.Answer checkout(String holdId, String paymentMethod) {
        return checkout(holdId, UUID.randomUUID().toString(), "{\"holdId\":\"" + holdId + "\",\"paymentMethod\":\"" + paymentMethod + "\"}");
    }

    public Http.Answer checkout(String holdId, String key, String body) {
        return http.withHeader("Idempotency-Key", key).post("/api/orders", body);
    }

    /** Holds the seats and pays: the order's answer. */
    public Http.Answer buy(long screeningId, long... seatIds) {
        return buyWith(null, screeningId, seatIds);
    }

    /** Holds the seats and pays with a coupon (null: none): the order's answer. */
    public Http.Answer buyWith(String couponCode, long screeningId, long... seatIds) {
        Http.Answer hold = hold(screeningId, seatIds);
        if (hold.status() != 201) {
            throw new AssertionError("hold refused: " + hold.status() + " " + hold.body());
        }
        String holdId = hold.json().get("id").asString();
        String coupon = couponCode == null ? "" : ",\"couponCode\":\"" + couponCode + "\"";
        return checkout(holdId, UUID.randomUUID().toString(),
                "{\"holdId\":\"" + holdId + "\"" + coupon + ",\"paymentMethod\":\"approve\"}");
    }

    /** Asks for a refund of these tickets of the order (none named: all of them). */
    public Http.Answer refund(long orderId, long... ticketIds) {
        return http.post("/api/orders/" + orderId + "/refunds", ticketIds.length == 0 ? "{}" : "{\"ticketIds\":[" + list(ticketIds) + "]}");
    }

    private static String list(long... ids) {
        return Arrays.stream(ids).mapToObj(Long::toString).collect(Collectors.joining(","));
    }
}
