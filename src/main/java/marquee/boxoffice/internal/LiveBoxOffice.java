package marquee.boxoffice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import marquee.boxoffice.BoxOffice;
import marquee.boxoffice.DayFigures;
import marquee.boxoffice.FilmSummary;
import marquee.boxoffice.GenreRecords;
import marquee.boxoffice.MarketShare;
import marquee.boxoffice.Ranking;
import marquee.boxoffice.Rebuilt;
import marquee.boxoffice.Reconciliation;
import marquee.boxoffice.RankingRow;
import marquee.boxoffice.Scope;
import marquee.boxoffice.CampaignTakings;
import marquee.catalog.Film;
import marquee.catalog.FilmRelease;
import marquee.catalog.ScreeningSupply;
import marquee.shared.MarketSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Rankings and film figures read from the live rollups and the catalog's schedule. */
@Service
@Transactional(readOnly = true)
class LiveBoxOffice implements BoxOffice {

    private final Rollups rollups;
    private final SaleWriter writer;
    private final SupplyCache supply;
    private final FilmTitles films;
    private final ShareOfMarket shares;
    private final GenreOpenings openings;
    private final Clock clock;
    private final MarketSettings market;
    private final PlatformSales platformSales;
    private final Ledger ledger;

    LiveBoxOffice(Rollups rollups, SupplyCache supply, FilmTitles films, SaleWriter writer, ShareOfMarket shares,
                  GenreOpenings openings, Clock clock, MarketSettings market, PlatformSales platformSales, Ledger ledger) {
        this.ledger = ledger;
        this.platformSales = platformSales;
        this.rollups = rollups;
        this.shares = shares;
        this.openings = openings;
        this.writer = writer;
        this.supply = supply;
        this.films = films;
        this.clock = clock;
        this.market = market;
    }

