package marquee.audience.coldstart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import marquee.audience.Film;

/** Films indexed 0..n-1 with their genres as small integers, for array-based features. */
public final class Catalog {

    private final List<Film> films = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> genreNames = new ArrayList<>();
    private final Map<String, Integer> genreIndex = new HashMap<>();
    private final List<int[]> genres = new ArrayList<>();

    public Catalog(List<Film> films) {
        films.forEach(this::add);
    }

    /** Adds a film known only by id (an interaction with a film missing from the films file). */
    int addUnknown(String filmId) {
        return add(new Film(filmId, "", 0, List.of()));
    }

    private int add(Film film) {
        Integer existing = index.get(film.filmId());
        if (existing != null) {
            return existing;
        }
        int id = films.size();
        films.add(film);
        index.put(film.filmId(), id);
        genres.add(film.genres().stream().mapToInt(this::genreId).toArray());
        return id;
    }

    private int genreId(String name) {
        return genreIndex.computeIfAbsent(name, n -> {
            genreNames.add(n);
            return genreNames.size() - 1;
        });
    }

    public Integer indexOf(String filmId) {
        return index.get(filmId);
    }

    public int size() {
        return films.size();
    }

    public Film film(int id) {
        return films.get(id);
    }

    public int year(int id) {
        return films.get(id).year();
    }

    int[] genres(int id) {
        return genres.get(id);
    }

    int genreCount() {
        return genreNames.size();
    }
}
