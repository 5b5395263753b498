package marquee.audience.coldstart;

import marquee.audience.Interaction;
import marquee.audience.Film;

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
import java.util.List;
import java.util.Locale;

import marquee.audience.internal.BadInputException;
import marquee.shared.csv.CsvRead;
import marquee.audience.internal.FilmCsv;
import marquee.audience.internal.InteractionCsv;
import marquee.audience.internal.TargetCsv;
import marquee.shared.Command;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code ./marquee audience rank|backtest}: find the audience of a film nobody has rated yet, and measure how well
 * that works on real history, from CSV files. ({@code audience rebuild} works on the application's store.)
 */
public abstract class AudienceCommand implements Command {

    @Option(names = "--interactions", required = true, paramLabel = "R.csv", description = "user_id,film_id,rating,rated_at")
    Path interactions;

    @Option(names = "--films", required = true, paramLabel = "F.csv", description = "film_id,title,year,genres")
    Path films;

    @Override
    public String group() {
        return "audience";
    }

    @Override
    public Needs needs() {
        return Needs.FILES;
    }

    @Override
    public int run(Run run) {
        try {
            return run(run.out(), run.err());
        } catch (BadInputException e) {
            run.err().println("audience: " + e.getMessage());
            return 1;
        }
    }

    abstract int run(PrintStream out, PrintStream err);

    @CommandLine.Command(name = "rank",
            description = "rank the moviegoers of R for films nobody has rated yet; writes film_id,rank,user_id,score",
            footer = "Ranks the users of R for each film of T (films nobody in R has rated) and writes the top K per film.")
    public static final class Rank extends AudienceCommand {
        @Option(names = "--targets", required = true, paramLabel = "T.csv", description = "the films to rank moviegoers for")
        Path targets;

        @Option(names = "--top", required = true, paramLabel = "K", description = "moviegoers per film")
        int top;

        @Option(names = "--out", required = true, paramLabel = "O.csv")
        Path output;

        @Override
        int run(PrintStream out, PrintStream err) {
            if (top <= 0) {
                throw new UsageError("--top must be positive: " + top);
            }
            History history = history(err);
            CsvRead<String> read = TargetCsv.read(existing(targets, "targets"));
            report(err, "targets", read);
            if (read.accepted().isEmpty()) {
                throw new BadInputException("no target films in " + targets);
            }
            List<String> films = read.accepted().stream().distinct().toList();
            int alreadyRated = TargetRanking.filmsWithInteractions(history, films);
            if (alreadyRated > 0) {
                err.println("audience: warning: " + alreadyRated + " target film(s) already have interactions;"
                        + " their existing raters are left out of the ranking");
            }
            List<TargetRanking.Row> rows = TargetRanking.rank(history, films, top);
            try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                TargetRanking.write(rows, writer);
            } catch (IOException e) {
                throw new BadInputException("cannot write " + output + ": " + e.getMessage());
            }
            out.printf(Locale.ROOT, "wrote %d rows (top %d of %d users for %d films) to %s%n",
                    rows.size(), top, history.userCount(), films.size(), output);
            return 0;
        }
    }

    @CommandLine.Command(name = "backtest",
            description = "Recall@100/500/1000 and NDCG@100 of the cold-start model next to two baselines",
            footer = "Trains on interactions before the cutoff and ranks moviegoers for the films first rated after it.")
    public static final class Backtest extends AudienceCommand {
        @Option(names = "--cutoff", required = true, paramLabel = "DATE", description = "YYYY-MM-DD (UTC midnight) or an ISO instant")
        String cutoff;

        @Override
        int run(PrintStream out, PrintStream err) {
            Instant when = cutoff(cutoff);
            History history = history(err);
            marquee.audience.coldstart.Backtest.Report report = marquee.audience.coldstart.Backtest.run(history, when);
            new BacktestPrinter(out).print(report);
            return 0;
        }
    }

    History history(PrintStream err) {
        CsvRead<Film> filmRows = FilmCsv.read(existing(films, "films"));
        report(err, "films", filmRows);
        if (filmRows.accepted().isEmpty()) {
            throw new BadInputException("no films in " + films);
        }
        CsvRead<Interaction> rows = InteractionCsv.read(existing(interactions, "interactions"));
        report(err, "interactions", rows);
        History history = new History(rows.accepted(), new Catalog(filmRows.accepted()));
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

    private static Path existing(Path path, String option) {
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
                throw new UsageError("--cutoff must be a date YYYY-MM-DD or an ISO-8601 instant: " + text);
            }
        }
    }
}
