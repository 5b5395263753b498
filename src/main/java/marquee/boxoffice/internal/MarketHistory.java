package marquee.boxoffice.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import marquee.boxoffice.DayFigures;
import marquee.boxoffice.FeedRow;
import marquee.boxoffice.HistoryFilm;
import marquee.shared.PageOf;
import marquee.shared.PageRequest;
import marquee.shared.jdbc.Conditions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Market-wide daily figures imported from feeds: films by (source, external id), and their days. */
@Repository
class MarketHistory {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    MarketHistory(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The ids of these feed films, creating the ones not seen before (the first row's title and date win). */
    Map<String, Long> filmIds(String source, Collection<FeedRow> firstRows) {
        Map<String, Long> ids = existing(source, firstRows.stream().map(FeedRow::filmId).toList());
        List<FeedRow> missing = firstRows.stream().filter(r -> !ids.containsKey(r.filmId())).toList();
        batch.batchUpdate("insert into boxoffice_feed_film (source, external_id, title, release_date, currency) values (?, ?, ?, ?, ?)",
                missing, 1000, (ps, r) -> {
                    ps.setString(1, source);
                    ps.setString(2, r.filmId());
                    ps.setString(3, r.title());
                    ps.setObject(4, r.releaseDate());
                    ps.setString(5, r.currency());
                });
        if (!missing.isEmpty()) {
            ids.putAll(existing(source, missing.stream().map(FeedRow::filmId).toList()));
        }
        return ids;
    }

    private Map<String, Long> existing(String source, List<String> externalIds) {
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < externalIds.size(); i += 500) {
            jdbc.sql("select external_id, id from boxoffice_feed_film where source = :source and external_id in (:ids)")
                    .param("source", source).param("ids", externalIds.subList(i, Math.min(externalIds.size(), i + 500)))
                    .query(rs -> {
                        ids.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return ids;
    }

    /** The stored figures of these films' days, keyed by "feedFilmId/day". */
    Map<String, long[]> days(Collection<Long> feedFilmIds) {
        Map<String, long[]> days = new HashMap<>();
        List<Long> ids = new ArrayList<>(feedFilmIds);
        for (int i = 0; i < ids.size(); i += 500) {
            jdbc.sql("select feed_film_id, box_office_day, gross_minor, admissions, screenings from boxoffice_market_day "
                            + "where feed_film_id in (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + 500)))
                    .query(rs -> {
                        days.put(rs.getLong(1) + "/" + rs.getObject(2, LocalDate.class),
                                new long[] {rs.getLong(3), nullable(rs.getObject(4)), nullable(rs.getObject(5))});
                    });
        }
        return days;
    }

    void upsert(List<FeedRow> rows, Map<String, Long> ids) {
        batch.batchUpdate("""
                merge into boxoffice_market_day m
                using (values (cast(? as bigint), cast(? as date), cast(? as bigint), cast(? as bigint), cast(? as bigint)))
                      as r(feed_film_id, box_office_day, gross_minor, admissions, screenings)
                on m.feed_film_id = r.feed_film_id and m.box_office_day = r.box_office_day
                when matched then update set gross_minor = r.gross_minor, admissions = r.admissions, screenings = r.screenings
                when not matched then insert (feed_film_id, box_office_day, gross_minor, admissions, screenings)
                     values (r.feed_film_id, r.box_office_day, r.gross_minor, r.admissions, r.screenings)""",
                rows, 1000, (ps, r) -> {
                    ps.setLong(1, ids.get(r.filmId()));
                    ps.setObject(2, r.day());
                    ps.setLong(3, r.grossMinor());
                    ps.setObject(4, r.admissions());
                    ps.setObject(5, r.screenings());
                });
    }

    PageOf<HistoryFilm> films(String text, String source, PageRequest page) {
        Conditions where = new Conditions()
                .when(Conditions.containing(text), "lower(f.title) like ? escape '\\'")
                .when(source, "f.source = ?");
        long total = jdbc.sql("select count(*) from boxoffice_feed_film f" + where.where()).params(where.params())
                .query(Long.class).single();
        List<HistoryFilm> films = jdbc.sql("""
                        select f.id, f.source, f.external_id, f.title, f.release_date, f.currency,
                               coalesce(sum(m.gross_minor), 0) as gross, count(m.box_office_day) as days
                        from boxoffice_feed_film f left join boxoffice_market_day m on m.feed_film_id = f.id"""
                        + where.where() + """
                         group by f.id, f.source, f.external_id, f.title, f.release_date, f.currency
                        order by gross desc, f.id limit ? offset ?""")
                .params(where.params()).param(page.size()).param(page.offset())
                .query((rs, n) -> new HistoryFilm(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getLong(7), rs.getInt(8)))
                .list();
        return new PageOf<>(films, page.page(), page.size(), total);
    }

    Optional<HistoryFilm> film(long id) {
        return jdbc.sql("""
                        select f.id, f.source, f.external_id, f.title, f.release_date, f.currency,
                               coalesce(sum(m.gross_minor), 0), count(m.box_office_day)
                        from boxoffice_feed_film f left join boxoffice_market_day m on m.feed_film_id = f.id
                        where f.id = ? group by f.id, f.source, f.external_id, f.title, f.release_date, f.currency""")
                .param(id)
                .query((rs, n) -> new HistoryFilm(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getLong(7), rs.getInt(8)))
                .optional();
    }

    /** Every film of a feed with its totals, by id: one query for what records and comparables look up. */
    Map<Long, HistoryFilm> filmsOf(String source) {
        Map<Long, HistoryFilm> films = new HashMap<>();
        jdbc.sql("""
                        select f.id, f.source, f.external_id, f.title, f.release_date, f.currency,
                               coalesce(sum(m.gross_minor), 0), count(m.box_office_day)
                        from boxoffice_feed_film f left join boxoffice_market_day m on m.feed_film_id = f.id
                        where f.source = ? group by f.id, f.source, f.external_id, f.title, f.release_date, f.currency""")
                .param(source)
                .query(rs -> {
                    films.put(rs.getLong(1), new HistoryFilm(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class), rs.getString(6), rs.getLong(7), rs.getInt(8)));
                });
        return films;
    }

    /** One day of a feed film, for the records and comparables computed in Java. */
    record FilmDay(long feedFilmId, LocalDate day, long grossMinor) {}

    /** Every day of every film of a feed, previews included, in date order per film. */
    List<FilmDay> daysOf(String source) {
        return jdbc.sql("""
                        select m.feed_film_id, m.box_office_day, m.gross_minor
                        from boxoffice_market_day m join boxoffice_feed_film f on f.id = m.feed_film_id
                        where f.source = ?
                        order by m.feed_film_id, m.box_office_day""")
                .param(source)
                .query((rs, n) -> new FilmDay(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3)))
                .list();
    }

    List<DayFigures> curve(long feedFilmId, LocalDate releaseDate) {
        List<DayFigures> curve = new ArrayList<>();
        long[] cumulative = {0};
        jdbc.sql("select box_office_day, gross_minor, admissions, screenings from boxoffice_market_day "
                        + "where feed_film_id = ? order by box_office_day")
                .param(feedFilmId)
                .query(rs -> {
                    LocalDate day = rs.getObject(1, LocalDate.class);
                    cumulative[0] += rs.getLong(2);
                    Long admissions = (Long) rs.getObject(3, Long.class);
                    curve.add(new DayFigures(day, (int) (day.toEpochDay() - releaseDate.toEpochDay()) + 1, rs.getLong(2),
                            admissions == null ? 0 : admissions, rs.getObject(4, Long.class), cumulative[0]));
                });
        return curve;
    }

    private static long nullable(Object value) {
        return value == null ? -1 : ((Number) value).longValue();
    }
}
