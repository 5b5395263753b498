package marquee.bench.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A Marquee already running at a URL (the demo market, a staging server): the bench signs its buyers
 * up through the API, buys seats of the screenings it lists, and checks double sales from the
 * client's side, since it cannot see the store: no seat in two of its paid orders, and every seat
 * it bought still SOLD on the seat map afterwards. The server must allow the load: sign-ups and
 * sign-ins per address, and checkouts per account (see the usage of the README).
 */
final class RemoteMarket extends BenchMarket {

    /** Screenings starting sooner than this are left alone: they may start during the run. */
    private static final Duration LEAD = Duration.ofHours(2);

    private final BenchHttp http;

    private RemoteMarket(BenchHttp http, List<String> tokens, List<Long> screeningIds) {
        super(tokens, screeningIds);
        this.http = http;
    }

    static RemoteMarket connect(String url, int buyers, int screenings) {
        BenchHttp http = new BenchHttp(url);
        List<Long> screeningIds = upcoming(http, screenings);
        if (screeningIds.isEmpty()) {
            throw new IllegalStateException("no screening on sale at " + url + " in the next two weeks");
        }
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            tokens.add(signUp(http, "bench-" + run + "-" + i + "@bench.marquee", "bench password " + run));
        }
        return new RemoteMarket(http, tokens, screeningIds);
    }

    @Override
    String baseUrl() {
        return http.base();
    }

    @Override
    String description() {
        return "Marquee at %s (its own store); %,d upcoming screenings listed, %d buyers signed up through the API"
                .formatted(http.base(), screeningIds().size(), buyerTokens().size());
    }

    @Override
    DoubleSales check(BenchFigures figures) {
        long notSold = 0;
        for (Map.Entry<Long, Set<Long>> bought : figures.soldSeats().entrySet()) {
            BenchHttp.Answer map = http.get("/api/screenings/" + bought.getKey() + "/seats", buyerTokens().getFirst());
            for (JsonNode seat : map.json().get("seats")) {
                if (bought.getValue().contains(seat.get("seatId").asLong()) && !"SOLD".equals(seat.get("state").asString())) {
                    notSold++;
                }
            }
        }
        long twice = figures.soldTwiceToBuyers();
        return new DoubleSales(twice + notSold, ("client side: %d seats in two of the bench's paid orders, %d seats it bought"
                + " no longer SOLD on %d seat maps").formatted(twice, notSold, figures.soldSeats().size()));
    }

    @Override
    public void close() {
        // The buyers and their orders stay in that store: it is not the bench's to clean.
    }

    private static List<Long> upcoming(BenchHttp http, int wanted) {
        Instant after = Instant.now().plus(LEAD);
        List<Long> ids = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int d = 0; d < 14 && ids.size() < wanted; d++) {
            for (int page = 0; ids.size() < wanted; page++) {
                JsonNode items = expect(http.get("/api/screenings?date=" + today.plusDays(d) + "&size=200&page=" + page, null),
                        200, "listing screenings").json().get("items");
                if (items.isEmpty()) {
                    break;
                }
                for (JsonNode screening : items) {
                    if (Instant.parse(screening.get("startsAt").asString()).isAfter(after) && ids.size() < wanted) {
                        ids.add(screening.get("id").asLong());
                    }
                }
            }
        }
        return ids;
    }

    /** Sign-up, sign-in and a personal API token, as a person does it at /account. */
    private static String signUp(BenchHttp http, String email, String password) {
        String credentials = BenchHttp.JSON.writeValueAsString(Map.of("email", email, "password", password));
        expect(http.post("/api/signup", null, credentials), 202, "signing a buyer up");
        BenchHttp session = http.withCookies();
        String csrf = expect(session.post("/api/session", null, credentials), 200, "signing a buyer in").json()
                .get("csrfToken").asString();
        return expect(session.post("/api/me/tokens", null, "{\"name\":\"bench\"}", "X-CSRF-TOKEN", csrf), 201,
                "issuing a buyer's API token").json().get("secret").asString();
    }

    private static BenchHttp.Answer expect(BenchHttp.Answer answer, int status, String what) {
        if (answer.status() == 429) {
            throw new IllegalStateException(what + " was refused by a rate limit (429); start the server with relaxed limits:"
                    + " --marquee.security.sign-ups-per-address-per-hour=100000 --marquee.security.logins-per-address-per-minute=100000"
                    + " --marquee.booking.checkouts-per-account-per-minute=1000000000");
        }
        if (answer.status() != status) {
            throw new IllegalStateException(what + ": HTTP " + answer.status() + " " + answer.body());
        }
        return answer;
    }
}
