package marquee.boxoffice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import marquee.accounts.Accounts;
import marquee.boxoffice.MarketShare;
import marquee.boxoffice.MarketShare.By;
import marquee.boxoffice.MarketShare.Slice;
import marquee.catalog.Film;
import marquee.shared.InvalidInput;
import marquee.shared.MarketSettings;
import marquee.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * Market share of a period from the live rollups, with each film's distributor, country and genres from
 * the catalog and distributors' names from accounts. Amounts are split in whole minor units so that the
 * slices add up to the totals exactly.
 */
@Component
class ShareOfMarket {

    static final int MAX_DAYS = 366;
    static final String UNASSIGNED = "Market-wide / unassigned";
    static final String COVERS = "The platform's live box office: its own sales and other sellers' fed sales, by box "
            + "office day; the imported market history is not part of it.";

    /** Where a film's figures go: the slice's key and name. */
    private record Part(String key, String name) {}

    private final Rollups rollups;
    private final FilmTitles films;
    private final Accounts accounts;
    private final Clock clock;
    private final MarketSettings market;

    ShareOfMarket(Rollups rollups, FilmTitles films, Accounts accounts, Clock clock, MarketSettings market) {
        this.clock = clock;
        this.market = market;
        this.rollups = rollups;
        this.films = films;
        this.accounts = accounts;
    }

    MarketShare share(By by, LocalDate from, LocalDate to) {
        LocalDate last = to != null ? to : market.today(clock);
        LocalDate first = from != null ? from : last.minusDays(6);
        if (first.isAfter(last)) {
            throw new InvalidInput("from", "must not be after to (" + last + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new InvalidInput("to", "must be at most " + MAX_DAYS + " days from from (" + first + ")");
        }
        Map<String, Part> parts = new LinkedHashMap<>();
        Map<String, long[]> sums = new HashMap<>(); // key -> {gross, admissions, films}
        Map<Long, String> distributors = new HashMap<>();
        long gross = 0;
        long admissions = 0;
        List<Rollups.FilmSums> byFilm = rollups.byFilm(first, last);
        for (Rollups.FilmSums film : byFilm) {
            gross += film.grossMinor();
            admissions += film.admissions();
            List<Part> of = partsOf(by, films.find(film.filmId()), distributors);
            long[] grossParts = split(film.grossMinor(), of.size());
            long[] admissionParts = split(film.admissions(), of.size());
            for (int i = 0; i < of.size(); i++) {
                Part part = of.get(i);
                parts.putIfAbsent(part.key(), part);
                long[] s = sums.computeIfAbsent(part.key(), k -> new long[3]);
                s[0] += grossParts[i];
                s[1] += admissionParts[i];
                s[2]++;
            }
        }
        List<Slice> slices = new ArrayList<>();
        for (Part part : parts.values()) {
            long[] s = sums.get(part.key());
            slices.add(new Slice(part.key(), part.name(), s[0], s[1], LiveBoxOffice.percent(s[0], gross),
                    LiveBoxOffice.percent(s[1], admissions), (int) s[2]));
        }
        slices.sort(Comparator.comparingLong(Slice::grossMinor).reversed()
                .thenComparing(Comparator.comparingLong(Slice::admissions).reversed()).thenComparing(Slice::name));
        return new MarketShare(by, first, last, market.currency(), gross, admissions, byFilm.size(), List.copyOf(slices),
                COVERS, note(by));
    }

    private List<Part> partsOf(By by, Optional<Film> film, Map<Long, String> distributors) {
        return switch (by) {
            case DISTRIBUTOR -> List.of(film.map(Film::distributorTenantId)
                    .map(id -> new Part(Long.toString(id), distributors.computeIfAbsent(id, this::tenantName)))
                    .orElse(new Part("unassigned", UNASSIGNED)));
            case COUNTRY -> List.of(film.map(Film::country).filter(c -> !c.isBlank())
                    .map(c -> new Part(c, c)).orElse(new Part("unknown", "Unknown")));
            case GENRE -> {
                List<String> genres = film.map(Film::genres).orElse(List.of()).stream().filter(g -> !g.isBlank()).distinct().toList();
                yield genres.isEmpty() ? List.of(new Part("unknown", "Unknown"))
                        : genres.stream().map(g -> new Part(g, g)).toList();
            }
        };
    }

    private String tenantName(long id) {
        try {
            return accounts.tenant(id).name();
        } catch (NotFound e) {
            return "tenant " + id;
        }
    }

    private static String note(By by) {
        return switch (by) {
            case DISTRIBUTOR -> "A film without a distributor counts as " + UNASSIGNED + ".";
            case COUNTRY -> "By the film's country of origin in the catalog; a film without one counts as Unknown.";
            case GENRE -> "A film with several genres counts in each of them with an equal part of its gross and "
                    + "admissions (whole units, any remainder to its first genres), so the genres add up to the total; "
                    + "a genre's film count includes every film that has it.";
        };
    }

    /** {@code value} in {@code parts} whole parts as equal as can be, the larger ones first; they sum to {@code value}. */
    static long[] split(long value, int parts) {
        long[] split = new long[parts];
        long base = Math.floorDiv(value, parts);
        long remainder = value - base * parts;
        for (int i = 0; i < parts; i++) {
            split[i] = base + (i < remainder ? 1 : 0);
        }
        return split;
    }
}
