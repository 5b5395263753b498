package marquee.console.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.City;
import marquee.catalog.Film;
import marquee.catalog.FilmFilter;
import marquee.catalog.Screening;
import marquee.catalog.ScreeningFilter;
import marquee.forecasting.CatalogForecasts;
import marquee.shared.MarketSettings;
import marquee.shared.NotFound;
import marquee.shared.PageOf;
import marquee.shared.security.Caller;
import marquee.shared.security.Role;
import marquee.shared.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's catalog pages: the film list with filters, and a film's detail with its screenings. */
@Controller
class CatalogPages {

    private static final int FILMS_PER_PAGE = 24;

    private final Catalog catalog;
    private final CatalogForecasts forecasts;
    private final MarketSettings market;
    private final Clock clock;

    CatalogPages(Catalog catalog, CatalogForecasts forecasts, MarketSettings market, Clock clock) {
        this.catalog = catalog;
        this.forecasts = forecasts;
        this.market = market;
        this.clock = clock;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/films";
    }

    @GetMapping("/films")
    String films(@RequestParam(required = false) String q,
                 @RequestParam(required = false) String genre,
                 @RequestParam(required = false) String city,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                 @RequestParam(defaultValue = "0") int page,
                 Model model) {
        PageOf<Film> films = catalog.films(Caller.current(), new FilmFilter(q, genre, city, date), new PageRequest(Math.max(page, 0), FILMS_PER_PAGE));
        model.addAttribute("films", films);
        model.addAttribute("cities", catalog.cities());
        model.addAttribute("genres", List.of("Animation", "Documentary", "Drama", "Comedy", "Romance", "Sci-Fi",
                "Action", "Thriller", "Family", "History", "Music"));
        model.addAttribute("q", q);
        model.addAttribute("genre", genre);
        model.addAttribute("city", city);
        model.addAttribute("date", date);
        model.addAttribute("section", "films");
        return "console/films";
    }

    /** The film list with the page's filters as CSV, every page of it (issue 19, export): the page shows 24 at a time. */
    @GetMapping("/films.csv")
    org.springframework.http.ResponseEntity<byte[]> filmsCsv(@RequestParam(required = false) String q,
                                                           @RequestParam(required = false) String genre,
                                                           @RequestParam(required = false) String city,
                                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        List<List<?>> rows = new java.util.ArrayList<>();
        FilmFilter filter = new FilmFilter(q, genre, city, date);
        for (int page = 0; ; page++) {
            PageOf<Film> films = catalog.films(Caller.current(), filter, new PageRequest(page, PageRequest.MAX_SIZE));
            for (Film f : films.items()) {
                rows.add(java.util.Arrays.asList(f.id(), f.displayTitle(), f.originalTitle(), f.englishTitle(),
                        String.join("|", f.genres()), f.runtimeMin(), f.country(),
                        f.releases().stream().map(r -> r.releaseDate().toString()).findFirst().orElse(""), f.announced()));
            }
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= films.total()) {
                break;
            }
        }
        return marquee.shared.csv.CsvDownload.of("films", List.of("id", "title", "original_title", "english_title", "genres",
                "runtime_min", "country", "first_release", "announced"), rows);
    }

    @GetMapping("/films/{id}")
    String film(@PathVariable long id, @RequestParam(required = false) String city,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                Model model) {
        Film film = catalog.film(id);
        if (!film.visibleTo(Caller.current())) {
            throw new NotFound("film", id);
        }
        List<City> cities = catalog.cities();
        String chosenCity = city != null && !city.isBlank() ? city : cities.isEmpty() ? null : cities.getFirst().name();
        LocalDate day = date != null ? date : market.today(clock);
        // As the API lists them: another chain's invitation-only previews are not the viewer's to see.
        List<Screening> screenings = chosenCity == null ? List.of()
                : catalog.screenings(Caller.current(), new ScreeningFilter(id, null, chosenCity, day), new PageRequest(0, PageRequest.MAX_SIZE)).items();
        model.addAttribute("film", film);
        model.addAttribute("mayAnnounce", !film.announced() && mayManage(film));
        // Staff see the live forecast (drawn from GET /api/films/{id}/forecast); the owner confirms or fixes the match.
        model.addAttribute("showForecast", Caller.current().map(c -> c.role().isStaff()).orElse(false));
        model.addAttribute("mayMatch", mayManage(film) && Caller.current().map(c -> c.role() != Role.CINEMA_MANAGER).orElse(false));
        model.addAttribute("mayPlan", mayManage(film)); // its distributor and the operator plan previews of it
        model.addAttribute("cities", cities);
        model.addAttribute("city", chosenCity);
        model.addAttribute("day", day);
        model.addAttribute("days", day.datesUntil(day.plusDays(7)).toList());
        model.addAttribute("screeningsByCinema", byCinema(screenings));
        model.addAttribute("dailyCounts", dailyCounts(id, chosenCity, day));
        model.addAttribute("section", "films");
        return "console/film";
    }

    /** The distributor announces its film from the page; the API does the same at POST /api/films/{id}/announcement. */
    @PostMapping("/films/{id}/announcement")
    String announce(@PathVariable long id) {
        Film film = catalog.film(id);
        if (!film.visibleTo(Caller.current()) || !mayManage(film)) {
            throw new NotFound("film", id);
        }
        catalog.announce(id);
        return "redirect:/films/" + id;
    }

    /**
     * The film's distributor confirms or fixes its match to a history film from the page ({@code history}: a history
     * film id, or "none"); the API does the same at PUT /api/films/{id}/forecast/match.
     */
    @PostMapping("/films/{id}/forecast/match")
    String confirmMatch(@PathVariable long id, @RequestParam String history) {
        String chosen = history.strip();
        forecasts.confirm(id, chosen.equalsIgnoreCase("none") ? null : chosen);
        return "redirect:/films/" + id + "#forecast";
    }

    private static boolean mayManage(Film film) {
        return Caller.current().map(c -> c.mayManage(film.distributorTenantId())).orElse(false);
    }

    private Map<Cinema, List<Screening>> byCinema(List<Screening> screenings) {
        Map<Long, List<Screening>> grouped = screenings.stream()
                .collect(Collectors.groupingBy(Screening::cinemaId, TreeMap::new, Collectors.toList()));
        Map<Cinema, List<Screening>> result = new LinkedHashMap<>();
        grouped.forEach((cinemaId, list) -> result.put(catalog.cinema(cinemaId), list));
        return result;
    }

    /** Screenings of the film in the city for each of the next seven days: the data of the page's chart. */
    private Map<String, Long> dailyCounts(long filmId, String city, LocalDate from) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (LocalDate d = from; d.isBefore(from.plusDays(7)); d = d.plusDays(1)) {
            long total = city == null ? 0
                    : catalog.screenings(Caller.current(), new ScreeningFilter(filmId, null, city, d), new PageRequest(0, 1)).total();
            counts.put(d.toString(), total);
        }
        return counts;
    }
}
