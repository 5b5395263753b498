package marquee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import marquee.testing.Eventually;
import marquee.testing.Http;
import marquee.testing.MarqueeProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The embedded Marquee killed with SIGKILL while buyers pay over HTTP, then started again: every order booking
 * committed as paid reaches the box office ledger once, and the rollups equal the ledger. This is how the loss
 * of sales was found (3 of 975 paid orders never counted); the publications a kill leaves incomplete are
 * delivered again at start.
 */
class CrashRecoveryTest {

    private static final String OPERATOR = "{\"email\":\"operator@marquee.demo\",\"password\":\"marquee-demo-2026\"}";
    private static final int BUYERS = 8;

    @Test
    void killing_the_embedded_marquee_while_buyers_pay_loses_no_sale_and_counts_none_twice(@TempDir Path store)
            throws Exception {
        Path log = Path.of("target", "crash-recovery", "marquee-" + System.currentTimeMillis() + ".log");
        try (MarqueeProcess marquee = MarqueeProcess.start(log, "--marquee.data-dir=" + store,
                "--marquee.demo.cinemas=4", "--marquee.demo.days=3", "--marquee.demo.moviegoers=200",
                "--marquee.demo.sales.simulate=false", "--marquee.boxoffice.import-history-on-start=false",
                "--marquee.security.sign-ups-per-address-per-hour=100000",
                "--marquee.security.logins-per-address-per-minute=100000",
                "--marquee.booking.checkouts-per-account-per-minute=100000",
                "--logging.structured.format.console=", "--logging.level.root=WARN",
                "--logging.level.marquee.shared.events=INFO")) {
            Http http = new Http(marquee.port());
            List<Long> screenings = upcomingScreenings(http);
            assertThat(screenings).as("screenings of the demo market on sale").isNotEmpty();
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < BUYERS; i++) {
                tokens.add(signUp(http, "crash-" + i + "@test.marquee"));
            }

            AtomicLong paid = new AtomicLong();
            AtomicBoolean buying = new AtomicBoolean(true);
            ExecutorService buyers = Executors.newFixedThreadPool(BUYERS);
            for (int i = 0; i < BUYERS; i++) {
                Http buyer = http.withToken(tokens.get(i));
                SplittableRandom random = new SplittableRandom(i);
                buyers.submit(() -> buy(buyer, screenings, random, buying, paid));
            }
            Eventually.until("buyers to have paid for 40 orders", () -> paid.get() >= 40);
            marquee.kill();
            long paidBeforeKill = paid.get();
            buying.set(false);
            buyers.shutdown();
            assertThat(buyers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            marquee.startAgain();
            Http operator = new Http(marquee.port()).withCookies();
            assertThat(operator.post("/api/session", OPERATOR).status()).isEqualTo(200);
            long[] seen = new long[1];
            Eventually.until("the box office to have counted every paid order", () -> {
                JsonNode check = operator.get("/api/boxoffice/reconciliation").json();
                seen[0] = check.get("sales").asLong();
                return check.get("missing").asLong() == 0;
            });
            JsonNode check = operator.get("/api/boxoffice/reconciliation").json();
            String redelivered = Files.readAllLines(log).stream().filter(line -> line.contains("delivering again"))
                    .reduce((a, b) -> b).orElse("no incomplete publication at restart");
            System.out.printf("crash recovery: %d orders paid to the buyers' knowledge before SIGKILL; after restart %s; %s%n",
                    paidBeforeKill, check, redelivered);

            assertThat(check.get("sales").asLong()).as("booking kept every order it answered as paid")
                    .isGreaterThanOrEqualTo(paidBeforeKill);
            assertThat(check.get("missing").asLong()).isZero();
            assertThat(check.get("unknown").asLong()).isZero();
            assertThat(check.get("rollupRowsOff").asLong()).as("rollups equal to the sums of the ledger").isZero();
            assertThat(check.get("counted").asLong()).isEqualTo(check.get("sales").asLong() + check.get("refunds").asLong());
        }
    }

    /** Holds one or two free seats of a random screening and pays, until told to stop or the server is gone. */
    private static void buy(Http buyer, List<Long> screenings, SplittableRandom random, AtomicBoolean buying, AtomicLong paid) {
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
                long first = free.get(random.nextInt(free.size() - 1));
                Http.Answer hold = buyer.post("/api/holds", "{\"screeningId\":" + screening + ",\"seatIds\":[" + first + "]}");
                if (hold.status() != 201) {
                    continue;
                }
                Http.Answer order = buyer.withHeader("Idempotency-Key", java.util.UUID.randomUUID().toString())
                        .post("/api/orders", "{\"holdId\":\"" + hold.json().get("id").asString() + "\",\"paymentMethod\":\"approve\"}");
                if (order.status() == 201) {
                    paid.incrementAndGet();
                }
            } catch (RuntimeException serverGone) {
                sleep();
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
        String credentials = Http.json(Map.of("email", email, "password", "crash test password"));
        assertThat(http.post("/api/signup", credentials).status()).isEqualTo(202);
        Http session = http.withCookies();
        String csrf = session.post("/api/session", credentials).json().get("csrfToken").asString();
        return session.withHeader("X-CSRF-TOKEN", csrf).post("/api/me/tokens", "{\"name\":\"crash\"}").json().get("secret").asString();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
