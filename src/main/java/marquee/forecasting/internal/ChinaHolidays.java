package marquee.forecasting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import marquee.shared.csv.BadRow;
import marquee.shared.csv.CsvRead;
import marquee.shared.csv.CsvReader;
import marquee.shared.csv.CsvRow;

/**
 * China's statutory holidays as the State Council announces them each year (usually in November for the
 * next year): the days off of each holiday period and the make-up working days (调休, a Saturday or Sunday
 * worked in exchange), from {@code forecasting/china-holidays.csv} ({@code date,kind,name}, kind OFF or WORK).
 * A year after the file's last one is not announced: nothing about it is guessed from this file; see
 * {@link Market} for what a later year gets instead (the days fixed by law, said to be so).
 */
final class ChinaHolidays {

    static final String RESOURCE = "/forecasting/china-holidays.csv";

    private record Day(LocalDate date, boolean off, String name) {
    }

    private static final ChinaHolidays INSTANCE = load();

    private final Map<LocalDate, Day> days;
    private final int firstYear;
    private final int lastYear;

    private ChinaHolidays(List<Day> rows) {
        this.days = new HashMap<>();
        rows.forEach(d -> days.put(d.date(), d));
        this.firstYear = rows.stream().mapToInt(d -> d.date().getYear()).min().orElse(0);
        this.lastYear = rows.stream().mapToInt(d -> d.date().getYear()).max().orElse(-1);
    }

    static ChinaHolidays get() {
        return INSTANCE;
    }

    /** True when the year's notice is in the file (its days off and make-up days are known). */
    boolean announced(int year) {
        return year >= firstYear && year <= lastYear;
    }

    int firstYear() {
        return firstYear;
    }

    int lastYear() {
        return lastYear;
    }

    /** The holiday period's name on a day off of an announced year, else null. */
    String dayOff(LocalDate date) {
        Day d = days.get(date);
        return d != null && d.off() ? d.name() : null;
    }

    /** True on a Saturday or Sunday worked in exchange for a holiday day. */
    boolean makeUpWorkday(LocalDate date) {
        Day d = days.get(date);
        return d != null && !d.off();
    }

    private static ChinaHolidays load() {
        try (InputStream in = ChinaHolidays.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the file; a bad row is a broken build, not something to skip. */
    static ChinaHolidays read(Reader text, String name) {
        CsvRead<Day> read;
        try (CsvReader reader = CsvReader.of(text, name, List.of("date", "kind", "name"))) {
            read = reader.all(ChinaHolidays::parse);
        }
        if (!read.rejected().isEmpty()) {
            throw new IllegalStateException(name + ": " + read.rejected());
        }
        return new ChinaHolidays(read.accepted());
    }

    private static Day parse(CsvRow row) {
        LocalDate date;
        try {
            date = LocalDate.parse(row.required("date"));
        } catch (DateTimeParseException e) {
            throw new BadRow("bad date: '" + row.value("date") + "' (expected yyyy-mm-dd)");
        }
        String kind = row.required("kind");
        if (!kind.equals("OFF") && !kind.equals("WORK")) {
            throw new BadRow("kind must be OFF or WORK, not '" + kind + "'");
        }
        if (kind.equals("WORK") && date.getDayOfWeek().getValue() < 6) {
            throw new BadRow("a make-up working day must be a Saturday or Sunday: " + date);
        }
        return new Day(date, kind.equals("OFF"), row.required("name"));
    }
}
