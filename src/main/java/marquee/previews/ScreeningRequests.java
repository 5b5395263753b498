package marquee.previews;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.Film;
import marquee.catalog.Hall;
import marquee.catalog.NewScreening;
import marquee.catalog.Screening;
import marquee.previews.ScreeningRequest.Status;
import marquee.previews.internal.ScreeningRequestStore;
import marquee.shared.Conflict;
import marquee.shared.InvalidInput;
import marquee.shared.NotFound;
import marquee.shared.security.Caller;
import marquee.shared.Sentence;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening requests between a film's distributor and the chain that runs a cinema. The distributor sends, agrees to a
 * proposed window, or withdraws; the chain accepts (scheduling the screening through the catalog, whose overlap rule
 * refuses a hall already booked then), declines with a reason, or proposes another window. A request is seen by its
 * two tenants and the operator only: anyone else is answered 404, as for a missing one.
 */
@Service
@Transactional
public class ScreeningRequests {

    /** How far ahead a window may reach, and how many requests a listing shows. */
    static final Duration LONGEST_REACH = Duration.ofDays(366);
    static final int LISTED = 500;

    /** How the chain schedules an accepted request: the hall, the start inside the window, and the ticket price. */
    public record Acceptance(Long hallId, Instant startsAt, Long basePriceMinor, String format, String language) {}

    /** Another window for the start, proposed by the chain, with an optional note. */
    public record Proposal(Instant earliestStart, Instant latestStart, String note) {}

    private final ScreeningRequestStore store;
    private final Catalog catalog;
    private final Clock clock;

