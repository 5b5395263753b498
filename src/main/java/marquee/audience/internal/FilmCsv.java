package marquee.audience.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import marquee.audience.Film;
import org.apache.commons.csv.CSVRecord;

/** Reads {@code film_id,title,year,genres} (genres joined by |); other columns are ignored. */
public final class FilmCsv {

    static final List<String> COLUMNS = List.of("film_id", "title", "year", "genres");

    private FilmCsv() {
    }

    public static CsvImport<Film> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new BadInputException("cannot read films file " + file + ": " + e.getMessage());
        }
    }

    public static CsvImport<Film> read(Reader reader) {
        Set<String> seen = new HashSet<>();
        return CsvRows.read(reader, "films", COLUMNS, record -> {
            Film film = film(record);
            if (!seen.add(film.filmId())) {
                throw new CsvRows.RowRejected("duplicate film_id " + film.filmId());
            }
            return film;
        });
    }

    private static Film film(CSVRecord record) {
        String id = CsvRows.required(record, "film_id");
        return new Film(id, record.get("title"), year(CsvRows.required(record, "year")), genres(record.get("genres")));
    }

    private static int year(String text) {
        try {
            int year = Integer.parseInt(text);
            if (year < 1870 || year > 2200) {
                throw new CsvRows.RowRejected("year out of range: " + text);
            }
            return year;
        } catch (NumberFormatException e) {
            throw new CsvRows.RowRejected("year is not a whole number: " + text);
        }
    }

    private static List<String> genres(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split("\\|")).map(String::trim).filter(g -> !g.isEmpty()).distinct().toList();
    }
}
