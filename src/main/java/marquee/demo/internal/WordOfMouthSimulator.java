package marquee.demo.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import marquee.audience.WordOfMouth;
import marquee.booking.Order;
import marquee.booking.Purchases;
import marquee.booking.Ticket;
import marquee.booking.TicketStatus;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.catalog.FilmFilter;
import marquee.catalog.FilmRelease;
import marquee.shared.Conflict;
import marquee.shared.NotFound;
import marquee.shared.PageOf;
import marquee.shared.PageRequest;
import marquee.shared.security.Caller;
import marquee.shared.security.Role;

/**
 * Word of mouth on the demo market, driven by the sales simulator's thread: a few demo moviegoers a minute mark
 * a film they want to see (one coming soon or showing), and a sample of the simulated orders goes to the show:
 * its tickets are scanned at the door when the show starts, and after it the buyer often rates the film and
 * sometimes writes a short review (canned texts by rating band), through the same services as the API. A refunded
 * order is neither scanned nor rated (the services refuse it). Each film has its own mean rating, so the
 * storefront's histograms differ. Nothing here survives a restart: the shows of orders sold before it go unrated.
 */
final class WordOfMouthSimulator {

    /** Share of paid orders whose buyers go to the show (and are followed to the door and to a rating). */
    static final int FOLLOWED_PERCENT = 3;
    static final int RATE_PERCENT = 60;
    static final int REVIEW_PERCENT = 50;
    static final double WANTS_PER_MINUTE = 3;
    /** The buyer rates this long after the show began (most shows run about two hours). */
    static final Duration RATES_AFTER_START = Duration.ofMinutes(140);
    static final Duration DOORS_OPEN = Duration.ofMinutes(15);
    private static final int MAX_FOLLOWED = 20_000;
    private static final Duration REREAD_FILMS = Duration.ofMinutes(30);

    private static final String[][] REVIEWS = {
            {"Not for me. I wanted to leave halfway.", "Disappointing: a thin story stretched too long.", "Skip it."},
            {"Some fine moments, but it drags.", "Decent, forgettable.", "Good actors, so-so script."},
            {"Well made and moving; worth a ticket.", "Enjoyed it more than I expected.", "Solid film, strong ending."},
            {"Wonderful. Go and see it on a big screen.", "The best film I have seen this year.", "Stayed with me for days. Bring tissues."},
    };

    private record Followed(Instant due, long buyerId, Order order, boolean admitted) {}

    private final Catalog catalog;
    private final Purchases purchases;
    private final WordOfMouth wordOfMouth;
    private final SplittableRandom random;
    private final int followedPercent;
    private final int ratePercent;
    private final PriorityQueue<Followed> followed = new PriorityQueue<>((a, b) -> a.due().compareTo(b.due()));
    private List<Long> films = List.of();
    private Instant filmsReadAt;
    int wanted;
    int admitted;
    int rated;
    int reviewed;

    WordOfMouthSimulator(Catalog catalog, Purchases purchases, WordOfMouth wordOfMouth, SplittableRandom random, int followedPercent,
                         int ratePercent) {
        this.ratePercent = ratePercent;
        this.catalog = catalog;
        this.purchases = purchases;
        this.wordOfMouth = wordOfMouth;
        this.random = random;
        this.followedPercent = followedPercent;
    }

    /** A paid order: followed to the show now and then. */
    void sold(Order order) {
        if (followed.size() < MAX_FOLLOWED && random.nextInt(100) < followedPercent) {
            followed.add(new Followed(order.startsAt().minus(DOORS_OPEN), order.buyerId(), order, false));
        }
    }

    /** One second: want-to-see marks, tickets scanned at shows starting, ratings and reviews after shows. */
    void tick(Instant now, Clock clock, IntFunction<Long> moviegoer, int moviegoers) {
        if (filmsReadAt == null || now.isAfter(filmsReadAt.plus(REREAD_FILMS))) {
            films = wantable(LocalDate.ofInstant(now, clock.getZone()));
            filmsReadAt = now;
        }
        if (!films.isEmpty() && random.nextDouble() < WANTS_PER_MINUTE / 60) {
            Long account = moviegoer.apply(random.nextInt(Math.max(1, moviegoers)));
            if (account != null) {
                wordOfMouth.wantToSee(moviegoer(account), films.get(random.nextInt(films.size())));
                wanted++;
            }
        }
        while (!followed.isEmpty() && !followed.peek().due().isAfter(now)) {
            Followed next = followed.poll();
            if (!next.admitted()) {
                if (admit(next.order())) {
                    followed.add(new Followed(next.order().startsAt().plus(RATES_AFTER_START), next.buyerId(), next.order(), true));
                }
            } else if (random.nextInt(100) < ratePercent) {
                rate(next);
            }
        }
    }

    /** Scans the order's tickets at the door; false when there was nothing to scan (refunded meanwhile). */
    private boolean admit(Order order) {
        boolean any = false;
        for (Ticket ticket : order.tickets()) {
            if (ticket.status() != TicketStatus.VALID) {
                continue;
            }
            try {
                purchases.checkIn(ticket.code(), order.cinemaId());
                admitted++;
                any = true;
            } catch (Conflict | NotFound refused) {
                // refunded since it was sold
            }
        }
        return any;
    }

    private void rate(Followed viewer) {
        long filmId = viewer.order().filmId();
        int rating = (int) Math.max(1, Math.min(10, Math.round(filmMean(filmId) + 1.6 * random.nextGaussian())));
        String review = random.nextInt(100) < REVIEW_PERCENT ? review(rating) : null;
        try {
            wordOfMouth.rate(moviegoer(viewer.buyerId()), filmId, rating, review);
            rated++;
            reviewed += review == null ? 0 : 1;
        } catch (WordOfMouth.NotAViewer | NotFound refused) {
            // refunded, or the film is gone
        }
    }

    /** A film's own mean rating, 5.5 to 8.9, the same on every run. */
    static double filmMean(long filmId) {
        return 5.5 + Math.floorMod(Long.hashCode(filmId * 0x9E3779B97F4A7C15L), 35) / 10.0;
    }

    private String review(int rating) {
        String[] band = REVIEWS[rating <= 4 ? 0 : rating <= 6 ? 1 : rating <= 8 ? 2 : 3];
        return band[random.nextInt(band.length)];
    }

    /** Announced films released from a month ago on: showing now or coming soon. */
    private List<Long> wantable(LocalDate today) {
        List<Long> ids = new ArrayList<>();
        PageOf<Film> page;
        int n = 0;
        do {
            page = catalog.films(FilmFilter.any(), new PageRequest(n++, PageRequest.MAX_SIZE));
            for (Film film : page.items()) {
                LocalDate first = film.releases().stream().map(FilmRelease::releaseDate).min(LocalDate::compareTo).orElse(LocalDate.MIN);
                if (!first.isBefore(today.minusDays(30))) {
                    ids.add(film.id());
                }
            }
        } while (n < page.pages());
        return ids;
    }

    private static Caller moviegoer(long accountId) {
        return new Caller(accountId, "", Role.MOVIEGOER, null);
    }

    @Override
    public String toString() {
        return "%d want-to-see marks, %d tickets scanned, %d ratings (%d with a review)".formatted(wanted, admitted, rated, reviewed);
    }
}
