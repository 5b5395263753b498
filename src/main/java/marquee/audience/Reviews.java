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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.shared.Conflict;
import marquee.shared.InvalidInput;
import marquee.shared.MarketSettings;
import marquee.shared.NotFound;
import marquee.shared.PageOf;
import marquee.shared.PageRequest;
import marquee.shared.security.Caller;
import marquee.shared.security.Role;
import marquee.shared.Sentence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the storefront shows of a film's word of mouth (the want-to-see count, the score and histogram of
 * verified ratings, the reviews with their "helpful" votes and reports), and the reviews staff should look at.
 * Ratings and reviews are written through {@link WordOfMouth#rate}, by verified viewers only.
 */
@Service
public class Reviews {

    /** How reviews are listed: the newest first, or the most "helpful" votes first (then the newest). */
    public enum Order { NEWEST, HELPFUL }

    /** What a vote on a review is: one of each per moviegoer and review. */
    public enum Vote { HELPFUL, REPORT }

    /**
     * A film's word of mouth as the storefront shows it. {@code histogram} holds the number of verified ratings
     * of 1 to 10 (index 0 is 1); {@code score} is their mean, null without any. {@code mine} is the signed-in
     * moviegoer's own mark, rating and whether they may rate; null for anyone else.
     */
    public record FilmOpinion(long filmId, long wantToSee, Double score, long ratings, List<Long> histogram, Mine mine) {}

    /** The moviegoer's own: whether they want to see the film, their rating and review, and whether they may rate. */
    public record Mine(boolean wantsToSee, Integer rating, String review, String mayRate) {}

    /** A review as moviegoers see it: never who wrote it. {@code mine}: written by the caller. */
    public record Review(long id, int rating, String text, Instant writtenAt, long helpful, boolean mine) {}

    /** A review staff should look at, with why; hidden ones stay listed so that they can be shown again. */
    public record FlaggedReview(long id, int rating, String text, Instant writtenAt, long helpful, long reports,
                                boolean fromNewAccount, boolean hidden, List<Sentence> reasons) {}

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final WordOfMouth wordOfMouth;
    private final Clock clock;
    private final ZoneId market;

    Reviews(JdbcClient jdbc, Catalog catalog, WordOfMouth wordOfMouth, Clock clock, MarketSettings market) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.wordOfMouth = wordOfMouth;
        this.clock = clock;
        this.market = market.zone();
    }

    /** The film's want-to-see count, score and histogram; the caller's own part when a moviegoer asks. */
    @Transactional(readOnly = true)
    public FilmOpinion opinion(Optional<Caller> caller, long filmId) {
        publicFilm(caller, filmId);
        long wantToSee = jdbc.sql("select count(*) from want_to_see where film_id = ?").param(filmId).query(Long.class).single();
        long[] histogram = new long[10];
        jdbc.sql("select rating, count(*) from film_rating where film_id = ? and verified = true group by rating").param(filmId)
                .query(rs -> {
                    histogram[rs.getInt(1) - 1] = rs.getLong(2);
                });
        long ratings = 0;
        long sum = 0;
        for (int i = 0; i < 10; i++) {
            ratings += histogram[i];
            sum += histogram[i] * (i + 1);
        }
        Mine mine = caller.filter(c -> c.role() == Role.MOVIEGOER).map(c -> mine(c, filmId)).orElse(null);
        return new FilmOpinion(filmId, wantToSee, ratings == 0 ? null : Math.round(10.0 * sum / ratings) / 10.0, ratings,
                java.util.Arrays.stream(histogram).boxed().toList(), mine);
    }

    private Mine mine(Caller moviegoer, long filmId) {
        boolean wants = jdbc.sql("select count(*) from want_to_see where account_id = ? and film_id = ?")
                .params(moviegoer.accountId(), filmId).query(Long.class).single() > 0;
        record Own(int rating, String review) {}
        Optional<Own> own = jdbc.sql("select rating, review from film_rating where account_id = ? and film_id = ?")
                .params(moviegoer.accountId(), filmId).query((rs, n) -> new Own(rs.getInt(1), rs.getString(2))).optional();
        return new Mine(wants, own.map(Own::rating).orElse(null), own.map(Own::review).orElse(null),
                wordOfMouth.viewing(moviegoer, filmId).name());
    }

    /** How many moviegoers want to see each of the films (films nobody marked are left out). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Long> wantToSee(java.util.Collection<Long> filmIds) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        if (filmIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select film_id, count(*) from want_to_see where film_id in (:ids) group by film_id").param("ids", filmIds)
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    /** The film's visible reviews (with text, not hidden), a page at a time. */
    @Transactional(readOnly = true)
    public PageOf<Review> reviews(Optional<Caller> caller, long filmId, Order order, PageRequest page) {
        publicFilm(caller, filmId);
        long me = caller.map(Caller::accountId).orElse(-1L);
        long total = jdbc.sql("select count(*) from film_rating where film_id = ? and review is not null and hidden_at is null")
                .param(filmId).query(Long.class).single();
        String sort = order == Order.HELPFUL ? "helpful desc, r.rated_at desc, r.id desc" : "r.rated_at desc, r.id desc";
        List<Review> items = jdbc.sql("""
                        select r.id, r.rating, r.review, r.rated_at, r.account_id,
                               (select count(*) from review_vote v where v.review_id = r.id and v.kind = 'HELPFUL') as helpful
                        from film_rating r where r.film_id = ? and r.review is not null and r.hidden_at is null
                        order by""" + " " + sort + " limit ? offset ?")
                .params(filmId, page.size(), page.offset())
                .query((rs, n) -> new Review(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getLong(6), rs.getLong(5) == me))
                .list();
        return new PageOf<>(items, page.page(), page.size(), total);
    }

    /**
     * A moviegoer finds a review helpful, or reports it (with an optional reason): once each per review; again
     * changes nothing. Their own review cannot be voted on (409).
     */
    @Transactional
    public void vote(Caller moviegoer, long reviewId, Vote vote, String reason) {
        if (reason != null && reason.length() > 300) {
            throw new InvalidInput("reason", "must be at most 300 characters");
        }
        record Target(long filmId, long author) {}
        Target target = jdbc.sql("select film_id, account_id from film_rating where id = ? and review is not null and hidden_at is null")
                .param(reviewId).query((rs, n) -> new Target(rs.getLong(1), rs.getLong(2))).optional()
                .filter(t -> catalog.findFilm(t.filmId()).filter(Film::announced).isPresent())
                .orElseThrow(() -> new NotFound("review", reviewId));
        if (target.author() == moviegoer.accountId()) {
            throw new Conflict("this is your own review");
        }
        if (jdbc.sql("select count(*) from review_vote where review_id = ? and account_id = ? and kind = ?")
                .params(reviewId, moviegoer.accountId(), vote.name()).query(Long.class).single() == 0) {
            jdbc.sql("insert into review_vote (review_id, account_id, kind, reason, voted_at) values (?, ?, ?, ?, ?)")
                    .params(reviewId, moviegoer.accountId(), vote.name(), vote == Vote.REPORT ? blankToNull(reason) : null,
                            clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
        }
    }

    /**
     * The film's reviews staff should look at: reported ones, and those written by an account made in the week
     * before on a day the anomaly checks flagged a spike of ratings. The film's distributor and the operator only.
     */
    @Transactional(readOnly = true)
    public List<FlaggedReview> flagged(Caller staff, long filmId) {
        Film film = managedFilm(staff, filmId);
        Set<LocalDate> spikeDays = wordOfMouth.curves(staff, film.id()).flags().stream()
                .filter(f -> f.kind().startsWith("RATING_SPIKE")).map(OpinionCurves.AudienceFlag::day).collect(Collectors.toSet());
        List<FlaggedReview> out = new ArrayList<>();
        jdbc.sql("""
                        select r.id, r.rating, r.review, r.rated_at, r.account_created_at, r.hidden_at,
                               (select count(*) from review_vote v where v.review_id = r.id and v.kind = 'HELPFUL'),
                               (select count(*) from review_vote v where v.review_id = r.id and v.kind = 'REPORT')
                        from film_rating r where r.film_id = ? and r.review is not null order by r.rated_at desc""")
                .param(filmId).query(rs -> {
                    Instant at = rs.getObject(4, OffsetDateTime.class).toInstant();
                    boolean fromNew = Duration.between(rs.getObject(5, OffsetDateTime.class).toInstant(), at)
                            .compareTo(WordOfMouth.NEW_ACCOUNT) < 0;
                    long reports = rs.getLong(8);
                    boolean hidden = rs.getObject(6) != null;
                    List<Sentence> reasons = new ArrayList<>();
                    if (reports > 0) {
                        reasons.add(Sentence.of(reports == 1 ? "sentence.reviews.reportedOnce" : "sentence.reviews.reported",
                                reports));
                    }
                    if (fromNew && spikeDays.contains(at.atZone(market).toLocalDate())) {
                        reasons.add(Sentence.of("sentence.reviews.burst"));
                    }
                    if (!reasons.isEmpty() || hidden) {
                        out.add(new FlaggedReview(rs.getLong(1), rs.getInt(2), rs.getString(3), at, rs.getLong(7), reports, fromNew,
                                hidden, reasons));
                    }
                });
        return out;
    }

    /** Hides a review's text from the storefront (its rating still counts), or shows it again. Staff of the film. */
    @Transactional
    public void hide(Caller staff, long reviewId, boolean hidden) {
        long filmId = jdbc.sql("select film_id from film_rating where id = ? and review is not null").param(reviewId)
                .query(Long.class).optional().orElseThrow(() -> new NotFound("review", reviewId));
        if (catalog.findFilm(filmId).filter(f -> staff.mayManage(f.distributorTenantId())).isEmpty()) {
            throw new NotFound("review", reviewId);
        }
        jdbc.sql("update film_rating set hidden_at = ?, hidden_by = ? where id = ?")
                .params(hidden ? clock.instant().atOffset(ZoneOffset.UTC) : null, hidden ? staff.accountId() : null, reviewId)
                .update();
    }

    private Film publicFilm(Optional<Caller> caller, long filmId) {
        return catalog.findFilm(filmId).filter(f -> f.visibleTo(caller)).orElseThrow(() -> new NotFound("film", filmId));
    }

    private Film managedFilm(Caller staff, long filmId) {
        return catalog.findFilm(filmId).filter(f -> staff.mayManage(f.distributorTenantId()))
                .orElseThrow(() -> new NotFound("film", filmId));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
