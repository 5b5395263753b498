package marquee.demo.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import marquee.catalog.Credit;
import marquee.catalog.CreditRole;
import marquee.catalog.NewFilm;
import marquee.catalog.NewRelease;
import marquee.catalog.ReleaseKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

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
        return read("demo/films.csv", row -> film(row, firstDay));
    }

    static List<DemoCity> cities() {
        return read("demo/cities.csv", row -> new DemoCity(row.get("city"), row.get("chinese_name"), row.get("province"),
                Integer.parseInt(row.get("tier"))));
    }

    private static DemoFilm film(CSVRecord row, LocalDate firstDay) {
        List<Credit> credits = new ArrayList<>();
        list(row.get("directors")).forEach(name -> credits.add(new Credit(CreditRole.DIRECTOR, name)));
        list(row.get("cast")).forEach(name -> credits.add(new Credit(CreditRole.CAST, name)));
        NewFilm film = new NewFilm(row.get("original_title"), row.get("chinese_title"), row.get("english_title"),
                list(row.get("genres")), Integer.parseInt(row.get("runtime_min")), row.get("country"), row.get("language"),
                row.get("certificate"), list(row.get("tags")), blankToNull(row.get("franchise")), null, credits, true);
        List<String> formats = list(row.get("formats"));
        List<NewRelease> releases = new ArrayList<>();
        if (!row.get("earlier_release").isBlank()) {
            releases.add(new NewRelease(ReleaseKind.FIRST_RELEASE, LocalDate.parse(row.get("earlier_release")),
                    List.of("2D"), "Earlier release"));
        }
        releases.add(new NewRelease(ReleaseKind.valueOf(row.get("release_kind")),
                firstDay.plusDays(Integer.parseInt(row.get("release_offset_days"))), formats,
                "Demo market: real film, simulated release"));
        return new DemoFilm(film, releases, Double.parseDouble(row.get("popularity")), row.get("distributor").trim());
    }

    private static <T> List<T> read(String resource, Function<CSVRecord, T> mapping) {
        var stream = DemoSlate.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .map(mapping).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(String joined) {
        return joined.isBlank() ? List.of() : Arrays.stream(joined.split("\\|")).map(String::trim).toList();
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
