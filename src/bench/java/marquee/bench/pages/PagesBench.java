package marquee.bench.pages;

import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import marquee.shared.Command;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./marquee bench pages}: how long every console and storefront page takes to answer on a running
 * Marquee (the demo market, with its simulator selling), as the demo accounts see them. Each page is asked
 * by the first demo role that may open it (the probe round finds it), N rounds one after the other, and the
 * figures are per page: requests, status codes, p50, p95 and max of the time to the last byte of the HTML.
 *
 * <p>The goal it checks is issue 19's "every console page answers in under 1 s (p95) on the demo market
 * while the simulator sells". Requests are sequential: the figures are a person's wait, not throughput.
 */
@CommandLine.Command(name = "pages",
        description = "every console and storefront page as the demo roles see it: p50/p95/max per page",
        footer = {"Signs in as the demo accounts (admin@huaxia.demo, manager@wanda.demo, operator@marquee.demo,"
                + " moviegoer@marquee.demo, password marquee-demo-2026); the ids in the pages' paths come from the API.",
                "Last line: pages=... worst_p95_ms=... median_p95_ms=..."})
public final class PagesBench implements Command {

    static final String PASSWORD = "marquee-demo-2026";
    static final List<String> ROLES = List.of("admin@huaxia.demo", "manager@wanda.demo", "operator@marquee.demo",
            "moviegoer@marquee.demo");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://localhost:8080",
            description = "the running Marquee (default: ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "20", description = "measured rounds (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--password", paramLabel = "P", defaultValue = PASSWORD, description = "the demo accounts' password")
    String password;

    @Override
    public String group() {
        return "bench";
    }

    @Override
    public Needs needs() {
        return Needs.FILES;
    }

    @Override
    public int run(Run run) {
        PrintStream out = run.out();
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        try {
            Map<String, HttpClient> sessions = new LinkedHashMap<>();
            for (String email : ROLES) {
                HttpClient client = signIn(base, email, password);
                if (client != null) {
                    sessions.put(email, client);
                } else {
                    out.println("could not sign in as " + email + ": its pages are asked by the other roles");
                }
            }
            if (sessions.isEmpty()) {
                run.err().println("bench pages: no demo account could sign in at " + base);
                return 1;
            }
            Ids ids = Ids.discover(base, sessions);
            out.println("ids from the API: " + ids);
            List<Page> pages = pages(ids);
            // Probe: each page goes to the first role that gets a 200 (else the first role's answer is measured).
            List<Measured> measured = new ArrayList<>();
            for (Page page : pages) {
                if (page.path() == null) {
                    out.println("skipped " + page.name() + ": no id for it in the demo market");
                    continue;
                }
                String chosen = null;
                for (Map.Entry<String, HttpClient> session : sessions.entrySet()) {
                    if (get(session.getValue(), base + page.path()).status() == 200) {
                        chosen = session.getKey();
                        break;
                    }
                }
                if (chosen == null) {
                    chosen = sessions.keySet().iterator().next();
                }
                measured.add(new Measured(page, chosen));
            }
            out.printf("page bench: %d pages, %d rounds each, sequential, against %s, %d cores here%n", measured.size(), rounds,
                    base, Runtime.getRuntime().availableProcessors());
            for (int r = 0; r < rounds; r++) {
                for (Measured m : measured) {
                    Answer answer = get(sessions.get(m.role), base + m.page.path());
                    m.add(answer);
                }
            }
            report(out, measured);
            return 0;
        } catch (RuntimeException e) {
            run.err().println("bench pages: " + e.getMessage());
            return 1;
        }
    }

    private static void report(PrintStream out, List<Measured> measured) {
        out.printf("%-34s %-24s %5s %-14s %7s %7s %7s%n", "page", "as", "n", "status", "p50_ms", "p95_ms", "max_ms");
        List<Long> p95s = new ArrayList<>();
        for (Measured m : measured) {
            long[] sorted = m.millis.stream().mapToLong(Long::longValue).sorted().toArray();
            long p50 = percentile(sorted, 0.50);
            long p95 = percentile(sorted, 0.95);
            p95s.add(p95);
            out.printf("%-34s %-24s %5d %-14s %7d %7d %7d %s%n", m.page.name(), m.role, sorted.length, m.statuses,
                    p50, p95, sorted[sorted.length - 1], p95 >= 1000 ? "OVER 1 s" : "");
        }
        long[] all = p95s.stream().mapToLong(Long::longValue).sorted().toArray();
        out.printf("pages=%d worst_p95_ms=%d median_p95_ms=%d%n", all.length, all.length == 0 ? 0 : all[all.length - 1],
                percentile(all, 0.5));
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /**
     * The pages: every GET page of the console's and storefront's page controllers (grep @GetMapping in
     * marquee.console.internal, booking.internal.ManagerPages/StorefrontPages/TicketPage,
     * accounts.internal.MoviegoerPages/AccountPages, audience.internal.ComingSoonPages, campaigns.internal.OfferPages),
     * with realistic parameters. Left out: CSV downloads, forms' POST targets, /go/{token} (a redirect) and /login.
     */
    static List<Page> pages(Ids ids) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        List<Page> pages = new ArrayList<>();
        // console: catalog, box office, audience, campaigns
        pages.add(new Page("/", "/"));
        pages.add(new Page("/films", "/films"));
        pages.add(new Page("/films?q", ids.filmTitleWord == null ? null : "/films?q=" + ids.filmTitleWord));
        pages.add(new Page("/films/{id}", path("/films/%s", ids.film)));
        pages.add(new Page("/films/{id}/screening-plan", path("/films/%s/screening-plan", ids.film)));
        pages.add(new Page("/boxoffice", "/boxoffice"));
        pages.add(new Page("/boxoffice/market", "/boxoffice/market"));
        pages.add(new Page("/audience", "/audience"));
        pages.add(new Page("/audience/films/{id}", path("/audience/films/%s", ids.film)));
        pages.add(new Page("/audience/compare", ids.film == null || ids.otherFilm == null ? null
                : "/audience/compare?a=" + ids.film + "&b=" + ids.otherFilm));
        pages.add(new Page("/audience/coupons/{code}", path("/audience/coupons/%s", ids.coupon)));
        pages.add(new Page("/campaigns", "/campaigns"));
        pages.add(new Page("/campaigns/{id}", path("/campaigns/%s", ids.campaign)));
        // console: forecasts
        pages.add(new Page("/forecasts", "/forecasts"));
        pages.add(new Page("/forecasts/china/films/{id}", path("/forecasts/china/films/%s", ids.historyFilm)));
        pages.add(new Page("/forecasts/china/calendar", "/forecasts/china/calendar"));
        pages.add(new Page("/forecasts/china/plan", ids.historyFilm == null ? "/forecasts/china/plan"
                : "/forecasts/china/plan?film=" + ids.historyFilm));
        pages.add(new Page("/forecasts/acquisition", "/forecasts/acquisition"));
        pages.add(new Page("/forecasts/allocation", ids.cinema == null ? "/forecasts/allocation"
                : "/forecasts/allocation?cinemaId=" + ids.cinema + "&date=" + today));
        // console: screening requests and previews
        pages.add(new Page("/screening-requests", "/screening-requests"));
        pages.add(new Page("/screening-requests/{id}/results", path("/screening-requests/%s/results", ids.screeningRequest)));
        // console: distributor
        pages.add(new Page("/distributor", "/distributor"));
        pages.add(new Page("/distributor/films/new", "/distributor/films/new"));
        pages.add(new Page("/distributor/films/{id}", path("/distributor/films/%s", ids.film)));
        pages.add(new Page("/distributor/coupons", "/distributor/coupons"));
        // console: cinema manager
        pages.add(new Page("/manager", "/manager"));
        pages.add(new Page("/manager/schedule", ids.cinema == null ? "/manager/schedule"
                : "/manager/schedule?cinema=" + ids.cinema + "&date=" + today));
        pages.add(new Page("/manager/screenings/{id}/seats", path("/manager/screenings/%s/seats", ids.screening)));
        pages.add(new Page("/manager/door", ids.cinema == null ? "/manager/door" : "/manager/door?cinema=" + ids.cinema));
        pages.add(new Page("/manager/refund-policy", "/manager/refund-policy"));
        // console: accounts
        pages.add(new Page("/account", "/account"));
        pages.add(new Page("/audit", "/audit"));
        // storefront
        pages.add(new Page("/tickets", "/tickets"));
        pages.add(new Page("/tickets?city", ids.city == null ? null : "/tickets?city=" + ids.city));
        pages.add(new Page("/tickets/films/{id}", path("/tickets/films/%s", ids.film)));
        pages.add(new Page("/tickets/screenings/{id}", path("/tickets/screenings/%s", ids.screening)));
        pages.add(new Page("/tickets/coming-soon", "/tickets/coming-soon"));
        pages.add(new Page("/tickets/mine", "/tickets/mine"));
        pages.add(new Page("/tickets/mine/{code}", path("/tickets/mine/%s", ids.ticketCode)));
        pages.add(new Page("/tickets/offers", "/tickets/offers"));
        pages.add(new Page("/tickets/signup", "/tickets/signup"));
        pages.add(new Page("/tickets/me", "/tickets/me"));
        pages.add(new Page("/tickets/me/data", "/tickets/me/data"));
        return pages;
    }

    private static String path(String format, Object id) {
        return id == null ? null : format.formatted(id);
    }

    record Page(String name, String path) {
    }

    static final class Measured {
        final Page page;
        final String role;
        final List<Long> millis = new ArrayList<>();
        final Map<Integer, Integer> statuses = new TreeMap<>();

        Measured(Page page, String role) {
            this.page = page;
            this.role = role;
        }

        void add(Answer answer) {
            millis.add(answer.millis());
            statuses.merge(answer.status(), 1, Integer::sum);
        }
    }

    record Answer(int status, String body, long millis) {
    }

    static HttpClient signIn(String base, String email, String password) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String body = JSON.writeValueAsString(Map.of("email", email, "password", password));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/session")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return send(client, request).status() == 200 ? client : null;
    }

    static Answer get(HttpClient client, String url) {
        return send(client, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html,application/json;q=0.9").header("Accept-Language", "en").GET().build());
    }

    static Answer getJson(HttpClient client, String url) {
        return send(client, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").GET().build());
    }

    private static Answer send(HttpClient client, HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            return new Answer(-1, e.toString(), (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static JsonNode json(Answer answer) {
        if (answer.status() != 200) {
            return null;
        }
        try {
            return JSON.readTree(answer.body());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
