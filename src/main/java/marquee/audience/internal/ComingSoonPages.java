package marquee.audience.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import marquee.audience.Reviews;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.catalog.FilmFilter;
import marquee.catalog.FilmRelease;
import marquee.shared.MarketSettings;
import marquee.shared.PageOf;
import marquee.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The storefront's "coming soon": announced films whose first release is still ahead, with their want-to-see counts. */
@Controller
class ComingSoonPages {

    /** A film to come, its first release day and how many moviegoers want to see it. */
    record ComingSoon(Film film, LocalDate releaseDate, long wantToSee) {}

    private final Catalog catalog;
    private final Reviews reviews;
    private final Clock clock;
    private final MarketSettings market;

    ComingSoonPages(Catalog catalog, Reviews reviews, Clock clock, MarketSettings market) {
        this.catalog = catalog;
        this.reviews = reviews;
        this.clock = clock;
        this.market = market;
    }

    @GetMapping("/tickets/coming-soon")
    String comingSoon(Model model) {
        LocalDate today = market.today(clock);
        List<Film> films = new ArrayList<>();
        PageOf<Film> page;
        int n = 0;
        do {
            page = catalog.films(FilmFilter.any(), new PageRequest(n++, PageRequest.MAX_SIZE));
            page.items().stream().filter(f -> firstRelease(f).isAfter(today)).forEach(films::add);
        } while (n < page.pages());
        Map<Long, Long> counts = reviews.wantToSee(films.stream().map(Film::id).toList());
        model.addAttribute("films", films.stream()
                .map(f -> new ComingSoon(f, firstRelease(f), counts.getOrDefault(f.id(), 0L)))
                .sorted(Comparator.comparing(ComingSoon::releaseDate).thenComparing(c -> -c.wantToSee()))
                .toList());
        model.addAttribute("section", "tickets");
        return "storefront/coming-soon";
    }

    private static LocalDate firstRelease(Film film) {
        return film.releases().stream().map(FilmRelease::releaseDate).min(LocalDate::compareTo).orElse(LocalDate.MAX);
    }
}
