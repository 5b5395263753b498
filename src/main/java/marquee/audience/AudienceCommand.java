package marquee.audience;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import marquee.audience.internal.Backtest;
import marquee.audience.internal.BadInputException;
import marquee.audience.internal.Catalog;
import marquee.audience.internal.FilmCsv;
import marquee.audience.internal.History;
import marquee.audience.internal.InteractionCsv;
import marquee.audience.internal.TargetCsv;
import marquee.audience.internal.TargetRanking;
import marquee.shared.Command;
import marquee.shared.csv.CsvRead;

/**
 * {@code ./marquee audience rank|backtest|bench}: find the audience of a film nobody has rated yet,
 * measure how well that works on real history, and time the in-memory scorer. ({@code audience rebuild}
 * works on the application's store: the launcher runs it as an AppCommand of the audience module.)
 */
public class AudienceCommand implements Command {

    static final String USAGE = """
            usage: marquee audience rank --interactions R.csv --films F.csv --targets T.csv --top K --out O.csv
                   marquee audience backtest --interactions R.csv --films F.csv --cutoff DATE
                   marquee audience bench [--moviegoers N] [--runs N] [--top K] [--tickets N]
                   marquee audience rebuild [--name=value ...]
              rank      ranks the users of R for each film of T (films nobody in R has rated) and writes
                        film_id,rank,user_id,score with the top K per film
              backtest  trains on interactions before DATE (YYYY-MM-DD, UTC midnight, or an ISO instant)
                        and prints Recall@100/500/1000 and NDCG@100 of the model and two baselines
              bench     median milliseconds to rank synthetic moviegoers (default 1,000,000) for one film,
                        and to draw the portrait of a film with N tickets (default 1,000,000)
              rebuild   rebuilds the audience's purchases, refunds and check-ins in the application's store from
                        booking's sales history (with the application stopped; a running one: POST /api/audience/rebuild)
            """;

    private static final Set<String> RANK_OPTIONS = Set.of("interactions", "films", "targets", "top", "out");
    private static final Set<String> BACKTEST_OPTIONS = Set.of("interactions", "films", "cutoff");
    private static final Set<String> BENCH_OPTIONS = Set.of("moviegoers", "runs", "top", "tickets");

    public AudienceCommand() {
    }

    @Override
    public String name() {
        return "audience";
    }

