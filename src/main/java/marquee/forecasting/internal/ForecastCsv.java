package marquee.forecasting.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the forecast output CSV: {@code film_id,days_observed,predicted_final_gross,low80,high80}. */
public final class ForecastCsv {

    public static final String[] HEADER = {"film_id", "days_observed", "predicted_final_gross", "low80", "high80"};

    private ForecastCsv() {
    }

    public static void write(List<Forecast> forecasts, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(forecasts, writer);
        }
    }

    public static void write(List<Forecast> forecasts, Writer writer) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get();
        try (CSVPrinter printer = new CSVPrinter(writer, format)) {
            for (Forecast f : forecasts) {
                printer.printRecord(f.filmId(), f.daysObserved(), money(f.predictedFinalGross()), money(f.low80()),
                        money(f.high80()));
            }
        }
    }

    /** Forecasts are not precise to the cent: whole major units. */
    private static long money(double amount) {
        return Math.round(amount);
    }
}
