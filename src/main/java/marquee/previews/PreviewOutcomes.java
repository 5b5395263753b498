package marquee.previews;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import marquee.audience.CityOpinions;
import marquee.audience.CityOpinions.CityWantToSee;
import marquee.audience.CityOpinions.VerifiedRating;
import marquee.booking.ScreeningAttendance;
import marquee.booking.ScreeningAttendance.Attendee;
import marquee.boxoffice.CitySales;
import marquee.boxoffice.CitySales.CityTakings;
import marquee.campaigns.Lift;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.City;
import marquee.catalog.Film;
import marquee.catalog.FilmRelease;
import marquee.catalog.Hall;
import marquee.catalog.Screening;
import marquee.previews.PreviewResults.Attendance;
import marquee.previews.PreviewResults.CityEffect;
import marquee.previews.PreviewResults.CityFigures;
import marquee.previews.PreviewResults.Difference;
import marquee.previews.PreviewResults.RatingGroup;
import marquee.previews.PreviewResults.Ratings;
import marquee.previews.PreviewResults.Sales;
import marquee.previews.PreviewResults.WantToSee;
import marquee.previews.internal.CityMatching;
import marquee.previews.internal.CityMatching.Candidate;
import marquee.previews.internal.CityMatching.Match;
import marquee.previews.internal.InvitationStore;
import marquee.previews.internal.ScreeningRequestStore;
import marquee.shared.Conflict;
import marquee.shared.Sentence;
import marquee.shared.MarketSettings;
import marquee.shared.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of a preview ({@link PreviewResults}): for the distributor that asked for it and the chain that hosted it
 * (and the operator); anyone else is answered 404 as for a missing request. Reads booking's tickets, the audience's
 * want-to-see marks and verified ratings, and the box office's sales by city; stores nothing.
 */
@Service
@Transactional(readOnly = true)
public class PreviewOutcomes {

    /** How many box office days after the preview's own count as its "later sales". */
    public static final int SALES_DAYS = 28;

    private final ScreeningRequests requests;
    private final ScreeningRequestStore requestStore;
    private final InvitationStore invitations;
    private final Catalog catalog;
    private final ScreeningAttendance attendance;
    private final CityOpinions opinions;
    private final CitySales sales;
    private final MarketSettings market;
    private final Clock clock;

    PreviewOutcomes(ScreeningRequests requests, ScreeningRequestStore requestStore, InvitationStore invitations, Catalog catalog,
                    ScreeningAttendance attendance, CityOpinions opinions, CitySales sales, MarketSettings market, Clock clock) {
        this.requests = requests;
        this.requestStore = requestStore;
        this.invitations = invitations;
        this.catalog = catalog;
        this.attendance = attendance;
        this.opinions = opinions;
        this.sales = sales;
        this.market = market;
        this.clock = clock;
    }