    @Override
    public Ranking ranking(LocalDate day, Scope scope) {
        Map<Long, Rollups.FilmSums> sales = new HashMap<>();
        filmSums(day, scope).forEach(s -> sales.put(s.filmId(), s));
        Map<Long, long[]> offered = new HashMap<>(); // film -> {screenings, seats}
        long allScreenings = 0;
        for (ScreeningSupply s : supply.supply(day)) {
            if (inScope(s, scope)) {
                long[] sums = offered.computeIfAbsent(s.filmId(), k -> new long[2]);
                sums[0] += s.screenings();
                sums[1] += s.seats();
                allScreenings += s.screenings();
            }
        }
        List<Long> filmIds = new ArrayList<>(sales.keySet());
        offered.keySet().stream().filter(id -> !sales.containsKey(id)).forEach(filmIds::add);
        List<RankingRow> rows = new ArrayList<>();
        long totalGross = 0;
        long totalAdmissions = 0;
        for (long filmId : filmIds) {
            Rollups.FilmSums s = sales.getOrDefault(filmId, new Rollups.FilmSums(filmId, 0, 0, 0));
            long[] o = offered.getOrDefault(filmId, new long[2]);
            totalGross += s.grossMinor();
            totalAdmissions += s.admissions();
            rows.add(new RankingRow(0, filmId, films.title(filmId), s.grossMinor(), s.admissions(), o[0],
                    percent(o[0], allScreenings), percent(s.admissions(), o[1]),
                    s.admissions() == 0 ? 0 : s.grossMinor() / s.admissions(), s.presaleGrossMinor()));
        }
        rows.sort(Comparator.comparingLong(RankingRow::grossMinor).reversed()
                .thenComparing(Comparator.comparingLong(RankingRow::screenings).reversed())
                .thenComparingLong(RankingRow::filmId));
        List<RankingRow> ranked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            RankingRow r = rows.get(i);
            ranked.add(new RankingRow(i + 1, r.filmId(), r.title(), r.grossMinor(), r.admissions(), r.screenings(),
                    r.screeningSharePct(), r.occupancyPct(), r.averagePriceMinor(), r.presaleGrossMinor()));
        }
        return new Ranking(day, scope, totalGross, totalAdmissions, allScreenings, market.currency(), ranked, clock.instant());
    }

    /** Sums per film from the writer's committed rows when it has them, else from the table. */
    private List<Rollups.FilmSums> filmSums(LocalDate day, Scope scope) {
        if (scope.level() == Scope.Level.MARKET) {
            Optional<List<Rollups.FilmSums>> market = writer.marketByFilm(day).map(films -> films.entrySet().stream()
                    .map(e -> new Rollups.FilmSums(e.getKey(), e.getValue().grossMinor(), e.getValue().admissions(),
                            e.getValue().presaleGrossMinor()))
                    .toList());
            if (market.isPresent()) {
                return market.get();
            }
        }
        return writer.committed(day).map(rows -> {
            Map<Long, long[]> sums = new HashMap<>();
            for (Map.Entry<LedgerEntry.RollupKey, Rollups.Delta> row : rows.entrySet()) {
                if (row.getKey().in(scope)) {
                    long[] s = sums.computeIfAbsent(row.getKey().filmId(), k -> new long[3]);
                    s[0] += row.getValue().grossMinor();
                    s[1] += row.getValue().admissions();
                    s[2] += row.getValue().presaleGrossMinor();
                }
            }
            return sums.entrySet().stream()
                    .map(e -> new Rollups.FilmSums(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        }).orElseGet(() -> rollups.byFilm(day, scope));
    }

    /**
     * Read outside a transaction, so that the flush of the rollups first takes a connection of its own while this
     * holds none; the queries after it read everything counted before the call.
     */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public FilmSummary film(long filmId, LocalDate today) {
        writer.flushRollups();
        Film film = films.film(filmId);
        LocalDate release = film.releases().stream().map(FilmRelease::releaseDate)
                .filter(d -> !d.isAfter(today)).max(Comparator.naturalOrder())
                .orElse(film.releases().isEmpty() ? today : film.releases().getFirst().releaseDate());
        List<DayFigures> curve = new ArrayList<>();
        long cumulative = 0;
        long admissions = 0;
        DayFigures best = null;
        for (Rollups.FilmDay day : rollups.curve(filmId)) {
            cumulative += day.grossMinor();
            admissions += day.admissions();
            DayFigures figures = new DayFigures(day.day(), (int) (day.day().toEpochDay() - release.toEpochDay()) + 1,
                    day.grossMinor(), day.admissions(), null, cumulative);
            curve.add(figures);
            if (best == null || figures.grossMinor() > best.grossMinor()) {
                best = figures;
            }
        }
        double shareToday = ranking(today, Scope.MARKET).rows().stream().filter(r -> r.filmId() == filmId)
                .mapToDouble(RankingRow::screeningSharePct).findFirst().orElse(0);
        int daysInRelease = (int) Math.max(0, today.toEpochDay() - release.toEpochDay() + 1);
        return new FilmSummary(filmId, film.displayTitle(), release, cumulative, admissions, daysInRelease, best,
                shareToday, market.currency(), curve);
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public MarketShare share(MarketShare.By by, LocalDate from, LocalDate to) {
        writer.flushRollups();
        return shares.share(by, from, to);
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public GenreRecords recordsByGenre(int limit) {
        writer.flushRollups();
        return openings.records(limit);
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Rebuilt rebuild() {
        return platformSales.rebuild();
    }

    @Override
    public CampaignTakings campaign(long campaignId) {
        return ledger.ofCampaign(campaignId);
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Reconciliation reconcile() {
        writer.flushRollups();
        return platformSales.reconcile();
    }

    private static boolean inScope(ScreeningSupply s, Scope scope) {
        return switch (scope.level()) {
            case MARKET -> true;
            case PROVINCE -> s.province().equals(scope.value());
            case CITY -> s.city().equals(scope.value());
            case CHAIN -> s.chain().equals(scope.value());
            case TIER -> s.cityTier() == Integer.parseInt(scope.value());
            case CINEMA -> s.cinemaId() == Long.parseLong(scope.value());
        };
    }

    /** {@code part} of {@code whole} in percent, two decimals; 0 of nothing. */
    static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(10_000.0 * part / whole) / 100.0;
    }
}
