package marquee.forecasting;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import marquee.forecasting.internal.AcquisitionBacktest;
import marquee.forecasting.internal.AcquisitionCandidate;
import marquee.forecasting.internal.AcquisitionData;
import marquee.forecasting.internal.AcquisitionModel;
import marquee.forecasting.internal.AcquisitionPair;
import marquee.forecasting.internal.AcquisitionPairsCsv;
import marquee.forecasting.internal.AcquisitionValuation;
import marquee.forecasting.internal.UnusableInputException;
import marquee.shared.csv.BadRow;
import marquee.shared.csv.CsvRead;
import marquee.shared.csv.CsvReader;
import marquee.shared.csv.RejectedRow;
import marquee.shared.csv.UnusableCsv;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code ./marquee forecast acquisition|acquisition-backtest ...}: the final China gross of a foreign film from
 * its US run before its China release, and the rolling-origin backtest of that valuation against its baselines.
 */
public abstract class AcquisitionCommand extends ForecastFromFiles {

    @Option(names = "--pairs", required = true, paramLabel = "P.csv",
            description = "training pairs: china_film_id,china_release_date,us_film_id (titles optional)")
    Path pairs;

    @Option(names = "--china-history", required = true, paramLabel = "CH.csv", description = "China daily box office (yuan)")
    Path chinaHistory;

    @Option(names = "--us-history", required = true, paramLabel = "US.csv", description = "US daily box office (dollars)")
    Path usHistory;


    AcquisitionData data(PrintStream err) {
        CsvRead<AcquisitionPair> read = AcquisitionPairsCsv.read(pairs);
        ForecastCommand.report(pairs, read.rejected(), err);
        return new AcquisitionData(read.accepted(), ForecastCommand.daily(chinaHistory, err),
                ForecastCommand.daily(usHistory, err));
    }

    @CommandLine.Command(name = "acquisition",
            description = "a foreign film's final China gross with an 80%% interval, from its US run before its China release",
            footer = "For each candidate of C (us_film_id,china_release_date) reads only the US and China rows dated before its"
                    + " China release date and the pairs released and finished in China before it; writes"
                    + " us_film_id,predicted_china_gross,low80,high80 (yuan) in C's order. A candidate that cannot be valued (not in"
                    + " the US history, or no US row before its China date) is named with its line on stderr and left out; exit 3"
                    + " when some were left out, 1 when none could be valued.")
    public static final class Value extends AcquisitionCommand {
        @Option(names = "--candidates", required = true, paramLabel = "C.csv", description = "us_film_id,china_release_date")
        Path candidates;

        @Option(names = "--out", required = true, paramLabel = "O.csv", description = "where the valuations are written")
        Path outFile;

        /** Exit code when some candidates could not be valued (the others are written). */
        static final int NOT_ALL_VALUED = 3;

        record Candidate(String usFilmId, LocalDate chinaReleaseDate, long line) {
        }

        @Override
        int forecast(PrintStream out, PrintStream err) {
            List<Candidate> wanted = candidates();
            AcquisitionData data = data(err);
            List<String> problems = new ArrayList<>();
            List<AcquisitionCandidate> known = new ArrayList<>();
            for (Candidate c : wanted) {
                AcquisitionCandidate candidate = data.candidate(c.usFilmId(), c.chinaReleaseDate());
                if (candidate == null) {
                    problems.add(candidates + " line " + c.line() + ": " + whyNot(data, c) + ": not valued");
                } else {
                    known.add(candidate);
                }
            }
            // One candidate that cannot be valued (an unknown id, a film not yet out in the US) is named with its line
            // and left out rather than guessed; it does not cost the others their valuation.
            problems.forEach(err::println);
            if (known.isEmpty()) {
                throw new UnusableInputException("no candidate of " + candidates + " can be valued; nothing written");
            }
            Map<LocalDate, AcquisitionModel> models = new HashMap<>();
            List<AcquisitionValuation> valuations = new ArrayList<>();
            for (AcquisitionCandidate candidate : known) {
                AcquisitionModel model = models.computeIfAbsent(candidate.chinaReleaseDate(),
                        date -> AcquisitionModel.train(data.trainingPairs(date), AcquisitionModel.DEFAULT_LAMBDA));
                valuations.add(model.value(candidate));
            }
            write(valuations);
            out.printf("forecast acquisition: %d valuation(s) written to %s%s%n", valuations.size(), outFile,
                    problems.isEmpty() ? "" : "; " + problems.size() + " candidate(s) not valued (listed on stderr)");
            out.println("us_film_id       china_date  title                           model (low80..high80)             ratio baseline   comparables  pairs");
            for (AcquisitionValuation v : valuations) {
                AcquisitionCandidate c = v.candidate();
                out.printf(Locale.ROOT, "%-16s %s  %-30.30s  %10s (%s..%s)  %12s  %12s  %5d%n", c.usFilmId(),
                        c.chinaReleaseDate(), c.usTitle(), money(v.model().predicted()), money(v.model().low80()),
                        money(v.model().high80()), money(v.ratioBaseline().predicted()),
                        money(v.comparablesBaseline().predicted()), v.trainingPairs());
            }
            return problems.isEmpty() ? 0 : NOT_ALL_VALUED;
        }

