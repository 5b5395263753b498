package marquee.console.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.Film;
import marquee.catalog.FilmFilter;
import marquee.catalog.Hall;
import marquee.campaigns.NewOffer;
import marquee.previews.Invitations;
import marquee.previews.NewInvitations;
import marquee.previews.NewScreeningRequest;
import marquee.previews.ScreeningInvitations;
import marquee.previews.ScreeningRequest;
import marquee.previews.ScreeningRequests;
import marquee.shared.Conflict;
import marquee.shared.InvalidInput;
import marquee.shared.MarketSettings;
import marquee.shared.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import marquee.shared.PageRequest;
import marquee.shared.security.Caller;
import marquee.shared.security.Role;
import marquee.shared.Sentence;
import marquee.shared.web.Sentences;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Screening requests in the console: a distributor's outgoing and a chain's incoming requests with their state, the
 * form to send one (prefilled from a row of the film's screening plan), and the forms to answer one. Times in the forms
 * are on the cinema's clock. The API does the same at /api/screening-requests; both are audited by the staff audit.
 */
@Controller
class ScreeningRequestPages {

    /** One request as the page shows it: names for ids, its window on the cinema's clock, the halls that fit it. */
    record Row(ScreeningRequest request, String film, Cinema cinema, LocalDateTime earliest, LocalDateTime latest,
               LocalDateTime proposedEarliest, LocalDateTime proposedLatest, List<Hall> halls, boolean mayAnswer, boolean maySend,
               Invitations invitations) {

        /** An accepted invitation-only request of the caller's distributor without invitations yet: the form to invite. */
        public boolean mayInvite() {
            return maySend && request.invitationOnly() && request.status() == ScreeningRequest.Status.ACCEPTED && invitations == null;
        }
    }

    private final ScreeningRequests requests;
    private final ScreeningInvitations invitations;
    private final MessageSource messages;
    private final Sentences sentences;
    private final Catalog catalog;
    private final MarketSettings market;
    private final Clock clock;

    ScreeningRequestPages(ScreeningRequests requests, ScreeningInvitations invitations, MessageSource messages, Catalog catalog,
                          MarketSettings market, Clock clock) {
        this.requests = requests;
        this.invitations = invitations;
        this.messages = messages;
        this.sentences = new Sentences(messages);
        this.catalog = catalog;
        this.market = market;
        this.clock = clock;
    }

    @GetMapping("/screening-requests")
    String page(@RequestParam(required = false) Long filmId, @RequestParam(required = false) Long cinemaId,
                @RequestParam(required = false) String date, @RequestParam(required = false) String start,
                @RequestParam(required = false) Integer seats, @RequestParam(required = false) String message,
                @RequestParam(required = false) String problem, Model model) {
        Caller caller = Caller.current().orElseThrow();
        boolean distributor = caller.role() == Role.DISTRIBUTOR_ADMIN || caller.isOperator();
        List<Row> rows = requests.list(caller).stream().map(r -> row(caller, r)).toList();
        model.addAttribute("section", "requests");
        model.addAttribute("rows", rows);
        model.addAttribute("maySend", distributor);
        model.addAttribute("message", message);
        model.addAttribute("problem", problem);
        if (distributor) {
            model.addAttribute("films", ownFilms(caller));
            String day = date != null && date.matches("\\d{4}-\\d{2}-\\d{2}") ? date : market.today(clock).plusDays(1).toString();
            String time = start != null && start.matches("\\d{2}:\\d{2}(:\\d{2})?") ? start.substring(0, 5) : "19:00";
            model.addAttribute("filmId", filmId);
            model.addAttribute("cinemaId", cinemaId);
            model.addAttribute("earliest", day + "T" + (time.compareTo("02:00") >= 0 ? earlier(time) : time));
            model.addAttribute("latest", day + "T" + (time.compareTo("21:59") <= 0 ? later(time) : time));
            model.addAttribute("seats", seats == null ? 100 : seats);
        }
        return "console/screening-requests";
    }

    @PostMapping("/screening-requests")
    String send(@RequestParam(required = false) Long filmId, @RequestParam(required = false) Long cinemaId,
                @RequestParam(required = false) String earliest, @RequestParam(required = false) String latest,
                @RequestParam(required = false) Integer minSeats, @RequestParam(required = false) String kind,
                @RequestParam(defaultValue = "false") boolean invitationOnly, @RequestParam(required = false) String note,
                RedirectAttributes redirect) {
        return act(redirect, () -> {
            ZoneId zone = cinemaId == null ? market.zone() : catalog.findCinema(cinemaId).map(Cinema::timeZone).orElse(market.zone());
            ScreeningRequest sent = requests.send(caller(), new NewScreeningRequest(filmId, cinemaId, instant("earliest", earliest, zone),
                    instant("latest", latest, zone), minSeats, kind(kind), invitationOnly, note == null || note.isBlank() ? null : note));
            return "Request " + sent.id() + " sent.";
        });
    }

    @PostMapping("/screening-requests/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(required = false) Long hallId, @RequestParam(required = false) String startsAt,
                  @RequestParam(required = false) Long basePriceMinor, RedirectAttributes redirect) {
        return act(redirect, () -> {
            ScreeningRequest request = requests.get(caller(), id);
            ZoneId zone = catalog.cinema(request.cinemaId()).timeZone();
            ScreeningRequest done = requests.accept(caller(), id,
                    new ScreeningRequests.Acceptance(hallId, instant("startsAt", startsAt, zone), basePriceMinor, null, null));
            return "Request " + id + " accepted: screening " + done.screeningId() + " scheduled.";
        });
    }

    @PostMapping("/screening-requests/{id}/decline")
    String decline(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(redirect, () -> {
            requests.decline(caller(), id, reason);
            return "Request " + id + " declined.";
        });
    }

    @PostMapping("/screening-requests/{id}/propose")
    String propose(@PathVariable long id, @RequestParam(required = false) String earliest, @RequestParam(required = false) String latest,
                   @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(redirect, () -> {
            ZoneId zone = catalog.cinema(requests.get(caller(), id).cinemaId()).timeZone();
            requests.propose(caller(), id, new ScreeningRequests.Proposal(instant("earliest", earliest, zone), instant("latest", latest, zone),
                    note == null || note.isBlank() ? null : note));
            return "Another time proposed for request " + id + ".";
        });
    }

    @PostMapping("/screening-requests/{id}/agree")
    String agree(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, () -> {
            requests.agree(caller(), id);
            return "Request " + id + " sent again with the proposed time.";
        });
    }

    @PostMapping("/screening-requests/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, () -> {
            requests.withdraw(caller(), id);
            return "Request " + id + " withdrawn.";
        });
    }

    /**
     * The distributor invites a segment to its accepted invitation-only request, as POST /api/screening-requests/{id}/invitations
     * does: everyone with an interest, or the top N of the film's likely audience, in the cinema's city only if asked
     * (the form asks it by default); the holdout in percent (blank: the default).
     */
    @PostMapping("/screening-requests/{id}/invitations")
    String invite(@PathVariable long id, @RequestParam(required = false) String rule, @RequestParam(required = false) String interest,
                  @RequestParam(required = false) Integer top, @RequestParam(required = false) Double holdoutPercent,
                  @RequestParam(defaultValue = "false") boolean cinemaCityOnly, RedirectAttributes redirect) {
        return act(redirect, () -> {
            ScreeningRequest request = requests.get(caller(), id);
            boolean audience = "FILM_AUDIENCE".equals(rule);
            List<String> cities = cinemaCityOnly ? List.of(catalog.cinema(request.cinemaId()).city()) : null;
            NewOffer.Segment segment = new NewOffer.Segment(audience ? "FILM_AUDIENCE" : "INTERESTS", audience ? request.filmId() : null,
                    null, audience || interest == null || interest.isBlank() ? null : interest.strip(), null, audience ? top : null, cities);
            Invitations made = invitations.invite(caller(), id, new NewInvitations(segment,
                    holdoutPercent == null ? null : holdoutPercent / 100.0));
            return messages.getMessage("demo.invitations.sent", new Object[] {id, made.invited(), made.heldOut()},
                    LocaleContextHolder.getLocale());
        });
    }

    /** Runs an action and comes back to the list, saying what happened or what was wrong (another tenant's request: 404). */
    private String act(RedirectAttributes redirect, java.util.function.Supplier<String> action) {
        try {
            redirect.addAttribute("message", action.get());
        } catch (InvalidInput bad) {
            redirect.addAttribute("problem", sentences.text(Sentence.of("sentence.invalid",
                    new Sentence.Name("errors.param", bad.field()), bad.sentence() == null ? bad.getMessage() : bad.sentence(),
                    bad.field())));
        } catch (Conflict conflict) {
            redirect.addAttribute("problem", conflict.sentence() == null ? conflict.getMessage()
                    : sentences.text(conflict.sentence()));
        }
        return "redirect:/screening-requests";
    }

    /** The films the caller may send requests for: its distributor's (the operator: every distributor's), page by page. */
    private List<Film> ownFilms(Caller caller) {
        List<Film> own = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            var films = catalog.films(Caller.current(), FilmFilter.any(), new PageRequest(page, PageRequest.MAX_SIZE));
            films.items().stream().filter(f -> f.distributorTenantId() != null && caller.mayManage(f.distributorTenantId())).forEach(own::add);
            if (page + 1 >= films.pages()) {
                return own;
            }
        }
    }

    private Row row(Caller caller, ScreeningRequest r) {
        Cinema cinema = catalog.cinema(r.cinemaId());
        ZoneId zone = cinema.timeZone();
        String film = catalog.findFilm(r.filmId()).map(Film::displayTitle).orElse("film " + r.filmId());
        boolean mayAnswer = caller.mayManage(r.chainTenantId()) && (caller.isOperator() || caller.role() == Role.CINEMA_MANAGER);
        boolean maySend = caller.mayManage(r.distributorTenantId()) && (caller.isOperator() || caller.role() == Role.DISTRIBUTOR_ADMIN);
        List<Hall> halls = mayAnswer && r.status() == ScreeningRequest.Status.SENT
                ? catalog.halls(cinema.id()).stream().filter(h -> h.capacity() >= r.minSeats()).toList() : List.of();
        Invitations invited = null;
        if (maySend && r.invitationOnly() && r.status() == ScreeningRequest.Status.ACCEPTED) {
            try {
                invited = invitations.of(caller, r.id());
            } catch (NotFound none) {
                // not invited yet: the row offers the form
            }
        }
        return new Row(r, film, cinema, local(r.earliestStart(), zone), local(r.latestStart(), zone), local(r.proposedEarliest(), zone),
                local(r.proposedLatest(), zone), halls, mayAnswer, maySend, invited);
    }

    private static LocalDateTime local(Instant at, ZoneId zone) {
        return at == null ? null : LocalDateTime.ofInstant(at, zone);
    }

    private static Instant instant(String field, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.trim()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be a date and time such as 2026-12-24T19:30, not '" + value + "'");
        }
    }

    private static ScreeningRequest.Kind kind(String value) {
        try {
            return value == null || value.isBlank() ? null : ScreeningRequest.Kind.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "must be PREVIEW, TARGETED or FAN_EVENT");
        }
    }

    private static String earlier(String time) {
        return java.time.LocalTime.parse(time).minusHours(2).toString();
    }

    private static String later(String time) {
        return java.time.LocalTime.parse(time).plusHours(2).toString();
    }

    private static Caller caller() {
        return Caller.current().orElseThrow();
    }
}
