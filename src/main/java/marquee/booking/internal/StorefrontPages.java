package marquee.booking.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import marquee.booking.Order;
import marquee.booking.SeatPlan;
import marquee.booking.TicketStatus;
import marquee.catalog.Catalog;
import marquee.catalog.City;
import marquee.catalog.Film;
import marquee.catalog.FilmFilter;
import marquee.catalog.SeatType;
import marquee.shared.MarketSettings;
import marquee.shared.Money;
import marquee.shared.NotFound;
import marquee.shared.PageRequest;
import marquee.shared.security.Caller;
import marquee.shared.security.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The moviegoer's storefront: films showing in a city, a film's showtimes by day and cinema, a
 * screening's seat map with checkout, and "My tickets". The pages only read; holding, paying and
 * refunding happen in the browser through the booking API, so the page and the API share one path.
 */
@Controller
@RequestMapping("/tickets")
class StorefrontPages {

    private static final String DEFAULT_CITY = "Beijing";
    private static final int NEXT_SHOWTIMES = 4;
    private static final int DAYS_AHEAD = 7;

    private final Catalog catalog;
    private final ScreeningFacts facts;
    private final SeatHolds holds;
    private final OrderViews orders;
    private final Refunds refunds;
    private final BookingSettings settings;
    private final Clock clock;
    private final MarketSettings market;
    private final BuyerNotices notices;

    StorefrontPages(Catalog catalog, ScreeningFacts facts, SeatHolds holds, OrderViews orders, Refunds refunds,
                    BookingSettings settings, Clock clock, MarketSettings market, BuyerNotices notices) {
        this.notices = notices;
        this.catalog = catalog;
        this.facts = facts;
        this.holds = holds;
        this.orders = orders;
        this.refunds = refunds;
        this.settings = settings;
        this.clock = clock;
        this.market = market;
    }

    /** One film of the city's listing with its next showtimes. */
    public record NowShowing(Film film, List<Showtime> next) {}

