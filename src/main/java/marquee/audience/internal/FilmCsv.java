package marquee.audience.internal;

import java.io.Reader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import marquee.audience.Film;
import marquee.shared.csv.BadRow;
import marquee.shared.csv.CsvRead;
import marquee.shared.csv.CsvReader;
import marquee.shared.csv.CsvRow;

/** Reads {@code film_id,title,year,genres} (genres joined by |); other columns are ignored. */
public final class FilmCsv {

    static final List<String> COLUMNS = List.of("film_id", "title", "year", "genres");

    private FilmCsv() {
    }

    public static CsvRead<Film> read(Path file) {
        return AudienceCsv.read(file, COLUMNS, films());
    }

    public static CsvRead<Film> read(Reader reader) {
        return AudienceCsv.read(reader, "films", COLUMNS, films());
    }

    /** Films in file order, a film id given twice refused after its first row. */
    private static CsvReader.RowParser<Film> films() {
        Set<String> seen = new HashSet<>();
        return row -> {
            Film film = film(row);
            if (!seen.add(film.filmId())) {
                throw new BadRow("duplicate film_id " + film.filmId());
            }
            return film;
        };
    }

    private static Film film(CsvRow row) {
        String id = row.required("film_id");
        return new Film(id, row.value("title"), year(row.required("year")), genres(row.value("genres")));
    }

    private static int year(String text) {
        try {
            int year = Integer.parseInt(text);
            if (year < 1870 || year > 2200) {
                throw new BadRow("year out of range: " + text);
            }
            return year;
        } catch (NumberFormatException e) {
            throw new BadRow("year is not a whole number: " + text);
        }
    }

    private static List<String> genres(String joined) {
        if (joined.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(joined.split("\\|")).map(String::trim).filter(g -> !g.isEmpty()).distinct().toList();
    }
}