    ScreeningRequests(ScreeningRequestStore store, Catalog catalog, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Sends a request for the caller's distributor's film (the operator: any distributor's film). */
    public ScreeningRequest send(Caller caller, NewScreeningRequest request) {
        if (request == null) {
            throw new InvalidInput("body", "is required");
        }
        require("filmId", request.filmId());
        require("cinemaId", request.cinemaId());
        require("kind", request.kind());
        require("minSeats", request.minSeats());
        Film film = catalog.findFilm(request.filmId())
                .filter(f -> f.distributorTenantId() != null && caller.mayManage(f.distributorTenantId()))
                .orElseThrow(() -> new InvalidInput("filmId", "is not a film of your distributor"));
        Cinema cinema = catalog.findCinema(request.cinemaId())
                .orElseThrow(() -> new InvalidInput("cinemaId", "is not a known cinema"));
        if (cinema.chainTenantId() == null) {
            throw new InvalidInput("cinemaId", "is not run by a cinema chain on Marquee: nobody could answer the request");
        }
        checkWindow("earliestStart", request.earliestStart(), "latestStart", request.latestStart());
        if (request.minSeats() < 1) {
            throw new InvalidInput("minSeats", "must be at least 1");
        }
        int biggest = catalog.halls(cinema.id()).stream().mapToInt(Hall::capacity).max().orElse(0);
        if (request.minSeats() > biggest) {
            throw new InvalidInput("minSeats", "is more than the cinema's biggest hall has (" + biggest + " seats)");
        }
        checkNote("note", request.note(), false);
        long id = store.insert(request, film.distributorTenantId(), cinema.chainTenantId(), caller.accountId(), clock.instant());
        return store.find(id).orElseThrow();
    }

    /** The caller's requests, newest first: sent by its distributor or to its chain's cinemas (the operator: all). */
    @Transactional(readOnly = true)
    public List<ScreeningRequest> list(Caller caller) {
        return store.ofTenant(caller.isOperator() ? null : caller.tenantId(), LISTED);
    }

    @Transactional(readOnly = true)
    public ScreeningRequest get(Caller caller, long id) {
        ScreeningRequest request = store.find(id).orElseThrow(() -> new NotFound("screening request", id));
        if (!caller.mayManage(request.distributorTenantId()) && !caller.mayManage(request.chainTenantId())) {
            throw new NotFound("screening request", id);
        }
        return request;
    }

    /**
     * The chain accepts: the request turns ACCEPTED only if it is still SENT (a conditional update), and in the same
     * transaction the catalog schedules the screening. Of two acceptances at once, the second finds the request no
     * longer SENT and is refused (409); a hall already booked then is refused by the catalog (409) and the whole
     * transaction rolls back, leaving the request SENT.
     */
    public ScreeningRequest accept(Caller caller, long id, Acceptance acceptance) {
        ScreeningRequest request = asChain(caller, id);
        expectOpen(request, Status.SENT);
        if (acceptance == null) {
            throw new InvalidInput("body", "is required");
        }
        require("hallId", acceptance.hallId());
        require("startsAt", acceptance.startsAt());
        require("basePriceMinor", acceptance.basePriceMinor());
        Hall hall = catalog.halls(request.cinemaId()).stream().filter(h -> h.id() == acceptance.hallId()).findFirst()
                .orElseThrow(() -> new InvalidInput("hallId", "is not a hall of cinema " + request.cinemaId()));
        if (hall.capacity() < request.minSeats()) {
            throw new InvalidInput("hallId", Sentence.of("sentence.requests.hallTooSmall", hall.capacity(), request.minSeats()));
        }
        Instant start = acceptance.startsAt();
        if (start.isBefore(request.earliestStart()) || start.isAfter(request.latestStart())) {
            throw new InvalidInput("startsAt", "must be inside the request's window, " + request.earliestStart() + " to "
                    + request.latestStart());
        }
        if (!start.isAfter(clock.instant())) {
            throw new InvalidInput("startsAt", Sentence.of("sentence.requests.inThePast"));
        }
        if (!changed(() -> store.accept(id, clock.instant()))) {
            throw notAnymore(id, Status.SENT);
        }
        Film film = catalog.film(request.filmId());
        Screening screening;
        try {
            screening = catalog.schedule(new NewScreening(hall.id(), film.id(), releaseFor(film, request, start), start,
                    blankOr(acceptance.format(), "2D"), blankOr(acceptance.language(), film.originalLanguage()),
                    acceptance.basePriceMinor(), null));
        } catch (Conflict booked) {
            // The catalog's one overlap rule; this transaction (the request's change included) rolls back.
            throw new Conflict("hall '" + hall.name() + "' is already booked then (" + booked.getMessage()
                    + "); choose another hall or time. The request stays SENT");
        }
        if (request.invitationOnly()) {
            catalog.unlist(screening.id()); // in no public listing: its invitees find it through their invitations
        }
        store.recordScreening(id, screening.id());
        return store.find(id).orElseThrow();
    }

    /** The chain declines, saying why. */
    public ScreeningRequest decline(Caller caller, long id, String reason) {
        asChain(caller, id);
        checkNote("reason", reason, true);
        if (!changed(() -> store.decline(id, reason.strip(), clock.instant()))) {
            throw notAnymore(id, Status.SENT);
        }
        return store.find(id).orElseThrow();
    }

    /** The chain proposes another window; the distributor agrees (the request is SENT again with it) or withdraws. */
    public ScreeningRequest propose(Caller caller, long id, Proposal proposal) {
        asChain(caller, id);
        if (proposal == null) {
            throw new InvalidInput("body", "is required");
        }
        checkWindow("earliestStart", proposal.earliestStart(), "latestStart", proposal.latestStart());
        checkNote("note", proposal.note(), false);
        if (!changed(() -> store.propose(id, proposal.earliestStart(), proposal.latestStart(), proposal.note(), clock.instant()))) {
            throw notAnymore(id, Status.SENT);
        }
        return store.find(id).orElseThrow();
    }

    /** The distributor agrees to the chain's proposed window: the request is SENT again, with that window. */
    public ScreeningRequest agree(Caller caller, long id) {
        ScreeningRequest request = asDistributor(caller, id);
        if (request.status() == Status.PROPOSED && !request.proposedEarliest().isAfter(clock.instant())) {
            throw new Conflict(Sentence.of("sentence.requests.proposedInThePast", String.valueOf(id)));
        }
        if (!changed(() -> store.agree(id, clock.instant()))) {
            throw notAnymore(id, Status.PROPOSED);
        }
        return store.find(id).orElseThrow();
    }

    /** The distributor withdraws a request not yet answered for good (SENT or PROPOSED). */
    public ScreeningRequest withdraw(Caller caller, long id) {
        asDistributor(caller, id);
        if (!changed(() -> store.withdraw(id, clock.instant()))) {
            throw new Conflict(Sentence.of("sentence.requests.alreadyAnswered", String.valueOf(id)));
        }
        return store.find(id).orElseThrow();
    }

    /**
     * The release the screening belongs to: the latest on or before its day, as the catalog would choose; a preview
     * before the film's first release belongs to that first release (the catalog alone would refuse it).
     */
    private Long releaseFor(Film film, ScreeningRequest request, Instant start) {
        java.time.LocalDate day = start.atZone(catalog.cinema(request.cinemaId()).timeZone()).toLocalDate();
        return film.releases().stream().filter(r -> !r.releaseDate().isAfter(day))
                .max(java.util.Comparator.comparing(marquee.catalog.FilmRelease::releaseDate))
                .or(() -> film.releases().stream().min(java.util.Comparator.comparing(marquee.catalog.FilmRelease::releaseDate)))
                .map(marquee.catalog.FilmRelease::id).orElse(null);
    }

    private ScreeningRequest asChain(Caller caller, long id) {
        ScreeningRequest request = get(caller, id);
        if (!caller.mayManage(request.chainTenantId())) {
            throw new NotFound("screening request", id);
        }
        return request;
    }

    private ScreeningRequest asDistributor(Caller caller, long id) {
        ScreeningRequest request = get(caller, id);
        if (!caller.mayManage(request.distributorTenantId())) {
            throw new NotFound("screening request", id);
        }
        return request;
    }

    private static void expectOpen(ScreeningRequest request, Status expected) {
        if (request.status() != expected) {
            throw notAnymore(request.id(), expected);
        }
    }

    private static Conflict notAnymore(long id, Status expected) {
        return new Conflict(Sentence.of("sentence.requests.notAnymore", String.valueOf(id),
                new Sentence.Name("req.status", expected.name())));
    }

    /**
     * Runs a conditional update. A database that refuses the second of two concurrent updates of a row outright
     * (instead of making it wait and find nothing to change) has answered the same: someone else was first.
     */
    private static boolean changed(java.util.function.BooleanSupplier update) {
        try {
            return update.getAsBoolean();
        } catch (ConcurrencyFailureException raced) {
            return false;
        }
    }

    private void checkWindow(String earliestName, Instant earliest, String latestName, Instant latest) {
        require(earliestName, earliest);
        require(latestName, latest);
        Instant now = clock.instant();
        if (!earliest.isAfter(now)) {
            throw new InvalidInput(earliestName, "is in the past; the window must start later than now (" + now + ")");
        }
        if (latest.isBefore(earliest)) {
            throw new InvalidInput(latestName, "is before " + earliestName);
        }
        if (latest.isAfter(now.plus(LONGEST_REACH))) {
            throw new InvalidInput(latestName, "is more than a year ahead");
        }
    }

    private static void checkNote(String name, String text, boolean required) {
        if (required && (text == null || text.isBlank())) {
            throw new InvalidInput(name, "is required");
        }
        if (text != null && text.length() > 500) {
            throw new InvalidInput(name, "must be at most 500 characters");
        }
    }

    private static void require(String name, Object value) {
        if (value == null) {
            throw new InvalidInput(name, "is required");
        }
    }

    private static String blankOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