    @GetMapping
    String nowShowing(@RequestParam(required = false) String city, Model model) {
        List<City> cities = catalog.cities();
        String chosen = chosenCity(city, cities);
        Showtimes showtimes = showtimes();
        // The city's announced films, kept when they have a showtime still to come: "now showing".
        Map<Long, List<Showtime>> next = chosen == null ? Map.of()
                : showtimes.nextByFilm(chosen, NEXT_SHOWTIMES);
        List<NowShowing> films = next.isEmpty() ? List.of()
                : catalog.films(new FilmFilter(null, null, chosen, null), new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                        .filter(film -> next.containsKey(film.id()))
                        .map(film -> new NowShowing(film, next.get(film.id())))
                        .toList();
        model.addAttribute("cities", cities);
        model.addAttribute("city", chosen);
        model.addAttribute("films", films);
        // Invitation-only previews the moviegoer is invited to, in any city: they are in no listing otherwise.
        model.addAttribute("invitations", showtimes.invitations());
        model.addAttribute("signedIn", Caller.current().isPresent()); // sign-up link or profile link
        return page(model, "storefront/now-showing");
    }

    @GetMapping("/films/{id}")
    String film(@PathVariable long id, @RequestParam(required = false) String city,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        Film film = visibleFilm(id);
        List<City> cities = catalog.cities();
        String chosen = chosenCity(city, cities);
        Showtimes showtimes = showtimes();
        LocalDate today = market.today(clock);
        // Without a day asked for, the page opens on the first day the film shows in the city.
        LocalDate chosenDay = day != null ? day : chosen == null ? today : showtimes.next(id, chosen, 1).stream()
                .map(s -> s.localStart().toLocalDate()).findFirst().orElse(today);
        model.addAttribute("film", film);
        model.addAttribute("cities", cities);
        model.addAttribute("city", chosen);
        model.addAttribute("day", chosenDay);
        model.addAttribute("days", today.datesUntil(today.plusDays(DAYS_AHEAD)).toList());
        model.addAttribute("showtimesByCinema", chosen == null ? Map.of() : showtimes.onDayByCinema(id, chosen, chosenDay));
        // Word of mouth (want-to-see, score, reviews) is drawn in the browser from the audience module's API.
        Optional<Caller> caller = Caller.current();
        model.addAttribute("signedIn", caller.isPresent());
        model.addAttribute("buyer", caller.map(c -> c.role() == Role.MOVIEGOER).orElse(false));
        model.addAttribute("signInUrl", "/login?next=/tickets/films/" + id);
        return page(model, "storefront/film");
    }

    @GetMapping("/screenings/{id}")
    String screening(@PathVariable long id, Model model) {
        ScreeningFacts.Facts screening = facts.of(id);
        Optional<Caller> caller = Caller.current();
        Film film = catalog.film(screening.screening().filmId());
        if (!film.visibleTo(caller)) {
            throw new NotFound("screening", id);
        }
        SeatPlan plan = holds.plan(id);
        model.addAttribute("film", film);
        model.addAttribute("showtime", showtimes().showtime(screening.screening()));
        model.addAttribute("hall", screening.hall().hall());
        model.addAttribute("plan", plan);
        model.addAttribute("rowLabels", rowLabels(plan));
        model.addAttribute("prices", pricesByType(plan));
        model.addAttribute("started", screening.hasStarted(clock.instant()));
        // An invitation-only preview the viewer is not invited to: the seats show, the hold will be refused.
        model.addAttribute("closed", holds.admission().closed(List.of(id), caller.map(Caller::accountId).orElse(null)).contains(id));
        model.addAttribute("maxSeats", settings.maxSeatsPerHold());
        model.addAttribute("signedIn", caller.isPresent());
        model.addAttribute("buyer", caller.map(c -> c.role() == Role.MOVIEGOER).orElse(false));
        model.addAttribute("signInUrl", "/login?next=/tickets/screenings/" + id);
        return page(model, "storefront/screening");
    }

    /** This page view's showtimes, as the viewer may see them. */
    private Showtimes showtimes() {
        return new Showtimes(catalog, clock.instant(), holds.admission(), Caller.current().map(Caller::accountId).orElse(null));
    }

    @GetMapping("/mine")
    String mine(@RequestParam(required = false) Long paid, Model model) {
        long buyerId = Caller.current().orElseThrow().accountId();
        Map<Long, Film> films = new HashMap<>();
        Instant now = clock.instant();
        // Orders without tickets are payment attempts that did not go through: nothing to show at a door.
        List<Purchase> purchases = orders.ofBuyer(buyerId, 100).stream()
                .filter(order -> !order.tickets().isEmpty())
                .map(order -> new Purchase(order, films.computeIfAbsent(order.filmId(), catalog::film),
                        catalog.cinema(order.cinemaId()), refundable(order, now)))
                .toList();
        model.addAttribute("purchases", purchases);
        model.addAttribute("notices", NoticeView.of(notices.ofBuyer(buyerId, 20), catalog)); // cancelled screenings
        model.addAttribute("paid", paid);
        return page(model, "storefront/mine");
    }

    /** A page that says what went wrong (these pages are outside the console's error advice). */
    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFound e, Model model) {
        return error(model, "Not found", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(MethodArgumentTypeMismatchException e, Model model) {
        return error(model, "That request is not valid", e.getName() + " has the wrong format.");
    }

    private static String error(Model model, String title, String message) {
        model.addAttribute("title", title);
        model.addAttribute("message", message);
        return page(model, "console/error");
    }

    private Film visibleFilm(long id) {
        Film film = catalog.film(id);
        if (!film.visibleTo(Caller.current())) {
            throw new NotFound("film", id);
        }
        return film;
    }

    /** The city asked for when the catalog has it, else Beijing, else the first city of the catalog. */
    private static String chosenCity(String asked, List<City> cities) {
        for (String name : new String[] {asked, DEFAULT_CITY}) {
            if (name != null && cities.stream().anyMatch(c -> c.name().equals(name))) {
                return name;
            }
        }
        return cities.isEmpty() ? null : cities.getFirst().name();
    }

    /** A refund goes through until the cinema's window closes, for an order with a ticket not yet used. */
    private boolean refundable(Order order, Instant now) {
        return order.tickets().stream().anyMatch(t -> t.status() == TicketStatus.VALID)
                && now.isBefore(order.startsAt().minus(refunds.window(order.cinemaId())));
    }

    /** The label of each grid row that has seats ("A", "B", ...), by grid row. */
    private static Map<Integer, String> rowLabels(SeatPlan plan) {
        Map<Integer, String> labels = new TreeMap<>();
        plan.seats().forEach(seat -> labels.putIfAbsent(seat.gridRow(), seat.row()));
        return labels;
    }

    /** The price of each seat type of the hall, for the legend. */
    private static Map<SeatType, Money> pricesByType(SeatPlan plan) {
        Map<SeatType, Money> prices = new EnumMap<>(SeatType.class);
        plan.seats().forEach(seat -> prices.putIfAbsent(seat.type(), seat.price()));
        return prices;
    }

    private static String page(Model model, String view) {
        model.addAttribute("section", "tickets");
        return view;
    }
}
