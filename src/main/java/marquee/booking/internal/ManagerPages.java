package marquee.booking.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import marquee.booking.Cancellation;
import marquee.booking.ScreeningChanges;
import marquee.booking.SeatPlan;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.FilmFilter;
import marquee.catalog.Hall;
import marquee.catalog.NewScreening;
import marquee.catalog.Screening;
import marquee.shared.Conflict;
import marquee.shared.InvalidInput;
import marquee.shared.NotFound;
import marquee.shared.Sentence;
import marquee.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cinema manager's console pages: the own cinemas' sales today (live), the schedule (schedule, move and cancel a
 * screening), a screening's seats to block, the door (scan or type a ticket's code) and the refund policy. They read
 * and write through the same services and checks as the API; another chain's cinema or screening answers 404.
 */
@Controller
class ManagerPages {

    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Catalog catalog;
    private final ManagerAccess access;
    private final CinemaSales sales;
    private final ScreeningChanges changes;
    private final SeatHolds holds;
    private final Refunds refunds;
    private final MessageSource messages;
    private final Clock clock;

    ManagerPages(Catalog catalog, ManagerAccess access, CinemaSales sales, ScreeningChanges changes, SeatHolds holds,
                 Refunds refunds, MessageSource messages, Clock clock) {
        this.catalog = catalog;
        this.access = access;
        this.sales = sales;
        this.changes = changes;
        this.holds = holds;
        this.refunds = refunds;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/manager")
    String today(@RequestParam(required = false) Long chainTenant, Model model) {
        List<Cinema> cinemas = access.ownCinemas(chainTenant);
        model.addAttribute("days", cinemas.stream().map(sales::today).toList());
        model.addAttribute("chainTenant", chainTenant);
        return page(model, "console/manager-today");
    }

    @GetMapping("/manager/schedule")
    String schedule(@RequestParam(required = false) Long cinema, @RequestParam(required = false) Long chainTenant,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        Cinema chosen = chosenCinema(cinema, chainTenant, model);
        if (chosen == null) {
            return page(model, "console/manager-schedule");
        }
        LocalDate day = date != null ? date : LocalDate.now(clock.withZone(chosen.timeZone()));
        List<Hall> halls = catalog.halls(chosen.id());
        model.addAttribute("day", day);
        model.addAttribute("days", day.minusDays(1).datesUntil(day.plusDays(7)).toList());
        model.addAttribute("sales", sales.day(chosen, day));
        model.addAttribute("halls", halls);
        model.addAttribute("films", catalog.films(caller(), new FilmFilter(null, null, null, null),
                new PageRequest(0, PageRequest.MAX_SIZE)).items());
        model.addAttribute("suggestedStart", day.atTime(19, 0).format(LOCAL_INPUT));
        model.addAttribute("nowInstant", clock.instant());
        return page(model, "console/manager-schedule");
    }

    @PostMapping("/manager/schedule")
    String scheduleOne(@RequestParam long cinema, @RequestParam long hallId, @RequestParam long filmId,
                       @RequestParam String startsAt, @RequestParam String price, @RequestParam(defaultValue = "2D") String format,
                       @RequestParam(defaultValue = "Mandarin") String language, RedirectAttributes redirect) {
        Cinema own = access.ownCinema(cinema);
        LocalDateTime local = localTime(startsAt);
        try {
            Hall hall = catalog.halls(own.id()).stream().filter(h -> h.id() == hallId).findFirst()
                    .orElseThrow(() -> new NotFound("hall", hallId));
            if (!catalog.film(filmId).visibleTo(caller())) {
                throw new NotFound("film", filmId); // another distributor's unannounced film, as the API answers
            }
            Screening created = catalog.schedule(new NewScreening(hall.id(), filmId, null, local.atZone(own.timeZone()).toInstant(),
                    format.strip(), language.strip(), priceMinor(price), null));
            redirect.addFlashAttribute("message", text("manager.schedule.created", created.id(),
                    created.localStart().format(LOCAL_INPUT).replace('T', ' ')));
        } catch (Conflict | InvalidInput refused) {
            redirect.addFlashAttribute("problem", text("manager.refused", reason(refused)));
        }
        return "redirect:/manager/schedule?cinema=" + own.id() + "&date=" + local.toLocalDate();
    }

    @PostMapping("/manager/screenings/{id}/move")
    String move(@PathVariable long id, @RequestParam String startsAt, RedirectAttributes redirect) {
        Screening screening = access.ownScreening(id);
        LocalDateTime local = localTime(startsAt);
        try {
            Screening moved = changes.move(id, local.atZone(screening.timeZone()).toInstant());
            redirect.addFlashAttribute("message", text("manager.schedule.moved", id,
                    moved.localStart().format(LOCAL_INPUT).replace('T', ' ')));
        } catch (Conflict | InvalidInput refused) {
            redirect.addFlashAttribute("problem", text("manager.refused", reason(refused)));
        }
        return "redirect:/manager/schedule?cinema=" + screening.cinemaId() + "&date=" + local.toLocalDate();
    }

    @PostMapping("/manager/screenings/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Screening screening = access.ownScreening(id);
        try {
            Cancellation done = changes.cancel(id, reason);
            redirect.addFlashAttribute("message", text("manager.schedule.cancelled", id, done.ticketsRefunded(),
                    done.refunded().toMajorString(), done.buyersNotified()));
        } catch (Conflict | InvalidInput refused) {
            redirect.addFlashAttribute("problem", text("manager.refused", reason(refused)));
        }
        return "redirect:/manager/schedule?cinema=" + screening.cinemaId() + "&date=" + screening.localStart().toLocalDate();
    }

    @GetMapping("/manager/screenings/{id}/seats")
    String seats(@PathVariable long id, Model model) {
        Screening screening = access.ownScreening(id);
        SeatPlan plan = holds.plan(id);
        Map<Integer, String> rows = new TreeMap<>();
        plan.seats().forEach(seat -> rows.putIfAbsent(seat.gridRow(), seat.row()));
        model.addAttribute("screening", screening);
        model.addAttribute("cinema", catalog.cinema(screening.cinemaId()));
        model.addAttribute("film", catalog.film(screening.filmId()));
        model.addAttribute("plan", plan);
        model.addAttribute("rowLabels", rows);
        return page(model, "console/manager-seats");
    }

    @GetMapping("/manager/door")
    String door(@RequestParam(required = false) Long cinema, @RequestParam(required = false) Long chainTenant, Model model) {
        chosenCinema(cinema, chainTenant, model);
        return page(model, "console/manager-door");
    }

    @GetMapping("/manager/refund-policy")
    String refundPolicy(@RequestParam(required = false) Long chainTenant, Model model) {
        List<Cinema> cinemas = access.ownCinemas(chainTenant);
        model.addAttribute("policies", cinemas.stream().map(c -> Map.of("cinema", c, "minutes", refunds.window(c.id()).toMinutes()))
                .toList());
        return page(model, "console/manager-refund-policy");
    }

    @PostMapping("/manager/refund-policy")
    String setRefundPolicy(@RequestParam long cinema, @RequestParam String minutes, RedirectAttributes redirect) {
        Cinema own = access.ownCinema(cinema);
        try {
            int value = parseMinutes(minutes);
            refunds.setWindow(own.id(), value);
            redirect.addFlashAttribute("message", text("manager.refund.saved", own.name(), value));
        } catch (InvalidInput refused) {
            redirect.addFlashAttribute("problem", text("manager.refused", reason(refused)));
        }
        return "redirect:/manager/refund-policy";
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFound e, Model model) {
        model.addAttribute("title", text("manager.error.not-found"));
        model.addAttribute("message", e.sentence());
        return page(model, "console/error");
    }

    @ExceptionHandler({InvalidInput.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(Exception e, Model model) {
        model.addAttribute("title", text("manager.error.invalid"));
        model.addAttribute("message", e instanceof InvalidInput invalid ? Sentence.of("sentence.invalid",
                new Sentence.Name("errors.param", invalid.field()),
                invalid.sentence() == null ? invalid.getMessage() : invalid.sentence(), invalid.field())
                : text("manager.error.format"));
        return page(model, "console/error");
    }

    /** The cinema asked for (own only), else the first of the caller's chain; null when the chain has none. */
    private Cinema chosenCinema(Long cinema, Long chainTenant, Model model) {
        List<Cinema> cinemas = access.ownCinemas(chainTenant);
        Cinema chosen = cinema != null ? access.ownCinema(cinema) : cinemas.isEmpty() ? null : cinemas.getFirst();
        model.addAttribute("cinemas", cinema != null && cinemas.stream().noneMatch(c -> c.id() == cinema)
                ? List.of(chosen) : cinemas);
        model.addAttribute("cinema", chosen);
        return chosen;
    }

    private static LocalDateTime localTime(String input) {
        try {
            return LocalDateTime.parse(input.strip());
        } catch (RuntimeException e) {
            throw new InvalidInput("startsAt", "must be a date and time such as 2026-12-24T19:30");
        }
    }

    private static long priceMinor(String price) {
        try {
            BigDecimal yuan = new BigDecimal(price.strip());
            if (yuan.signum() < 0 || yuan.scale() > 2 || yuan.compareTo(BigDecimal.valueOf(10_000)) > 0) {
                throw new InvalidInput("price", "must be 0 to 10000 with at most 2 decimals");
            }
            return yuan.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInput("price", "must be a number such as 45 or 39.90");
        }
    }

    private static int parseMinutes(String minutes) {
        try {
            return Integer.parseInt(minutes.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("refundUntilMinutes", "must be a whole number of minutes");
        }
    }

    private static String reason(RuntimeException refused) {
        return refused instanceof InvalidInput invalid ? invalid.field() + " " + invalid.getMessage() : refused.getMessage();
    }

    /** A text of the manager bundle in the reader's language; numbers as they are (ids are not grouped "1,234"). */
    private String text(String key, Object... args) {
        Object[] plain = java.util.Arrays.stream(args).map(a -> a instanceof Number n ? n.toString() : a).toArray();
        return messages.getMessage(key, plain, LocaleContextHolder.getLocale());
    }

    private static java.util.Optional<marquee.shared.security.Caller> caller() {
        return marquee.shared.security.Caller.current();
    }

    private static String page(Model model, String view) {
        model.addAttribute("section", "manager");
        return view;
    }
}