    /** The request's results: 404 for a request the caller may not see, 409 until it is accepted with its screening. */
    public PreviewResults of(Caller caller, long requestId) {
        ScreeningRequest request = requests.get(caller, requestId);
        if (request.status() != ScreeningRequest.Status.ACCEPTED || request.screeningId() == null) {
            throw new Conflict(Sentence.of("sentence.previews.notAccepted", String.valueOf(requestId),
                    new Sentence.Name("req.status", request.status().name())));
        }
        Film film = catalog.film(request.filmId());
        Screening screening = catalog.screening(request.screeningId());
        Cinema cinema = catalog.cinema(screening.cinemaId());
        Instant now = clock.instant();
        LocalDate previewDay = screening.startsAt().atZone(screening.timeZone()).toLocalDate();
        LocalDate release = film.releases().stream().map(FilmRelease::releaseDate).min(LocalDate::compareTo).orElse(null);
        List<String> caveats = new ArrayList<>();
        boolean started = !screening.startsAt().isAfter(now);
        if (!started) {
            caveats.add("NOT_STARTED");
        }

        List<Attendee> attendees = attendance.attendees(screening.id());
        Attendance attended = attendance(request, screening, attendees, caveats);

        // Everyone at any preview of the film, and the cities that had one: neither is a comparison for this one.
        List<ScreeningRequest> previews = requestStore.acceptedOfFilm(film.id());
        Set<Long> previewGoers = new HashSet<>();
        Set<String> previewCities = new HashSet<>();
        for (ScreeningRequest other : previews) {
            previewCities.add(catalog.cinema(other.cinemaId()).city());
            attendance.attendees(other.screeningId()).forEach(a -> previewGoers.add(a.buyerId()));
        }
        Set<Long> here = new HashSet<>();
        attendees.forEach(a -> here.add(a.buyerId()));
        Ratings ratings = ratings(film.id(), here, previewGoers, caveats);

        Instant from = screening.startsAt();
        Instant releaseStart = release == null ? null : release.atStartOfDay(market.zone()).toInstant();
        Instant to = releaseStart != null && releaseStart.isAfter(from) ? releaseStart : (now.isAfter(from) ? now : from);
        Map<String, CityWantToSee> marks = opinions.wantToSee(film.id(), from, to);
        LocalDate salesFrom = previewDay.plusDays(1);
        LocalDate salesTo = previewDay.plusDays(SALES_DAYS);
        Map<String, CityTakings> takings = new HashMap<>();
        sales.byCity(film.id(), salesFrom, salesTo).forEach(t -> takings.put(t.city(), t));
        Map<String, Long> cityTickets = new HashMap<>();
        sales.allFilms(salesFrom, salesTo).forEach(t -> cityTickets.put(t.city(), t.admissions()));

        Map<String, City> cities = new HashMap<>();
        catalog.cities().forEach(c -> cities.put(c.name(), c));
        Candidate previewCity = candidate(cinema.city(), cinema.cityTier(), marks);
        List<Candidate> candidates = cities.values().stream().filter(c -> !previewCities.contains(c.name()))
                .map(c -> candidate(c.name(), c.tier(), marks)).toList();
        List<Match> matched = CityMatching.nearest(previewCity, candidates, CityMatching.MATCHED);
        if (previewCity.moviegoers() == 0) {
            caveats.add("NO_MOVIEGOERS_IN_CITY");
        }
        if (matched.size() < CityMatching.MATCHED) {
            caveats.add("FEW_MATCHED_CITIES");
        }

        List<CityFigures> figures = new ArrayList<>();
        figures.add(figures(previewCity, "PREVIEW", 0, marks, takings, cityTickets));
        matched.forEach(m -> figures.add(figures(m.city(), "MATCHED", m.distance(), marks, takings, cityTickets)));
        CityFigures p = figures.get(0);
        List<CityFigures> m = figures.subList(1, figures.size());
        CityEffect growth = CityMatching.effect(p.wantToSeeGrowthPer1000(), p.wantToSeeAdded(), p.moviegoers(),
                m.stream().map(CityFigures::wantToSeeGrowthPer1000).toList());
        CityEffect perThousand = CityMatching.effect(p.admissionsPer1000(), p.admissions(), p.moviegoers(),
                m.stream().map(CityFigures::admissionsPer1000).toList());
        CityEffect share = CityMatching.effect(p.sharePct(), p.admissions(), p.cityAdmissions(), 100,
                m.stream().map(CityFigures::sharePct).toList());
        if (p.admissions() == 0 && m.stream().allMatch(c -> c.admissions() == 0)) {
            caveats.add("NO_LATER_SALES");
        } else if (perThousand.smallNumbers()) {
            caveats.add("SALES_SMALL_NUMBERS");
        }
        if (growth.smallNumbers()) {
            caveats.add("WANT_TO_SEE_SMALL_NUMBERS");
        }
        double scale = p.moviegoers() / 1000.0;
        Sales sold = new Sales(salesFrom, salesTo, p.admissions(), perThousand,
                scaled(perThousand.difference(), scale), scaled(perThousand.low(), scale), scaled(perThousand.high(), scale), share);
        return new PreviewResults(request.id(), film.id(), film.displayTitle(), screening.id(), cinema.id(), cinema.name(), cinema.city(),
                cinema.cityTier(), request.kind(), request.invitationOnly(), screening.startsAt(), previewDay, release, started, attended,
                ratings, new WantToSee(from, to, growth), sold, figures, CityMatching.RULE, caveats);
    }

    /**
     * The results of every accepted preview of the film the caller may see (the distributor: all of them; a chain: those
     * it hosted), oldest request first. 404 for an unknown film, or one of which the caller may see no preview and that
     * is not its distributor's.
     */
    public List<PreviewResults> ofFilm(Caller caller, long filmId) {
        Film film = catalog.findFilm(filmId).orElseThrow(() -> new marquee.shared.NotFound("film", filmId));
        List<ScreeningRequest> visible = requestStore.acceptedOfFilm(filmId).stream()
                .filter(r -> caller.mayManage(r.distributorTenantId()) || caller.mayManage(r.chainTenantId())).toList();
        if (visible.isEmpty() && (film.distributorTenantId() == null || !caller.mayManage(film.distributorTenantId()))) {
            throw new marquee.shared.NotFound("film", filmId);
        }
        return visible.stream().map(r -> of(caller, r.id())).toList();
    }

