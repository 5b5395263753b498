package marquee.audience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import marquee.accounts.Accounts;
import marquee.audience.OpinionCurves.AudienceFlag;
import marquee.audience.OpinionCurves.RatingDay;
import marquee.audience.OpinionCurves.WantToSeeDay;
import marquee.booking.Viewings;
import marquee.catalog.Film;
import marquee.catalog.FilmRelease;
import marquee.shared.InvalidInput;
import marquee.shared.MarketSettings;
import marquee.shared.NotFound;
import marquee.shared.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Want-to-see marks and ratings from moviegoers, and the curves and flags distributors read from them.
 * Only verified viewers rate and review (a paid ticket, not refunded, for a screening of the film that has
 * started); ratings stored before that rule may be unverified and are left out of the storefront's score.
 */
@Service
public class WordOfMouth {

    /** An account made less than this before it marks or rates counts as new. */
    static final Duration NEW_ACCOUNT = Duration.ofDays(7);
    /** The longest review, in characters (the column's size). */
    public static final int REVIEW_LENGTH = 2000;

    private final JdbcClient jdbc;
    private final marquee.catalog.Catalog catalog;
    private final Accounts accounts;
    private final Portraits portraits;
    private final Viewings viewings;
    private final Clock clock;
    private final ZoneId market;

