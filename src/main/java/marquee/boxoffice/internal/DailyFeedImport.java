package marquee.boxoffice.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import marquee.boxoffice.Comparables;
import marquee.boxoffice.DailyFeed;
import marquee.boxoffice.DayFigures;
import marquee.boxoffice.FeedRow;
import marquee.boxoffice.HistoryFilm;
import marquee.boxoffice.HistoryRecords;
import marquee.boxoffice.ImportReport;
import marquee.boxoffice.MarketFeeds;
import marquee.shared.InvalidInput;
import marquee.shared.NotFound;
import marquee.shared.PageOf;
import marquee.shared.PageRequest;
import marquee.shared.csv.BadRow;
import marquee.shared.csv.CsvReader;
import marquee.shared.csv.RejectedRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports daily box office files. Every line is checked on its own; the valid ones are written in
 * chunks, each chunk in one transaction, so a rejected row never leaves part of itself behind.
 */
@Service
class DailyFeedImport implements MarketFeeds {

    private static final int CHUNK = 5_000;
    private static final int PROGRESS_EVERY = 100_000;

    private final MarketHistory history;
    private final HistoryRecordsFinder records;
    private final TransactionTemplate transaction;

    DailyFeedImport(MarketHistory history, HistoryRecordsFinder records, TransactionTemplate transaction) {
        this.history = history;
        this.records = records;
        this.transaction = transaction;
    }

    @Override
    public ImportReport importDaily(Path file, String source, String defaultCurrency, Consumer<String> progress) {
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, FeedRow> seen = new HashMap<>(); // film/day -> first row, to catch a key given twice
        List<FeedRow> chunk = new ArrayList<>(CHUNK);
        long[] counts = new long[3]; // rows read, stored, unchanged
        DailyFeed feed = new DailyFeed(defaultCurrency);
        Runnable read = () -> {
            counts[0]++;
            if (chunk.size() == CHUNK) {
                write(source, chunk, counts);
            }
            if (counts[0] % PROGRESS_EVERY == 0) {
                progress.accept("%,d rows read, %,d rejected".formatted(counts[0], rejected.size()));
            }
        };
        try (CsvReader rows = DailyFeed.open(file)) {
            rows.forEach(csv -> {
                FeedRow row = feed.parse(csv);
                FeedRow first = seen.putIfAbsent(row.filmId() + "/" + row.day(), row);
                if (first != null && !first.sameFigures(row)) {
                    throw new BadRow("duplicated key " + row.filmId() + " " + row.day()
                            + " with different values (first at line " + first.line() + ")");
                }
                if (first == null) {
                    chunk.add(row);
                } else {
                    counts[2]++;
                }
                read.run();
            }, bad -> {
                rejected.add(bad);
                read.run();
            });
            write(source, chunk, counts);
        }
        long films = seen.values().stream().map(FeedRow::filmId).distinct().count();
        return new ImportReport(counts[0], counts[1], counts[2], films, List.copyOf(rejected));
    }

    /** Stores a chunk in one transaction, counting rows whose figures were already there as unchanged. */
    private void write(String source, List<FeedRow> chunk, long[] counts) {
        if (chunk.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            Map<String, FeedRow> firstPerFilm = new LinkedHashMap<>();
            chunk.forEach(r -> firstPerFilm.putIfAbsent(r.filmId(), r));
            Map<String, Long> ids = history.filmIds(source, firstPerFilm.values());
            Map<String, long[]> stored = history.days(ids.values());
            List<FeedRow> changed = chunk.stream().filter(r -> !same(stored.get(ids.get(r.filmId()) + "/" + r.day()), r)).toList();
            history.upsert(changed, ids);
            counts[1] += changed.size();
            counts[2] += chunk.size() - changed.size();
        });
        chunk.clear();
    }

    private static boolean same(long[] stored, FeedRow row) {
        return stored != null && stored[0] == row.grossMinor()
                && stored[1] == (row.admissions() == null ? -1 : row.admissions())
                && stored[2] == (row.screenings() == null ? -1 : row.screenings());
    }

    @Override
    public PageOf<HistoryFilm> films(String text, String source, PageRequest page) {
        return history.films(text, source, page);
    }

    @Override
    public HistoryFilm film(long id) {
        return history.film(id).orElseThrow(() -> new NotFound("history film", id));
    }

    @Override
    public List<DayFigures> curve(long id) {
        HistoryFilm film = film(id);
        LocalDate release = film.releaseDate();
        return history.curve(id, release);
    }

    @Override
    public HistoryRecords records(String source, long thresholdMinor, int limit) {
        if (source == null || source.isBlank()) {
            throw new InvalidInput("source", "is needed: the feed whose records to find");
        }
        if (thresholdMinor <= 0) {
            throw new InvalidInput("threshold", "must be positive");
        }
        if (limit < 1 || limit > 100) {
            throw new InvalidInput("limit", "must be between 1 and 100");
        }
        return records.records(source, thresholdMinor, limit);
    }

    @Override
    public Comparables comparables(long id, int limit) {
        if (limit < 1 || limit > 20) {
            throw new InvalidInput("limit", "must be between 1 and 20");
        }
        return records.comparables(film(id), limit);
    }
}