    @Override
    public String summary() {
        return "rank moviegoers for unreleased films, backtest the ranking, benchmark the scorer";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            return usage(err, "missing subcommand");
        }
        try {
            return switch (args.get(0)) {
                case "rank" -> rank(options(args, RANK_OPTIONS, RANK_OPTIONS), out, err);
                case "backtest" -> backtest(options(args, BACKTEST_OPTIONS, BACKTEST_OPTIONS), out, err);
                case "bench" -> bench(options(args, BENCH_OPTIONS, Set.of()), out);
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> usage(err, "unknown subcommand " + args.get(0));
            };
        } catch (UsageException e) {
            return usage(err, e.getMessage());
        } catch (BadInputException e) {
            err.println("audience: " + e.getMessage());
            return 1;
        }
    }

    private int rank(Map<String, String> options, PrintStream out, PrintStream err) {
        int k = positiveInt(options, "top");
        History history = history(options, err);
        CsvRead<String> targets = TargetCsv.read(existing(options, "targets"));
        report(err, "targets", targets);
        if (targets.accepted().isEmpty()) {
            throw new BadInputException("no target films in " + options.get("targets"));
        }
        List<String> films = targets.accepted().stream().distinct().toList();
        int alreadyRated = TargetRanking.filmsWithInteractions(history, films);
        if (alreadyRated > 0) {
            err.println("audience: warning: " + alreadyRated + " target film(s) already have interactions;"
                    + " their existing raters are left out of the ranking");
        }
        List<TargetRanking.Row> rows = TargetRanking.rank(history, films, k);
        Path output = Path.of(options.get("out"));
        try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            TargetRanking.write(rows, writer);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + output + ": " + e.getMessage());
        }
        out.printf(Locale.ROOT, "wrote %d rows (top %d of %d users for %d films) to %s%n",
                rows.size(), k, history.userCount(), films.size(), output);
        return 0;
    }

    private int backtest(Map<String, String> options, PrintStream out, PrintStream err) {
        Instant cutoff = cutoff(options.get("cutoff"));
        History history = history(options, err);
        Backtest.Report report = Backtest.run(history, cutoff);
        new BacktestPrinter(out).print(report);
        return 0;
    }

    private int bench(Map<String, String> options, PrintStream out) {
        int moviegoers = options.containsKey("moviegoers") ? positiveInt(options, "moviegoers") : 1_000_000;
        int runs = options.containsKey("runs") ? positiveInt(options, "runs") : 11;
        int k = options.containsKey("top") ? positiveInt(options, "top") : 1000;
        new ScorerBenchmark(moviegoers, runs, k).run(out);
        int tickets = options.containsKey("tickets") ? positiveInt(options, "tickets") : 1_000_000;
        new PortraitBenchmark(tickets, runs).run(out);
        return 0;
    }

    private History history(Map<String, String> options, PrintStream err) {
        CsvRead<Film> films = FilmCsv.read(existing(options, "films"));
        report(err, "films", films);
        if (films.accepted().isEmpty()) {
            throw new BadInputException("no films in " + options.get("films"));
        }
        CsvRead<Interaction> interactions = InteractionCsv.read(existing(options, "interactions"));
        report(err, "interactions", interactions);
        History history = new History(interactions.accepted(), new Catalog(films.accepted()));
        if (history.unknownFilmInteractions() > 0) {
            err.println("audience: " + history.unknownFilmInteractions()
                    + " interactions refer to films missing from the films file; they count as activity only");
        }
        return history;
    }

    /** Importer report: rows accepted, and each rejected row with its line number and reason. */
    private static void report(PrintStream err, String kind, CsvRead<?> rows) {
        err.printf(Locale.ROOT, "audience: %s: %d rows accepted, %d rejected%n", kind,
                rows.accepted().size(), rows.rejected().size());
        rows.rejected().stream().limit(20).forEach(r -> err.println("  rejected " + kind + " " + r));
        if (rows.rejected().size() > 20) {
            err.println("  ... " + (rows.rejected().size() - 20) + " more rejected rows");
        }
    }

    private static Path existing(Map<String, String> options, String option) {
        Path path = Path.of(options.get(option));
        if (!Files.isRegularFile(path)) {
            throw new BadInputException("--" + option + " file not found: " + path);
        }
        return path;
    }

    static Instant cutoff(String text) {
        try {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notDate) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new UsageException("--cutoff must be a date YYYY-MM-DD or an ISO-8601 instant: " + text);
            }
        }
    }

    private static int positiveInt(Map<String, String> options, String option) {
        try {
            int value = Integer.parseInt(options.get(option));
            if (value <= 0) {
                throw new UsageException("--" + option + " must be positive: " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " must be a whole number: " + options.get(option));
        }
    }

    private static Map<String, String> options(List<String> args, Set<String> allowed, Set<String> required) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.size(); i += 2) {
            String key = args.get(i);
            if (!key.startsWith("--") || !allowed.contains(key.substring(2))) {
                throw new UsageException("unknown option " + key);
            }
            if (i + 1 >= args.size()) {
                throw new UsageException("missing value for " + key);
            }
            options.put(key.substring(2), args.get(i + 1));
        }
        for (String option : required) {
            if (!options.containsKey(option)) {
                throw new UsageException("missing --" + option);
            }
        }
        return options;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("audience: " + problem);
        err.print(USAGE);
        return 2;
    }

    /** A wrong command line, as opposed to wrong data. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