    WordOfMouth(JdbcClient jdbc, marquee.catalog.Catalog catalog, Accounts accounts, Portraits portraits, Viewings viewings,
                Clock clock, MarketSettings market) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.accounts = accounts;
        this.portraits = portraits;
        this.viewings = viewings;
        this.clock = clock;
        this.market = market.zone();
    }

    /** The moviegoer wants to see the film; marking twice changes nothing. */
    @Transactional
    public void wantToSee(Caller moviegoer, long filmId) {
        announced(filmId);
        if (jdbc.sql("select count(*) from want_to_see where account_id = ? and film_id = ?").params(moviegoer.accountId(), filmId)
                .query(Long.class).single() == 0) {
            jdbc.sql("insert into want_to_see (account_id, film_id, marked_at, account_created_at) values (?, ?, ?, ?)")
                    .params(moviegoer.accountId(), filmId, utc(clock.instant()), utc(createdAt(moviegoer))).update();
        }
    }

    @Transactional
    public void noLongerWantToSee(Caller moviegoer, long filmId) {
        jdbc.sql("delete from want_to_see where account_id = ? and film_id = ?").params(moviegoer.accountId(), filmId).update();
    }

    /**
     * Rates the film 1-10 with an optional review (at most {@value #REVIEW_LENGTH} characters; blank means none).
     * Only a verified viewer may: a paid ticket, not refunded, for a screening of the film that has started
     * ({@link Viewings}); anyone else gets {@link NotAViewer}. Once per film: rating again replaces the rating and
     * review (the row's key is the moviegoer and the film), keeping the review's votes.
     */
    @Transactional
    public void rate(Caller moviegoer, long filmId, int rating, String review) {
        if (rating < 1 || rating > 10) {
            throw new InvalidInput("rating", "must be 1 to 10");
        }
        String text = review == null || review.isBlank() ? null : review.strip();
        if (text != null && text.length() > REVIEW_LENGTH) {
            throw new InvalidInput("review", "must be at most " + REVIEW_LENGTH + " characters");
        }
        announced(filmId);
        switch (viewing(moviegoer, filmId)) {
            case NO_TICKET -> throw new NotAViewer("only a verified viewer may rate or review this film: a paid ticket, "
                    + "not refunded, for a screening of it that has started");
            case NOT_YET_STARTED -> throw new NotAViewer("ratings and reviews open when your screening of this film starts");
            case SAW_IT -> { }
        }
        OffsetDateTime now = utc(clock.instant());
        int updated = jdbc.sql("update film_rating set rating = ?, review = ?, rated_at = ?, verified = ? where account_id = ? and film_id = ?")
                .params(rating, text, now, true, moviegoer.accountId(), filmId).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into film_rating (account_id, film_id, rating, review, rated_at, verified, account_created_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(moviegoer.accountId(), filmId, rating, text, now, true, utc(createdAt(moviegoer))).update();
        }
    }

    /** What the moviegoer's tickets say about having seen the film now. */
    public Viewings.Viewing viewing(Caller moviegoer, long filmId) {
        return viewings.of(moviegoer.accountId(), filmId, clock.instant());
    }

    /** Refused: the caller is not (yet) a verified viewer of the film; answered as 403. */
    public static class NotAViewer extends RuntimeException {
        NotAViewer(String reason) {
            super(reason);
        }
    }

    /** The film's curves and flags, for those who may see its portrait (404 for anyone else). */
    @Transactional(readOnly = true)
    public OpinionCurves curves(Caller caller, long filmId) {
        Film film = catalog.findFilm(filmId).filter(f -> portraits.mayView(caller, f)).orElseThrow(() -> new NotFound("film", filmId));
        TreeMap<LocalDate, long[]> marks = new TreeMap<>();
        jdbc.sql("select marked_at, account_created_at from want_to_see where film_id = ?").param(filmId).query(rs -> {
            Instant at = rs.getObject(1, OffsetDateTime.class).toInstant();
            long[] day = marks.computeIfAbsent(day(at), d -> new long[2]);
            day[0]++;
            day[1] += isNew(rs.getObject(2, OffsetDateTime.class).toInstant(), at) ? 1 : 0;
        });
        TreeMap<LocalDate, long[]> ratings = new TreeMap<>();
        jdbc.sql("select rated_at, rating, verified, account_created_at from film_rating where film_id = ?").param(filmId).query(rs -> {
            Instant at = rs.getObject(1, OffsetDateTime.class).toInstant();
            int rating = rs.getInt(2);
            long[] day = ratings.computeIfAbsent(day(at), d -> new long[6]);
            day[0]++;
            day[1] += rating;
            day[2] += rating >= 8 ? 1 : 0;
            if (rs.getBoolean(3)) {
                day[3]++;
                day[4] += rating;
            }
            day[5] += isNew(rs.getObject(4, OffsetDateTime.class).toInstant(), at) ? 1 : 0;
        });
        TreeMap<LocalDate, long[]> refunds = new TreeMap<>();
        jdbc.sql("select refunded_at, seats from audience_refund where film_id = ? and refunded_at is not null").param(filmId).query(rs -> {
            refunds.computeIfAbsent(day(rs.getObject(1, OffsetDateTime.class).toInstant()), d -> new long[1])[0] += rs.getInt(2);
        });
        List<WantToSeeDay> wantDays = new ArrayList<>();
        long total = 0;
        for (Map.Entry<LocalDate, long[]> e : marks.entrySet()) {
            total += e.getValue()[0];
            wantDays.add(new WantToSeeDay(e.getKey(), e.getValue()[0], total, e.getValue()[1]));
        }
        List<RatingDay> ratingDays = ratings.entrySet().stream().map(e -> {
            long[] d = e.getValue();
            return new RatingDay(e.getKey(), d[0], round((double) d[1] / d[0]), round((double) d[2] / d[0]), d[3],
                    d[3] == 0 ? null : round((double) d[4] / d[3]));
        }).toList();
        List<AudienceFlag> flags = new ArrayList<>();
        flags.addAll(Spikes.in(marks, 20, "WANT_TO_SEE_SPIKE"));
        flags.addAll(Spikes.in(mapOf(ratings, 0, 5), 20, "RATING_SPIKE"));
        flags.addAll(Spikes.in(mapOf(refunds, 0, -1), 10, "REFUND_SURGE"));
        flags.sort((a, b) -> a.day().compareTo(b.day()));
        return new OpinionCurves(filmId, film.displayTitle(), releaseDate(film), total, wantDays, ratingDays, flags);
    }

    private static TreeMap<LocalDate, long[]> mapOf(TreeMap<LocalDate, long[]> days, int count, int fromNew) {
        TreeMap<LocalDate, long[]> out = new TreeMap<>();
        days.forEach((day, d) -> out.put(day, new long[] {d[count], fromNew < 0 ? 0 : d[fromNew]}));
        return out;
    }

    private Film announced(long filmId) {
        return catalog.findFilm(filmId).filter(Film::announced).orElseThrow(() -> new NotFound("film", filmId));
    }

    private Instant createdAt(Caller moviegoer) {
        return accounts.account(moviegoer.accountId()).createdAt();
    }

    static LocalDate releaseDate(Film film) {
        return film.releases().stream().map(FilmRelease::releaseDate).min(LocalDate::compareTo).orElse(LocalDate.MAX);
    }

    private static boolean isNew(Instant createdAt, Instant at) {
        return Duration.between(createdAt, at).compareTo(NEW_ACCOUNT) < 0;
    }

    private LocalDate day(Instant at) {
        return at.atZone(market).toLocalDate();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
