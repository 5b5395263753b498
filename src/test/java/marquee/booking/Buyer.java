package marquee.booking;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import marquee.testing.Http;

/** A moviegoer buying through the real HTTP API with their API token. */
public record Buyer(long id, Http http) {

    public Http.Answer hold(long screeningId, long... seatIds) {
        String seats = Arrays.stream(seatIds).mapToObj(Long::toString).collect(Collectors.joining(","));
        return http.post("/api/holds", "{\"screeningId\":" + screeningId + ",\"seatIds\":[" + seats + "]}");
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
        Http.Answer hold = hold(screeningId, seatIds);
        if (hold.status() != 201) {
            throw new AssertionError("hold refused: " + hold.status() + " " + hold.body());
        }
        return checkout(hold.json().get("id").asString(), "approve");
    }
}
