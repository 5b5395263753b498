package marquee.boxoffice.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import marquee.boxoffice.BoxOffice;
import marquee.boxoffice.Comparables;
import marquee.boxoffice.HistoryRecords;
import marquee.boxoffice.DayFigures;
import marquee.boxoffice.HistoryFilm;
import marquee.boxoffice.ImportReport;
import marquee.boxoffice.MarketFeeds;
import marquee.boxoffice.FilmSummary;
import marquee.boxoffice.GenreRecords;
import marquee.boxoffice.MarketShare;
import marquee.boxoffice.SaleFeeds;
import marquee.boxoffice.Ranking;
import marquee.boxoffice.Rebuilt;
import marquee.boxoffice.Reconciliation;
import marquee.boxoffice.Scope;
import marquee.shared.InvalidInput;
import marquee.shared.MarketSettings;
import marquee.shared.PageOf;
import marquee.shared.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The box office JSON API and its live stream. */
@RestController
@RequestMapping("/api/boxoffice")
@Tag(name = "Box office", description = "Live rankings, film curves, the live stream, imported market history")
class BoxOfficeController {

    private static final String NDJSON = "application/x-ndjson";

    private final BoxOffice boxOffice;
    private final LiveBoard board;

    private final MarketFeeds feeds;
    private final SaleFeeds sales;
    private final MarketSettings market;
    private final Clock clock;

    BoxOfficeController(BoxOffice boxOffice, LiveBoard board, MarketFeeds feeds, SaleFeeds sales, MarketSettings market,
                        Clock clock) {
        this.boxOffice = boxOffice;
        this.board = board;
        this.feeds = feeds;
        this.sales = sales;
        this.market = market;
        this.clock = clock;
    }

    /** The ranking of a day (default today in the market) in a scope: market, province, city, tier, chain or cinema. */
    @GetMapping("/ranking")
    Ranking ranking(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                    @RequestParam(defaultValue = "market") String scope,
                    @RequestParam(required = false) String value) {
        return boxOffice.ranking(day != null ? day : market.today(clock), Scope.parse(scope, value));
    }

    @GetMapping("/films/{id}")
    FilmSummary film(@PathVariable long id) {
        return boxOffice.film(id, market.today(clock));
    }

    /**
     * Market share of a period (box office days from..to, default the last 7 days of the market, at most 366) by
     * distributor, country of origin or genre, from the live box office: the platform's own sales and other
     * sellers' fed sales, not the imported market history. A film with several genres has its gross and
     * admissions split equally among them.
     */
    @GetMapping("/share")
    MarketShare share(@RequestParam(required = false) String by, // missing: 400 naming "by", like a wrong one
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return boxOffice.share(MarketShare.By.parse(by), from, to);
    }

    /**
     * The best opening days of each genre (each release's first day, a film counting in each of its genres),
     * from the live box office only: the imported market history carries no genres.
     */
    @GetMapping("/records/by-genre")
    GenreRecords recordsByGenre(@RequestParam(defaultValue = "5") int limit) {
        return boxOffice.recordsByGenre(limit);
    }

    /** Films of the imported market history, largest total gross first. */
    @GetMapping("/history/films")
    PageOf<HistoryFilm> historyFilms(@RequestParam(required = false) String q,
                                     @RequestParam(required = false) String source,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "20") int size) {
        return feeds.films(q, source, new PageRequest(page, size));
    }

    /** A film of the market history with its daily curve, day 1 being its release day. */
    @GetMapping("/history/films/{id}")
    HistoryCurve historyFilm(@PathVariable long id) {
        return new HistoryCurve(feeds.film(id), feeds.curve(id));
    }

    record HistoryCurve(HistoryFilm film, List<DayFigures> days) {}

    /** The film's curve beside comparable films' (same feed, same season, nearest opening week), by day of release. */
    @GetMapping("/history/films/{id}/comparables")
    Comparables comparables(@PathVariable long id, @RequestParam(defaultValue = "5") int limit) {
        return feeds.comparables(id, limit);
    }

    /** Best opening days and fastest to a threshold (major units, default 100 million) of one feed. */
    @GetMapping("/history/records")
    HistoryRecords records(@RequestParam String source,
                           @RequestParam(defaultValue = "100000000") long threshold,
                           @RequestParam(defaultValue = "10") int limit) {
        if (threshold <= 0 || threshold > 1_000_000_000_000L) {
            throw new InvalidInput("threshold", "must be between 1 and 10^12 (major units)");
        }
        return feeds.records(source, threshold * 100, limit);
    }

    /**
     * Imports a daily box office CSV sent as the request body (text/csv); answers the import report.
     * The same body twice changes nothing.
     */
    @PostMapping(path = "/imports", consumes = {"text/csv", "text/plain"})
    ImportReport importDaily(@RequestBody byte[] csv,
                             @RequestParam(defaultValue = "market") String source,
                             @RequestParam(required = false) String currency) throws IOException {
        String inCurrency = currency != null ? currency.toUpperCase() : market.currency();
        return fromFile(csv, file -> feeds.importDaily(file, source, inCurrency, line -> { }));
    }

    /**
     * Imports another seller's sales and refunds (the format is on {@link SaleFeeds}): CSV as text/csv, JSON
     * lines as application/x-ndjson; answers the import report. The same body twice changes nothing.
     */
    @PostMapping(path = "/sale-imports", consumes = {"text/csv", NDJSON, "text/plain"})
    ImportReport importSales(@RequestBody byte[] body,
                             @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
                             @RequestParam(defaultValue = ImportSalesCommand.DEFAULT_SOURCE) String source) throws IOException {
        String type = MediaType.parseMediaType(contentType).getSubtype();
        SaleFeeds.Format format = type.equals("csv") ? SaleFeeds.Format.CSV
                : type.equals("x-ndjson") ? SaleFeeds.Format.JSON_LINES : null;
        return fromFile(body, file -> sales.importSales(file, format, source, line -> { }));
    }

    /** Stores the platform's sales in the ledger again from booking's history and recomputes the rollups (operator). */
    @PostMapping("/rebuild")
    Rebuilt rebuild() {
        return boxOffice.rebuild();
    }

    /** Booking's paid sales and refunds against the ledger, and the rollups against the ledger (operator). */
    @GetMapping("/reconciliation")
    Reconciliation reconciliation() {
        return boxOffice.reconcile();
    }

    /** The importers read files: the body goes to a temporary one for the import's time. */
    private static ImportReport fromFile(byte[] body, Function<Path, ImportReport> importer) throws IOException {
        Path file = Files.createTempFile("marquee-import", ".feed");
        try {
            Files.write(file, body);
            return importer.apply(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Server-sent events: a "ranking" event with the market ranking of the day whenever it changes. */
    @GetMapping(path = "/live", produces = "text/event-stream")
    SseEmitter live(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return board.watch(day);
    }
}
