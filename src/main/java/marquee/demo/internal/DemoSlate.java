package marquee.demo.internal;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import marquee.catalog.Credit;
import marquee.catalog.CreditRole;
import marquee.catalog.NewFilm;
import marquee.catalog.NewRelease;
import marquee.catalog.ReleaseKind;
import marquee.shared.csv.CsvRead;
import marquee.shared.csv.CsvReader;
import marquee.shared.csv.CsvRow;

/**
 * Reads the demo market's films and cities from {@code demo/films.csv} and {@code demo/cities.csv}
 * on the classpath: plain tables, so the slate can be read and tuned without touching code.
 * Release dates are days relative to the market's first day.
 */
final class DemoSlate {

    record DemoCity(String name, String chineseName, String province, int tier) {}

    private DemoSlate() {
    }

    static List<DemoFilm> films(LocalDate firstDay) {
        return read("demo/films.csv", List.of("original_title", "release_kind", "release_offset_days", "popularity"),
                row -> film(row, firstDay));
    }

    static List<DemoCity> cities() {
        return read("demo/cities.csv", List.of("city", "tier"), row -> new DemoCity(row.value("city"),
                row.value("chinese_name"), row.value("province"), Integer.parseInt(row.value("tier"))));
    }

    private static DemoFilm film(CsvRow row, LocalDate firstDay) {
        List<Credit> credits = new ArrayList<>();
        list(row.value("directors")).forEach(name -> credits.add(new Credit(CreditRole.DIRECTOR, name)));
        list(row.value("cast")).forEach(name -> credits.add(new Credit(CreditRole.CAST, name)));
        NewFilm film = new NewFilm(row.value("original_title"), row.value("chinese_title"), row.value("english_title"),
                list(row.value("genres")), Integer.parseInt(row.value("runtime_min")), row.value("country"), row.value("language"),
                row.value("certificate"), list(row.value("tags")), blankToNull(row.value("franchise")), null, credits, true);
        List<String> formats = list(row.value("formats"));
        List<NewRelease> releases = new ArrayList<>();
        if (!row.value("earlier_release").isBlank()) {
            releases.add(new NewRelease(ReleaseKind.FIRST_RELEASE, LocalDate.parse(row.value("earlier_release")),
                    List.of("2D"), "Earlier release"));
        }
        releases.add(new NewRelease(ReleaseKind.valueOf(row.value("release_kind")),
                firstDay.plusDays(Integer.parseInt(row.value("release_offset_days"))), formats,
                "Demo market: real film, simulated release"));
        return new DemoFilm(film, releases, Double.parseDouble(row.value("popularity")), row.value("distributor").trim());
    }

    /** The slate ships with the application: a row it cannot read is a bug, not input to report. */
    private static <T> List<T> read(String resource, List<String> required, CsvReader.RowParser<T> mapping) {
        var stream = DemoSlate.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (CsvReader reader = CsvReader.of(new InputStreamReader(stream, StandardCharsets.UTF_8), resource, required)) {
            CsvRead<T> read = reader.all(mapping);
            if (!read.rejected().isEmpty()) {
                throw new IllegalStateException(resource + ": " + read.rejected());
            }
            return read.accepted();
        }
    }

    private static List<String> list(String joined) {
        return joined.isBlank() ? List.of() : Arrays.stream(joined.split("\\|")).map(String::trim).toList();
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