    private Attendance attendance(ScreeningRequest request, Screening screening, List<Attendee> attendees, List<String> caveats) {
        int seats = catalog.halls(screening.cinemaId()).stream().filter(h -> h.id() == screening.hallId()).mapToInt(Hall::capacity)
                .findFirst().orElse(0);
        long booked = attendees.stream().mapToLong(Attendee::seats).sum();
        long checkedIn = attendees.stream().mapToLong(Attendee::checkedIn).sum();
        Integer invited = null;
        Integer heldOut = null;
        Double invitedBooked = null;
        Difference filmBuyers = null;
        var made = request.invitationOnly() ? invitations.find(request.id()) : java.util.Optional.<Invitations>empty();
        if (made.isPresent()) {
            invited = made.get().invited();
            heldOut = made.get().heldOut();
            Map<Long, Boolean> arms = invitations.arms(screening.id());
            Set<Long> bookers = new HashSet<>();
            attendees.forEach(a -> bookers.add(a.buyerId()));
            Set<Long> holders = attendance.ticketHolders(request.filmId());
            Lift.Moments treated = new Lift.Moments();
            Lift.Moments control = new Lift.Moments();
            long invitedWhoBooked = 0;
            for (Map.Entry<Long, Boolean> arm : arms.entrySet()) {
                double bought = holders.contains(arm.getKey()) ? 1 : 0;
                if (arm.getValue()) {
                    control.add(bought);
                } else {
                    treated.add(bought);
                    invitedWhoBooked += bookers.contains(arm.getKey()) ? 1 : 0;
                }
            }
            invitedBooked = invited == 0 ? null : CityMatching.round((double) invitedWhoBooked / invited);
            filmBuyers = difference(Lift.of(treated, control));
        } else if (request.invitationOnly()) {
            caveats.add("NO_INVITATIONS");
        }
        return new Attendance(seats, invited, heldOut, attendees.size(), booked, checkedIn,
                seats == 0 ? 0 : CityMatching.round((double) booked / seats), booked == 0 ? null : CityMatching.round((double) checkedIn / booked),
                invitedBooked, filmBuyers);
    }

    private Ratings ratings(long filmId, Set<Long> here, Set<Long> previewGoers, List<String> caveats) {
        long[] mine = new long[10];
        long[] others = new long[10];
        Lift.Moments treated = new Lift.Moments();
        Lift.Moments control = new Lift.Moments();
        for (VerifiedRating r : opinions.verifiedRatings(filmId)) {
            if (here.contains(r.accountId())) {
                mine[r.rating() - 1]++;
                treated.add(r.rating());
            } else if (!previewGoers.contains(r.accountId())) {
                others[r.rating() - 1]++;
                control.add(r.rating());
            }
        }
        Difference difference = difference(Lift.of(treated, control));
        if (treated.n() < CityMatching.SMALL || control.n() < CityMatching.SMALL) {
            caveats.add("FEW_RATINGS");
        }
        return new Ratings(group(mine), group(others), difference);
    }

    private static RatingGroup group(long[] histogram) {
        long n = 0;
        long sum = 0;
        long high = 0;
        for (int i = 0; i < 10; i++) {
            n += histogram[i];
            sum += histogram[i] * (i + 1);
            high += i + 1 >= 8 ? histogram[i] : 0;
        }
        return new RatingGroup(n, n == 0 ? null : CityMatching.round((double) sum / n), n == 0 ? null : CityMatching.round((double) high / n),
                java.util.Arrays.stream(histogram).boxed().toList());
    }

    private static Difference difference(Lift lift) {
        long a = lift.treated().n();
        long b = lift.control().n();
        // Both groups all alike (e.g. every invited bought, no held out did): Welch has no spread to go on, so no interval.
        boolean none = Double.isNaN(lift.low()) || lift.low() == lift.high();
        Double low = none ? null : CityMatching.round(lift.low());
        Double high = none ? null : CityMatching.round(lift.high());
        boolean small = a < CityMatching.SMALL || b < CityMatching.SMALL || low == null || (low <= 0 && high >= 0);
        return new Difference(a, finite(lift.treated().mean()), b, finite(lift.control().mean()), finite(lift.absolute()), low, high, small);
    }

    private static Double finite(double value) {
        return Double.isNaN(value) ? null : CityMatching.round(value);
    }

    private static Double scaled(Double value, double scale) {
        return value == null ? null : CityMatching.round(value * scale);
    }

    private static Candidate candidate(String city, int tier, Map<String, CityWantToSee> marks) {
        CityWantToSee w = marks.get(city);
        return new Candidate(city, tier, w == null ? 0 : w.moviegoers(), w == null ? 0 : w.before());
    }

    private static CityFigures figures(Candidate c, String role, double distance, Map<String, CityWantToSee> marks,
                                       Map<String, CityTakings> takings, Map<String, Long> cityTickets) {
        CityWantToSee w = marks.get(c.city());
        long added = w == null ? 0 : w.between();
        CityTakings t = takings.get(c.city());
        long admissions = t == null ? 0 : t.admissions();
        return new CityFigures(c.city(), c.tier(), role, CityMatching.round(distance), c.moviegoers(), c.marksBefore(), added,
                CityMatching.round(CityMatching.per1000(c.marksBefore(), c.moviegoers())),
                CityMatching.round(CityMatching.per1000(added, c.moviegoers())), admissions, t == null ? 0 : t.grossMinor(),
                CityMatching.round(CityMatching.per1000(admissions, c.moviegoers())), cityTickets.getOrDefault(c.city(), 0L),
                CityMatching.round(CityMatching.per1000(admissions, cityTickets.getOrDefault(c.city(), 0L)) / 10));
    }
}