        private static String whyNot(AcquisitionData data, Candidate c) {
            if (!data.hasUsFilm(c.usFilmId())) {
                return "us film " + c.usFilmId() + " is not in the US history";
            }
            if (!data.usFilm(c.usFilmId()).firstDate().isBefore(c.chinaReleaseDate())) {
                return "us film " + c.usFilmId() + " has no US row before its China release date " + c.chinaReleaseDate();
            }
            return "too little China box office in the half year before " + c.chinaReleaseDate()
                    + " to describe the market it would open into (or no US gross before it)";
        }

        private List<Candidate> candidates() {
            CsvRead<Candidate> read;
            try (CsvReader reader = CsvReader.open(candidates, List.of("us_film_id", "china_release_date"))) {
                read = reader.all(row -> {
                    String id = row.required("us_film_id");
                    String text = row.required("china_release_date");
                    try {
                        return new Candidate(id, LocalDate.parse(text), row.line());
                    } catch (java.time.format.DateTimeParseException e) {
                        throw new BadRow("bad date in china_release_date: '" + text + "' (expected yyyy-mm-dd)");
                    }
                });
            } catch (UnusableCsv e) {
                throw new UnusableInputException(e.getMessage());
            }
            if (!read.rejected().isEmpty()) {
                throw new UnusableInputException(candidates + ": " + read.rejected().size() + " bad row(s), nothing valued:\n  "
                        + String.join("\n  ", read.rejected().stream().map(RejectedRow::toString).toList()));
            }
            if (read.accepted().isEmpty()) {
                throw new UnusableInputException(candidates + ": no candidate");
            }
            return read.accepted();
        }

        private void write(List<AcquisitionValuation> valuations) {
            try (Writer w = Files.newBufferedWriter(outFile)) {
                w.write("us_film_id,predicted_china_gross,low80,high80\n");
                for (AcquisitionValuation v : valuations) {
                    w.write(String.format(Locale.ROOT, "%s,%.0f,%.0f,%.0f%n", v.candidate().usFilmId(),
                            v.model().predicted(), v.model().low80(), v.model().high80()));
                }
            } catch (IOException e) {
                throw new UnusableInputException("cannot write " + outFile + ": " + e.getMessage());
            }
        }
    }

    @CommandLine.Command(name = "acquisition-backtest",
            description = "rolling-origin accuracy of the acquisition valuation next to the ratio and comparables baselines",
            footer = "At each cutoff trains on the pairs released and finished in China before it and values the pairs released"
                    + " before the next cutoff. Default cutoffs 2012-01-01,2012-07-01,2013-01-01,2013-07-01,2014-01-01,2014-07-01"
                    + " (the last closes the last, held-out window).")
    public static final class Backtest extends AcquisitionCommand {
        @Option(names = "--cutoffs", split = ",", paramLabel = "YYYY-MM-DD",
                description = "window bounds, at least two, ascending")
        List<LocalDate> cutoffs = AcquisitionBacktest.DEFAULT_CUTOFFS;

        @Option(names = "--lambda", paramLabel = "L", description = "ridge penalty (default: the tuned one)")
        double lambda = AcquisitionModel.DEFAULT_LAMBDA;

        @Override
        int forecast(PrintStream out, PrintStream err) {
            if (cutoffs.size() < 2 || !cutoffs.equals(cutoffs.stream().sorted().distinct().toList())) {
                throw new UsageError("--cutoffs must be at least two ascending dates, not " + cutoffs);
            }
            AcquisitionBacktest.print(AcquisitionBacktest.run(data(err), cutoffs, lambda), out);
            return 0;
        }
    }

    private static String money(double yuan) {
        return String.format(Locale.ROOT, "%.1fM", yuan / 1e6);
    }
}
