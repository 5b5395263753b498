package marquee.bench.booking;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * One buyer of the bench, a stream of moviegoers on one API token: picks an open screening, picks
 * 1-4 seats its seat map shows free, holds them, pays with a fresh Idempotency-Key, and stays for a
 * few purchases before moving on. The map is fetched on arrival, after a conflict and when it is
 * older than a second, so buyers work from maps a little out of date, as people do.
 */
final class BenchBuyer implements Runnable {

    private static final long STALE_NANOS = 1_000_000_000L;
    /** Below this many free seats a screening counts as sold out: the last single seats are left. */
    private static final int SOLD_OUT_BELOW = 4;

    private final BenchHttp http;
    private final String token;
    private final BenchScreenings screenings;
    private final BenchFigures figures;
    private final BooleanSupplier running;
    private final SplittableRandom random;
    private long screeningId = -1;
    private int staysFor;
    private BenchSeatMap map;

    BenchBuyer(BenchHttp http, String token, BenchScreenings screenings, BenchFigures figures, BooleanSupplier running,
               long seed) {
        this.http = http;
        this.token = token;
        this.screenings = screenings;
        this.figures = figures;
        this.running = running;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public void run() {
        while (running.getAsBoolean()) {
            try {
                if (!buyOnce()) {
                    return;
                }
            } catch (RuntimeException e) {
                figures.error(e.toString());
                map = null;
            }
        }
    }

    /** One purchase attempt; false when there is nothing left to buy. */
    private boolean buyOnce() {
        if (screeningId < 0 || staysFor-- <= 0) {
            screeningId = screenings.pick(random);
            staysFor = 2 + random.nextInt(8);
            map = null;
            if (screeningId < 0) {
                return false;
            }
        }
        if (map == null || map.ageNanos() > STALE_NANOS) {
            map = seatMap(screeningId);
            if (map == null) {
                return true;
            }
        }
        long[] seats = map.freeCount() < SOLD_OUT_BELOW ? null : map.take(1 + random.nextInt(4), random);
        if (seats == null) {
            screenings.close(screeningId);
            screeningId = -1;
            return true;
        }
        String holdId = hold(seats);
        if (holdId != null) {
            pay(holdId);
        }
        return true;
    }

    private BenchSeatMap seatMap(long screening) {
        long start = System.nanoTime();
        BenchHttp.Answer answer = http.get("/api/screenings/" + screening + "/seats", token);
        figures.seatMaps.recordValue(micros(start));
        if (answer.status() != 200) {
            figures.error("seat map " + answer.status() + " " + answer.body());
            return null;
        }
        return BenchSeatMap.of(screening, answer.json());
    }

    private String hold(long[] seats) {
        String seatIds = Arrays.stream(seats).mapToObj(Long::toString).collect(Collectors.joining(","));
        long start = System.nanoTime();
        BenchHttp.Answer answer = http.post("/api/holds", token, "{\"screeningId\":" + screeningId + ",\"seatIds\":[" + seatIds + "]}");
        figures.holds.recordValue(micros(start));
        return switch (answer.status()) {
            case 201 -> answer.json().get("id").asString();
            case 409 -> {
                figures.holdConflicts.increment();
                map = null; // someone was faster: look at the seat map again
                yield null;
            }
            default -> {
                figures.error("hold " + answer.status() + " " + answer.body());
                yield null;
            }
        };
    }

    private void pay(String holdId) {
        long start = System.nanoTime();
        BenchHttp.Answer answer = http.post("/api/orders", token, "{\"holdId\":\"" + holdId + "\",\"paymentMethod\":\"approve\"}",
                "Idempotency-Key", UUID.randomUUID().toString());
        figures.checkouts.recordValue(micros(start));
        switch (answer.status()) {
            case 201 -> {
                JsonNode order = answer.json();
                long screening = order.get("screeningId").asLong();
                for (JsonNode ticket : order.get("tickets")) {
                    figures.sold(screening, ticket.get("seatId").asLong());
                }
                figures.purchases.increment();
                figures.tickets.add(order.get("tickets").size());
            }
            case 409 -> figures.checkoutConflicts.increment();
            case 402 -> figures.declined.increment();
            default -> figures.error("checkout " + answer.status() + " " + answer.body());
        }
    }

    private static long micros(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000;
    }
}
