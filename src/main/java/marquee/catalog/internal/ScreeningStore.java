package marquee.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import marquee.catalog.HallTimetable;
import marquee.catalog.Screening;
import marquee.catalog.ScreeningFilter;
import marquee.catalog.ScreeningSupply;
import marquee.shared.Money;
import marquee.shared.PageOf;
import marquee.shared.PageRequest;
import marquee.shared.jdbc.Conditions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Screenings, read together with their cinema's city and time zone. */
@Repository
public class ScreeningStore {

    /** A screening ready to store: every derived field (end, local day, release) already settled. */
    public record Row(long hallId, long filmId, long releaseId, Instant startsAt, Instant endsAt, LocalDate localDay,
                      String format, String language, long basePriceMinor, String currency) {}

    private static final String SELECT = """
            select s.*, h.cinema_id, c.city, c.time_zone
            from screening s join hall h on h.id = s.hall_id join cinema c on c.id = h.cinema_id""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Timetable timetable = new Timetable();

    ScreeningStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public long insert(Row row) {
        timetable.changed();
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into screening (hall_id, film_id, release_id, starts_at, ends_at, local_day, format, language,
                                       base_price_minor, currency)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(row.hallId(), row.filmId(), row.releaseId(), utc(row.startsAt()), utc(row.endsAt()), row.localDay(),
                        row.format(), row.language(), row.basePriceMinor(), row.currency())
                .update(key, "id");
        return key.getKey().longValue();
    }

    public void insertAll(List<Row> rows) {
        timetable.changed();
        batch.batchUpdate("""
                insert into screening (hall_id, film_id, release_id, starts_at, ends_at, local_day, format, language,
                                       base_price_minor, currency)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, 1000, (ps, row) -> {
            ps.setLong(1, row.hallId());
            ps.setLong(2, row.filmId());
            ps.setLong(3, row.releaseId());
            ps.setObject(4, utc(row.startsAt()));
            ps.setObject(5, utc(row.endsAt()));
            ps.setObject(6, row.localDay());
            ps.setString(7, row.format());
            ps.setString(8, row.language());
            ps.setLong(9, row.basePriceMinor());
            ps.setString(10, row.currency());
        });
    }

    /** Whether another screening in the hall runs at any moment of [start, end); cancelled ones leave the hall free. */
    public boolean overlaps(long hallId, Instant start, Instant end) {
        return overlaps(hallId, start, end, -1);
    }

    /** The same, leaving screening {@code except} out (the one being moved). */
    public boolean overlaps(long hallId, Instant start, Instant end, long except) {
        return jdbc.sql("""
                        select count(*) from screening
                        where hall_id = ? and starts_at < ? and ends_at > ? and cancelled_at is null and id <> ?""")
                .params(hallId, utc(end), utc(start), except).query(Long.class).single() > 0;
    }

    /** Moves a screening that is still on to a new time (its end and local day settled by the caller). */
    public boolean move(long id, Instant startsAt, Instant endsAt, LocalDate localDay) {
        timetable.changed();
        return jdbc.sql("update screening set starts_at = ?, ends_at = ?, local_day = ? where id = ? and cancelled_at is null")
                .params(utc(startsAt), utc(endsAt), localDay, id).update() == 1;
    }

    /** Marks a screening cancelled; false when it was cancelled already (a guarded update, so only one caller wins). */
    public boolean cancel(long id, Instant at, String reason) {
        timetable.changed();
        return jdbc.sql("update screening set cancelled_at = ?, cancel_reason = ? where id = ? and cancelled_at is null")
                .params(utc(at), reason, id).update() == 1;
    }

    /** Whether the screening is cancelled, read from the store (never from a cache). */
    public boolean isCancelled(long id) {
        return jdbc.sql("select count(*) from screening where id = ? and cancelled_at is not null").param(id)
                .query(Long.class).single() > 0;
    }

    /** Every screening of the cinema on its local day, cancelled ones included: the cinema's own schedule. */
    public List<Screening> ofCinemaOn(long cinemaId, LocalDate day) {
        return jdbc.sql(SELECT + " where h.cinema_id = ? and s.local_day = ? order by s.starts_at, h.id, s.id")
                .params(cinemaId, day).query(this::screeningRow).list();
    }

    public Optional<Screening> find(long id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id).query(this::screeningRow).optional();
    }

    /**
     * The city of a film's screening as a condition on its hall's cinema rather than on the joined cinema row. Written
     * as {@code c.city = ?}, H2 starts from the city's cinemas and, for each of the film's screenings, walks every hall
     * of them (a film's page in Beijing on the demo market: 0.7-1 s a count, twice per page, measured with
     * {@code ./marquee bench pages}); as a subquery the film's index leads and hall and cinema are primary-key lookups
     * (0.04-0.4 s). Only with a film: a city alone is best served from its cinemas' halls, as before.
     */
    private static final String CITY_OF_FILM_SCREENING = "exists (select 1 from cinema cc where cc.id = h.cinema_id and cc.city = ?)";

    /**
     * The screenings the filter names; with a viewer, only those of films the viewer may see, and of the unlisted ones
     * only those the viewer's organisation runs or distributes (null: all).
     */
    public PageOf<Screening> page(ScreeningFilter filter, PageRequest page, Viewer viewer) {
        Conditions where = new Conditions()
                .with("s.cancelled_at is null", List.of())
                .when(filter.filmId(), "s.film_id = ?")
                .when(filter.cinemaId(), "h.cinema_id = ?")
                .when(filter.city(), filter.filmId() != null ? CITY_OF_FILM_SCREENING : "c.city = ?")
                .when(filter.date(), "s.local_day = ?")
                .when(filter.from() == null ? null : utc(filter.from()), "s.starts_at >= ?");
        if (viewer != null) {
            where.with("exists (select 1 from film f where f.id = s.film_id and " + viewer.visible("f") + ")", viewer.params());
            where.with(viewer.listed("s", "c"), viewer.params(2));
        }
        List<Screening> screenings = jdbc.sql(SELECT + where.where() + " order by s.starts_at, s.id limit ? offset ?")
                .params(where.params()).param(page.size()).param(page.offset())
                .query(this::screeningRow).list();
        // A short last page tells the total without counting: a city's day of a film (the film pages) is one page.
        boolean last = screenings.size() < page.size() && (page.offset() == 0 || !screenings.isEmpty());
        long total = last ? page.offset() + screenings.size()
                : jdbc.sql("select count(*) from screening s join hall h on h.id = s.hall_id join cinema c on c.id = h.cinema_id"
                        + where.where()).params(where.params()).query(Long.class).single();
        return new PageOf<>(screenings, page.page(), page.size(), total);
    }

    /** Leaves the screening out of public listings; false when there is no such screening. */
    public boolean unlist(long screeningId) {
        return jdbc.sql("update screening set unlisted = true where id = ?").param(screeningId).update() == 1;
    }

    /** The first {@code perFilm} screenings of each film in the city that start at or after {@code from}. */
    public List<Screening> nextPerFilm(String city, Instant from, int perFilm) {
        return jdbc.sql("""
                select * from (
                    select s.*, h.cinema_id, c.city, c.time_zone,
                           row_number() over (partition by s.film_id order by s.starts_at, s.id) as nth
                    from screening s join hall h on h.id = s.hall_id join cinema c on c.id = h.cinema_id
                    where c.city = ? and s.starts_at >= ? and s.cancelled_at is null) upcoming
                where nth <= ? order by starts_at, id""")
                .params(city, utc(from), perFilm)
                .query(this::screeningRow).list();
    }

    public List<ScreeningSupply> supply(LocalDate day) {
        return jdbc.sql("""
                select s.film_id, h.cinema_id, c.chain, c.city, c.province, c.city_tier,
                       count(*) as screenings, sum(h.capacity) as seats
                from screening s join hall h on h.id = s.hall_id join cinema c on c.id = h.cinema_id
                where s.local_day = ? and s.cancelled_at is null
                group by s.film_id, h.cinema_id, c.chain, c.city, c.province, c.city_tier""")
                .param(day)
                .query((rs, n) -> new ScreeningSupply(rs.getLong("film_id"), rs.getLong("cinema_id"), rs.getString("chain"),
                        rs.getString("city"), rs.getString("province"), rs.getInt("city_tier"),
                        rs.getLong("screenings"), rs.getLong("seats")))
                .list();
    }

    /** Which hall is taken when by the screenings of the local days {@code from} to {@code to}. */
    public HallTimetable timetable(LocalDate from, LocalDate to) {
        return timetable.of(from, to, this::timetableOf);
    }

    private HallTimetable.Day timetableOf(LocalDate day) {
        List<long[]> rows = jdbc.sql("""
                        select hall_id, starts_at, ends_at from screening
                        where local_day = ? and cancelled_at is null order by hall_id, starts_at""")
                .param(day)
                .query((rs, n) -> new long[] {rs.getLong("hall_id"),
                        rs.getObject("starts_at", OffsetDateTime.class).toInstant().toEpochMilli(),
                        rs.getObject("ends_at", OffsetDateTime.class).toInstant().toEpochMilli()})
                .list();
        long[] starts = new long[rows.size()];
        long[] ends = new long[rows.size()];
        long[] halls = new long[rows.size()];
        int[] offsets = new int[rows.size() + 1];
        int distinct = 0;
        for (int i = 0; i < rows.size(); i++) {
            long[] row = rows.get(i);
            if (distinct == 0 || halls[distinct - 1] != row[0]) {
                halls[distinct] = row[0];
                offsets[distinct++] = i;
            }
            starts[i] = row[1];
            ends[i] = row[2];
        }
        offsets[distinct] = rows.size();
        return new HallTimetable.Day(java.util.Arrays.copyOf(halls, distinct), java.util.Arrays.copyOf(offsets, distinct + 1), starts, ends);
    }

    public long count() {
        return jdbc.sql("select count(*) from screening").query(Long.class).single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private Screening screeningRow(ResultSet rs, int rowNum) throws SQLException {
        OffsetDateTime cancelledAt = rs.getObject("cancelled_at", OffsetDateTime.class);
        return new Screening(rs.getLong("id"), rs.getLong("film_id"), rs.getLong("release_id"), rs.getLong("cinema_id"),
                rs.getLong("hall_id"), rs.getString("city"), ZoneId.of(rs.getString("time_zone")),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
                rs.getString("format"), rs.getString("language"),
                new Money(rs.getLong("base_price_minor"), rs.getString("currency")),
                cancelledAt == null ? null : cancelledAt.toInstant());
    }
}
