package marquee.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import marquee.accounts.Account;
import marquee.accounts.Accounts;
import marquee.audience.WordOfMouth;
import marquee.booking.CheckoutRequest;
import marquee.booking.HoldRequest;
import marquee.booking.Order;
import marquee.booking.Purchases;
import marquee.booking.ScreeningAdmission;
import marquee.booking.Ticket;
import marquee.campaigns.NewOffer;
import marquee.campaigns.Segments;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.Hall;
import marquee.demo.internal.ScreeningPlan.SlateEntry;
import marquee.previews.Invitations;
import marquee.previews.NewInvitations;
import marquee.previews.NewScreeningRequest;
import marquee.previews.ScreeningInvitations;
import marquee.previews.ScreeningRequest;
import marquee.previews.ScreeningRequest.Kind;
import marquee.previews.ScreeningRequests;
import marquee.shared.Backdating;
import marquee.shared.Conflict;
import marquee.shared.InvalidInput;
import marquee.shared.security.Caller;
import marquee.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Preview screenings of two press-release films, played through the previews, booking and word-of-mouth services as
 * Huaxia Art Films and the chains' managers would have, each step at its own moment ({@link Backdating}: the services
 * read the time from the clock, and the demo replays days before its first one).
 *
 * <ul>
 *   <li>Capernaum (opens 12 days before the demo's first day): an invitation-only preview for the moviegoers who care
 *       about family stories (10% held out at random), a public preview selling as presales, and a request the chain
 *       declined. Both previews were held a few days before the release: booked by people of the preview's city,
 *       scanned at the door, rated and reviewed after the show; others in the city marked want-to-see after it.</li>
 *   <li>Free Solo (opens 15 days before): an invitation-only preview for climbers, held likewise; and, after the
 *       demo's screening days, an invitation-only screening for climbers still to come (the demo moviegoer, a climber,
 *       sees it under "Your invitations" unless the holdout drew her) and a fan event for which the chain proposed
 *       another evening.</li>
 * </ul>
 * Requests go to the cinemas of the demo chains that have a manager (Wanda, CGV) among the cinemas just seeded; without
 * any, or without the demo accounts, there are no previews. Everything is drawn from the given random stream and
 * invitations use a fixed seed, so the same settings give the same previews. Bookings are light: at most
 * {@value #MAX_ORDERS} orders a preview.
 */
@Component
class DemoPreviews {

    private static final Logger log = LoggerFactory.getLogger(DemoPreviews.class);
    static final String DISTRIBUTOR = "admin@huaxia.demo";
    static final int MAX_ORDERS = 60;
    /** Candidates looked at for a preview's audience (their home city is read one by one). */
    private static final int MAX_CANDIDATES = 1500;
    private static final double HOLDOUT = 0.1;
    /** Fewer residents than this at a preview and people of other cities come too. */
    private static final int FEW = 10;
    private static final LocalTime EVENING = LocalTime.of(19, 30);

    private static final String[][] REVIEWS = {
            {"Saw it at a preview. Not for me.", "Too slow for my taste, even at a free preview."},
            {"Interesting, but I expected more after the buzz.", "Some strong scenes; uneven."},
            {"Saw it at the preview: moving and honest. Worth a ticket.", "Glad I went to the preview; I will bring friends."},
            {"The preview audience stayed for every credit. Unforgettable.", "Best screening I have been invited to. Go and see it."},
    };

    /** One demo preview request as seeded: what became of it, and its audience when it was held. */
    record Made(String film, ScreeningRequest request, Invitations invitations, int orders, int admitted, int rated) {
        @Override
        public String toString() {
            return "%s: request %d %s%s%s, %d orders, %d scanned, %d ratings".formatted(film, request.id(), request.status(),
                    request.invitationOnly() ? " invitation-only" : " public",
                    request.screeningId() == null ? "" : " (screening " + request.screeningId() + ")", orders, admitted, rated);
        }
    }

    private final ScreeningRequests requests;
    private final ScreeningInvitations invitations;
    private final Purchases purchases;
    private final ScreeningAdmission admission;
    private final Segments segments;
    private final WordOfMouth wordOfMouth;
    private final Accounts accounts;
    private final Catalog catalog;

    DemoPreviews(ScreeningRequests requests, ScreeningInvitations invitations, Purchases purchases, ScreeningAdmission admission,
                 Segments segments, WordOfMouth wordOfMouth, Accounts accounts, Catalog catalog) {
        this.requests = requests;
        this.invitations = invitations;
        this.purchases = purchases;
        this.admission = admission;
        this.segments = segments;
        this.wordOfMouth = wordOfMouth;
        this.accounts = accounts;
        this.catalog = catalog;
    }

    /**
     * Seeds the previews of the slate's Capernaum and Free Solo at the given (just seeded) cinemas; {@code upcoming} is
     * the first day after the demo's screening days, when the halls are free for the screenings still to come.
     */
    List<Made> seed(List<SlateEntry> slate, List<Long> cinemaIds, LocalDate firstDay, LocalDate upcoming, SplittableRandom random) {
        Optional<Account> distributor = accounts.accountByEmail(DISTRIBUTOR);
        List<Cinema> cinemas = cinemaIds.stream().map(catalog::cinema).filter(c -> manager(c).isPresent())
                .sorted(Comparator.comparingInt(Cinema::cityTier).thenComparingLong(Cinema::id)).toList();
        if (distributor.isEmpty() || cinemas.isEmpty()) {
            log.info("demo market: no previews (no demo distributor, or no cinema of a chain with a manager)");
            return List.of();
        }
        Caller huaxia = Accounts.callerOf(distributor.get());
        Picker picker = new Picker(cinemas);
        List<Made> made = new ArrayList<>();
        film(slate, "Capernaum").ifPresent(entry -> made.addAll(capernaum(huaxia, entry, picker, random)));
        film(slate, "Free Solo").ifPresent(entry -> made.addAll(freeSolo(huaxia, entry, picker, firstDay, upcoming, random)));
        made.forEach(m -> log.info("demo market: preview {}", m));
        return made;
    }

    private List<Made> capernaum(Caller huaxia, SlateEntry film, Picker picker, SplittableRandom random) {
        LocalDate release = firstRelease(film);
        String title = film.film().film().englishTitle();
        Instant sent = at(release.minusDays(10), 10, 0);
        Instant answered = at(release.minusDays(9), 11, 0);
        List<Made> made = new ArrayList<>();

        Cinema invited = picker.next(null);
        ScreeningRequest a = send(huaxia, film, invited, release.minusDays(5), Kind.PREVIEW, true,
                "Preview for people who care about family stories; the director's message before the film", sent);
        a = accept(a, invited, release.minusDays(5), answered);
        Invitations aInvited = invite(huaxia, a, "family", at(release.minusDays(8), 10, 0));
        made.add(hold(huaxia, title, film, a, aInvited, "family", release.minusDays(8), random));

        Cinema open = picker.next(invited.city());
        ScreeningRequest b = send(huaxia, film, open, release.minusDays(4), Kind.PREVIEW, false,
                "Public preview before the release: tickets sell as presales", sent.plusSeconds(120));
        b = accept(b, open, release.minusDays(4), answered.plusSeconds(300));
        made.add(hold(huaxia, title, film, b, null, "art-house", release.minusDays(7), random));

        Cinema busy = picker.next(open.city());
        ScreeningRequest c = send(huaxia, film, busy, release.minusDays(4), Kind.PREVIEW, false, "Second public preview", sent.plusSeconds(240));
        ScreeningRequest asked = c;
        c = Backdating.at(answered.plusSeconds(600), () -> requests.decline(manager(busy).orElseThrow(), asked.id(),
                "That evening is promised to a premiere; we can offer a matinee the week after the release."));
        made.add(new Made(title, c, null, 0, 0, 0));
        return made;
    }

    private List<Made> freeSolo(Caller huaxia, SlateEntry film, Picker picker, LocalDate firstDay, LocalDate upcoming,
                                SplittableRandom random) {
        LocalDate release = firstRelease(film);
        String title = film.film().film().englishTitle();
        List<Made> made = new ArrayList<>();

        Cinema climbers = picker.next(null);
        ScreeningRequest d = send(huaxia, film, climbers, release.minusDays(3), Kind.PREVIEW, true,
                "Climbers first: invitations to the climbing community", at(release.minusDays(9), 10, 0));
        d = accept(d, climbers, release.minusDays(3), at(release.minusDays(8), 11, 0));
        Invitations dInvited = invite(huaxia, d, "rock-climbing", at(release.minusDays(7), 10, 0));
        made.add(hold(huaxia, title, film, d, dInvited, "rock-climbing", release.minusDays(7), random));

        // Still to come: the demo moviegoer (Chengdu, a climber) is invited unless the holdout drew her.
        Cinema chengdu = picker.in("Chengdu").orElseGet(() -> picker.next(null));
        ScreeningRequest f = send(huaxia, film, chengdu, upcoming, Kind.TARGETED, true,
                "A screening for climbers, with a talk by a local climbing gym", at(firstDay.minusDays(3), 10, 0));
        f = accept(f, chengdu, upcoming, at(firstDay.minusDays(2), 11, 0));
        made.add(new Made(title, f, invite(huaxia, f, "rock-climbing", at(firstDay.minusDays(1), 10, 0)), 0, 0, 0));

        Cinema fans = picker.next(chengdu.city());
        ScreeningRequest e = send(huaxia, film, fans, upcoming, Kind.FAN_EVENT, false,
                "Fan event with a Q&A by climbers who have climbed El Capitan", at(firstDay.minusDays(2), 10, 30));
        ScreeningRequest sentE = e;
        e = Backdating.at(at(firstDay.minusDays(1), 11, 30), () -> requests.propose(manager(fans).orElseThrow(), sentE.id(),
                new ScreeningRequests.Proposal(window(fans, upcoming.plusDays(1))[0], window(fans, upcoming.plusDays(1))[1],
                        "Our big hall is taken that evening; the next evening is free.")));
        made.add(new Made(title, e, null, 0, 0, 0));
        return made;
    }

    /** Sends the request for an evening (18:30-20:30 on the cinema's clock) at the moment {@code at}. */
    private ScreeningRequest send(Caller huaxia, SlateEntry film, Cinema cinema, LocalDate day, Kind kind, boolean invitationOnly,
                                  String note, Instant at) {
        Instant[] window = window(cinema, day);
        int seats = Math.min(120, catalog.halls(cinema.id()).stream().mapToInt(Hall::capacity).max().orElse(1));
        return Backdating.at(at, () -> requests.send(huaxia, new NewScreeningRequest(film.filmId(), cinema.id(), window[0], window[1],
                seats, kind, invitationOnly, note)));
    }

    /** The chain's manager accepts in the smallest hall big enough, at 19:30; the request stays SENT if every such hall is booked then. */
    private ScreeningRequest accept(ScreeningRequest request, Cinema cinema, LocalDate day, Instant at) {
        Instant start = day.atTime(EVENING).atZone(cinema.timeZone()).toInstant();
        List<Hall> halls = catalog.halls(cinema.id()).stream().filter(h -> h.capacity() >= request.minSeats())
                .sorted(Comparator.comparingInt(Hall::capacity).thenComparingLong(Hall::id)).toList();
        for (Hall hall : halls) {
            try {
                return Backdating.at(at, () -> requests.accept(manager(cinema).orElseThrow(), request.id(),
                        new ScreeningRequests.Acceptance(hall.id(), start, ScreeningPlan.price(cinema.cityTier(), "2D"), "2D", null)));
            } catch (Conflict booked) {
                // that hall is taken then: the next one
            }
        }
        return request;
    }

    /** Invites the consenting moviegoers of the interest, 10% held out; none when nobody of it consents. */
    private Invitations invite(Caller huaxia, ScreeningRequest request, String interest, Instant at) {
        if (request.status() != ScreeningRequest.Status.ACCEPTED) {
            return null;
        }
        try {
            return Backdating.at(at, () -> invitations.invite(huaxia, request.id(), new NewInvitations(segment(interest), HOLDOUT),
                    request.id() * 7919L + interest.hashCode()));
        } catch (InvalidInput nobody) {
            log.info("demo market: no invitations for request {} ({})", request.id(), nobody.getMessage());
            return null;
        }
    }

    /**
     * The preview takes place: moviegoers of the cinema's city from the interest's consenting members (for an
     * invitation-only preview, those invited; others too when the city has few) book from {@code booking} on until it is about half full, most mark
     * want-to-see first; at the door 90% of orders are scanned; after the show most rate it, many with a short review;
     * the next day some of the city's others of the interest mark want-to-see.
     */
    private Made hold(Caller huaxia, String title, SlateEntry film, ScreeningRequest request, Invitations invited, String interest, LocalDate booking,
                      SplittableRandom random) {
        if (request.status() != ScreeningRequest.Status.ACCEPTED) {
            return new Made(title, request, invited, 0, 0, 0);
        }
        long screeningId = request.screeningId();
        Cinema cinema = catalog.cinema(request.cinemaId());
        Instant start = catalog.screening(screeningId).startsAt();
        int seatsWanted = purchases.seatPlan(screeningId).seats().size() / 2;
        List<Long> members = new ArrayList<>(Backdating.at(at(booking, 9, 0), () -> segments.consentingMembers(huaxia, segment(interest))));
        shuffle(members, random);
        List<Long> audience = new ArrayList<>();
        List<Long> others = new ArrayList<>();
        List<Long> visitors = new ArrayList<>();
        for (Long id : members.subList(0, Math.min(MAX_CANDIDATES, members.size()))) {
            boolean admitted = admission.admits(screeningId, id);
            if (cinema.city().equals(accounts.profile(id).homeCity())) {
                (admitted ? audience : others).add(id);
            } else if (admitted) {
                visitors.add(id);
            }
        }
        if (audience.size() < FEW) {
            audience.addAll(visitors); // a town with few of them: people come from elsewhere too
        }
        Instant from = at(booking, 12, 0);
        Duration step = Duration.between(from, start.minus(Duration.ofHours(2))).dividedBy(MAX_ORDERS);
        List<Order> orders = new ArrayList<>();
        int seats = 0;
        for (int i = 0; i < audience.size() && orders.size() < MAX_ORDERS && seats < seatsWanted; i++) {
            long buyer = audience.get(i);
            int size = random.nextInt(100) < 55 ? 2 : 1;
            boolean wants = random.nextInt(100) < 60;
            Order order = Backdating.at(from.plus(step.multipliedBy(orders.size())), () -> {
                if (wants) {
                    wordOfMouth.wantToSee(moviegoer(buyer), film.filmId());
                }
                List<Long> chosen = SeatChoice.pick(purchases.seatPlan(screeningId), size, random);
                if (chosen.isEmpty()) {
                    return null;
                }
                try {
                    var held = purchases.hold(buyer, new HoldRequest(screeningId, chosen));
                    return purchases.checkout(buyer, new CheckoutRequest(held.id(), null, "approve", null, null));
                } catch (Conflict tidied) {
                    // Booking's tidying runs on the real clock, to which this backdated hold (or pending order) is long
                    // expired: should it come by mid-checkout, the order is simply not made.
                    return null;
                }
            });
            if (order != null) {
                orders.add(order);
                seats += order.tickets().size();
            }
        }
        int admitted = 0;
        List<Order> attended = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            Order order = orders.get(i);
            if (random.nextInt(100) >= 90) {
                continue; // did not come
            }
            attended.add(order);
            for (Ticket ticket : order.tickets()) {
                Backdating.at(start.minus(Duration.ofMinutes(25)).plusSeconds(15L * admitted),
                        () -> purchases.checkIn(ticket.code(), order.cinemaId()));
                admitted++;
            }
        }
        double mean = Math.min(9.3, WordOfMouthSimulator.filmMean(film.filmId()) + 1.0);
        int rated = 0;
        for (Order order : attended) {
            if (random.nextInt(100) >= 80) {
                continue;
            }
            int rating = (int) Math.max(1, Math.min(10, Math.round(mean + 1.3 * random.nextGaussian())));
            String review = random.nextInt(100) < 55 ? review(rating, random) : null;
            Backdating.at(start.plus(Duration.ofMinutes(140 + 3L * rated)), () -> wordOfMouth.rate(moviegoer(order.buyerId()),
                    film.filmId(), rating, review));
            rated++;
        }
        // Word gets round the city: some who did not come mark want-to-see the next day.
        Instant nextDay = start.plus(Duration.ofHours(16));
        Set<Long> came = new HashSet<>(orders.stream().map(Order::buyerId).toList());
        List<Long> heard = new ArrayList<>(others);
        audience.stream().filter(id -> !came.contains(id)).forEach(heard::add);
        for (int i = 0; i < heard.size() && i < Math.max(3, attended.size() / 2); i++) {
            long id = heard.get(i);
            Backdating.at(nextDay.plus(Duration.ofMinutes(11L * i)), () -> wordOfMouth.wantToSee(moviegoer(id), film.filmId()));
        }
        return new Made(title, request, invited, orders.size(), admitted, rated);
    }

    private static NewOffer.Segment segment(String interest) {
        return new NewOffer.Segment("INTERESTS", null, null, interest, null, null);
    }

    private static String review(int rating, SplittableRandom random) {
        String[] band = REVIEWS[rating <= 4 ? 0 : rating <= 6 ? 1 : rating <= 8 ? 2 : 3];
        return band[random.nextInt(band.length)];
    }

    private static Instant[] window(Cinema cinema, LocalDate day) {
        return new Instant[] {day.atTime(18, 30).atZone(cinema.timeZone()).toInstant(),
                day.atTime(20, 30).atZone(cinema.timeZone()).toInstant()};
    }

    /** {@code hour:minute} of the day in China, the demo market's clock. */
    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(CinemaPlan.ZONE).toInstant();
    }

    private static LocalDate firstRelease(SlateEntry film) {
        return film.film().releases().stream().map(marquee.catalog.NewRelease::releaseDate).min(LocalDate::compareTo).orElseThrow();
    }

    /** The manager who answers for the cinema's chain: its first cinema manager. */
    private Optional<Caller> manager(Cinema cinema) {
        if (cinema.chainTenantId() == null) {
            return Optional.empty();
        }
        return accounts.staffOf(cinema.chainTenantId()).stream().filter(a -> a.role() == Role.CINEMA_MANAGER)
                .min(Comparator.comparingLong(Account::id)).map(Accounts::callerOf);
    }

    private static Caller moviegoer(long accountId) {
        return new Caller(accountId, "", Role.MOVIEGOER, null);
    }

    private static void shuffle(List<Long> ids, SplittableRandom random) {
        for (int i = ids.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            ids.set(j, ids.set(i, ids.get(j)));
        }
    }

    private static Optional<SlateEntry> film(List<SlateEntry> slate, String englishTitle) {
        return slate.stream().filter(e -> englishTitle.equals(e.film().film().englishTitle())).findFirst();
    }

    /** The chain cinemas in turn, a city other than the one just used when there is one. */
    private static final class Picker {
        private final List<Cinema> cinemas;
        private int next;

        Picker(List<Cinema> cinemas) {
            this.cinemas = cinemas;
        }

        Cinema next(String notIn) {
            for (int k = 0; k < cinemas.size(); k++) {
                Cinema c = cinemas.get((next + k) % cinemas.size());
                if (!c.city().equals(notIn)) {
                    next = (next + k + 1) % cinemas.size();
                    return c;
                }
            }
            return cinemas.get(next++ % cinemas.size());
        }

        Optional<Cinema> in(String city) {
            return cinemas.stream().filter(c -> c.city().equals(city)).findFirst();
        }
    }
}
