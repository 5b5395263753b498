package marquee.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * Moviegoers buying over HTTP from running Marquees, as people would while parts of it fail: each signs up,
 * then picks a screening on sale, holds a free seat and pays, again and again; a buyer whose server is gone
 * waits and tries again. {@link #paid()} counts the orders answered as paid.
 */
public final class TestBuyers implements AutoCloseable {

    private final AtomicBoolean buying = new AtomicBoolean(true);
    private final AtomicLong paid = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final ExecutorService threads;

    private TestBuyers(int count) {
        threads = Executors.newFixedThreadPool(count);
    }

    /** {@code perServer} buyers on each of these servers (ports), buying from the screenings the first one lists. */
    public static TestBuyers start(String run, int perServer, int... ports) {
        Http first = new Http(ports[0]);
        List<Long> screenings = upcomingScreenings(first);
        if (screenings.isEmpty()) {
            throw new IllegalStateException("no screening on sale");
        }
        TestBuyers buyers = new TestBuyers(perServer * ports.length);
        int n = 0;
        for (int port : ports) {
            for (int i = 0; i < perServer; i++, n++) {
                Http http = new Http(port);
                Http buyer = http.withToken(signUp(http, run + "-" + n + "@test.marquee"));
                SplittableRandom random = new SplittableRandom(n);
                buyers.threads.submit(() -> buyers.buy(buyer, screenings, random));
            }
        }
        return buyers;
    }

    public long paid() {
        return paid.get();
    }

    /** Requests that failed for want of a server or an answer (while parts were down). */
    public long failed() {
        return failed.get();
    }

    /** Waits until {@code more} orders more than now were paid. */
    public void awaitPaid(long more) {
        long target = paid.get() + more;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (paid.get() < target) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("buyers paid " + paid.get() + " orders, not the " + target + " awaited, in 3 minutes");
            }
            pause(100);
        }
    }

    @Override
    public void close() throws InterruptedException {
        buying.set(false);
        threads.shutdown();
        if (!threads.awaitTermination(2, TimeUnit.MINUTES)) {
            threads.shutdownNow();
        }
    }

    private void buy(Http buyer, List<Long> screenings, SplittableRandom random) {
        while (buying.get()) {
            try {
                long screening = screenings.get(random.nextInt(screenings.size()));
                List<Long> free = new ArrayList<>();
                for (JsonNode seat : buyer.get("/api/screenings/" + screening + "/seats").json().get("seats")) {
                    if ("FREE".equals(seat.get("state").asString())) {
                        free.add(seat.get("seatId").asLong());
                    }
                }
                if (free.size() < 2) {
                    continue;
                }
                long seat = free.get(random.nextInt(free.size() - 1));
                Http.Answer hold = buyer.post("/api/holds", "{\"screeningId\":" + screening + ",\"seatIds\":[" + seat + "]}");
                if (hold.status() != 201) {
                    continue;
                }
                Http.Answer order = buyer.withHeader("Idempotency-Key", UUID.randomUUID().toString())
                        .post("/api/orders", "{\"holdId\":\"" + hold.json().get("id").asString() + "\",\"paymentMethod\":\"approve\"}");
                if (order.status() == 201) {
                    paid.incrementAndGet();
                }
            } catch (RuntimeException serverGone) {
                failed.incrementAndGet();
                pause(200);
            }
        }
    }

    private static List<Long> upcomingScreenings(Http http) {
        Instant after = Instant.now().plus(2, ChronoUnit.HOURS);
        List<Long> ids = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int d = 0; d < 3; d++) {
            for (JsonNode screening : http.get("/api/screenings?date=" + today.plusDays(d) + "&size=200").json().get("items")) {
                if (Instant.parse(screening.get("startsAt").asString()).isAfter(after)) {
                    ids.add(screening.get("id").asLong());
                }
            }
        }
        return ids;
    }

    /** Sign-up, sign-in and a personal API token, as a person does it at /account. */
    private static String signUp(Http http, String email) {
        String credentials = Http.json(Map.of("email", email, "password", "test buyer password"));
        if (http.post("/api/signup", credentials).status() != 202) {
            throw new IllegalStateException("sign-up of " + email + " refused");
        }
        Http session = http.withCookies();
        String csrf = session.post("/api/session", credentials).json().get("csrfToken").asString();
        return session.withHeader("X-CSRF-TOKEN", csrf).post("/api/me/tokens", "{\"name\":\"buyer\"}").json().get("secret").asString();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
