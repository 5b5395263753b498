package marquee.campaigns.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import marquee.campaigns.Lift;
import marquee.shared.Command;
import marquee.shared.InvalidInput;
import marquee.shared.csv.BadRow;
import marquee.shared.csv.CsvReader;
import marquee.shared.csv.CsvRow;
import marquee.shared.csv.RejectedRow;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code ./marquee campaign lift --in FILE.csv --out REPORT.csv [--control NAME]}: the lift of every treated arm
 * of a randomised test against its control, on conversion and on revenue per unit (Welch's interval, {@link Lift}).
 * The file is read once, row by row, into per-arm moments, so its size is bounded by the disk, not the heap.
 */
@CommandLine.Command(name = "lift",
        description = "the lift of each arm of a randomised test against its control: conversion and revenue per unit,"
                + " difference in means with Welch's 95%% interval and p-value",
        footer = {"Input columns unit_id,arm,converted,revenue (others ignored; converted 0 or 1; revenue a decimal).",
                "Output: arm,metric,n_treated,n_control,mean_treated,mean_control,lift_abs,lift_rel,ci95_low,ci95_high,p_value",
                "per treated arm and metric (conversion, revenue). Exit 0; 3 when some rows were rejected (reported by line;",
                "the report is of the others); 1 when the file is unusable or has no control or no treated arm."})
public class LiftCommand implements Command {

    static final List<String> COLUMNS = List.of("unit_id", "arm", "converted", "revenue");
    static final String HEADER = "arm,metric,n_treated,n_control,mean_treated,mean_control,lift_abs,lift_rel,ci95_low,ci95_high,p_value";
    private static final int SHOWN_REJECTIONS = 20;

    @Option(names = "--in", required = true, paramLabel = "FILE.csv", description = "one row per unit of the test")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "REPORT.csv", description = "where the report is written")
    Path out;

    @Option(names = "--control", paramLabel = "NAME", defaultValue = "control",
            description = "the control arm's name (default: ${DEFAULT-VALUE})")
    String control;

    /** One arm's two metrics. */
    private record Arm(Lift.Moments conversion, Lift.Moments revenue) {
        Arm() {
            this(new Lift.Moments(), new Lift.Moments());
        }
    }

    @Override
    public String group() {
        return "campaign";
    }

    @Override
    public Needs needs() {
        return Needs.FILES;
    }

    @Override
    public int run(Run run) {
        Map<String, Arm> arms = new TreeMap<>();
        long[] rejected = {0};
        try (CsvReader reader = CsvReader.open(in, COLUMNS)) {
            reader.forEach(row -> take(row, arms), refused -> report(run, refused, ++rejected[0]));
        } catch (InvalidInput unusable) {
            run.err().println("campaign lift: " + unusable.getMessage());
            return 1;
        }
        if (rejected[0] > SHOWN_REJECTIONS) {
            run.err().printf(Locale.ROOT, "campaign lift: ... %,d rows rejected in all%n", rejected[0]);
        }
        Arm controlArm = arms.get(control);
        if (controlArm == null || arms.size() < 2) {
            run.err().println("campaign lift: " + in + (controlArm == null
                    ? " has no row of the control arm '" + control + "' (arms found: " + arms.keySet() + "; --control names another)"
                    : " has no arm besides the control '" + control + "'"));
            return 1;
        }
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        arms.forEach((name, arm) -> {
            if (!name.equals(control)) {
                lines.add(line(name, "conversion", Lift.of(arm.conversion(), controlArm.conversion())));
                lines.add(line(name, "revenue", Lift.of(arm.revenue(), controlArm.revenue())));
            }
        });
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                writer.write(line);
                writer.newLine();
            }
        } catch (IOException e) {
            run.err().println("campaign lift: cannot write " + out + ": " + e.getMessage());
            return 1;
        }
        long units = arms.values().stream().mapToLong(a -> a.conversion().n()).sum();
        run.out().printf(Locale.ROOT, "campaign lift: %,d units in %d arms (control '%s'), %,d rows rejected; report in %s%n",
                units, arms.size(), control, rejected[0], out);
        return rejected[0] == 0 ? 0 : 3;
    }

    private static void take(CsvRow row, Map<String, Arm> arms) {
        row.required("unit_id");
        String arm = row.required("arm");
        double converted = switch (row.required("converted")) {
            case "0" -> 0;
            case "1" -> 1;
            default -> throw new BadRow("converted must be 0 or 1, not '" + row.value("converted") + "'");
        };
        double revenue = revenue(row.required("revenue"));
        Arm moments = arms.computeIfAbsent(arm, a -> new Arm());
        moments.conversion().add(converted);
        moments.revenue().add(revenue);
    }

    private static double revenue(String text) {
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value) || text.chars().anyMatch(Character::isLetter)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadRow("revenue is not a decimal: '" + text + "'");
        }
    }

    private void report(Run run, RejectedRow refused, long count) {
        if (count <= SHOWN_REJECTIONS) {
            run.err().println("campaign lift: rejected " + refused);
        }
    }

    private static String line(String arm, String metric, Lift lift) {
        return String.join(",", arm.contains(",") || arm.contains("\"") ? '"' + arm.replace("\"", "\"\"") + '"' : arm, metric,
                Long.toString(lift.treated().n()), Long.toString(lift.control().n()), number(lift.treated().mean()),
                number(lift.control().mean()), number(lift.absolute()), number(lift.relative()), number(lift.low()),
                number(lift.high()), number(lift.pValue()));
    }

    /** Ten significant digits, plain below a millionth's magnitude, else 1.2E-7; empty for a figure that cannot be computed. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros();
        return value == 0 || Math.abs(value) >= 1e-6 ? rounded.toPlainString() : rounded.toString();
    }
}
