package marquee.boxoffice.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import marquee.boxoffice.Scope;
import marquee.boxoffice.internal.LedgerEntry.RollupKey;
import marquee.shared.jdbc.Conditions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The live rollup table: one row per film, box office day and cinema; every coarser level is a sum of it. */
@Repository
class Rollups {

    /** Additions to one rollup row. */
    record Delta(long grossMinor, long admissions, long presaleGrossMinor, long presaleAdmissions) {
        Delta plus(Delta o) {
            return new Delta(grossMinor + o.grossMinor, admissions + o.admissions, presaleGrossMinor + o.presaleGrossMinor,
                    presaleAdmissions + o.presaleAdmissions);
        }

        Delta minus(Delta o) {
            return new Delta(grossMinor - o.grossMinor, admissions - o.admissions, presaleGrossMinor - o.presaleGrossMinor,
                    presaleAdmissions - o.presaleAdmissions);
        }

        Delta plus(LedgerEntry e) {
            return new Delta(grossMinor + e.grossMinor(), admissions + e.admissions(),
                    presaleGrossMinor + (e.presale() ? e.grossMinor() : 0), presaleAdmissions + (e.presale() ? e.admissions() : 0));
        }
    }

    /** A film's sums in a scope on a day. */
    record FilmSums(long filmId, long grossMinor, long admissions, long presaleGrossMinor) {}

    /** A film's sums over the whole market on one day. */
    record FilmDay(LocalDate day, long grossMinor, long admissions) {}

    /** A film's sums over the whole market on one day, keyed by film. */
    record FilmOnDay(long filmId, LocalDate day, long grossMinor, long admissions) {}

    static final Delta ZERO = new Delta(0, 0, 0, 0);
    private static final int IN_LIST = 500;

    private static final String COLUMNS = "film_id, box_office_day, cinema_id, chain, city, province, city_tier, "
            + "gross_minor, admissions, presale_gross_minor, presale_admissions";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Rollups(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The stored rows of a day, as totals keyed like the deltas. */
    Map<RollupKey, Delta> day(LocalDate day) {
        Map<RollupKey, Delta> rows = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from boxoffice_cinema_day where box_office_day = ?").param(day)
                .query(rs -> {
                    rows.put(new RollupKey(rs.getObject(2, LocalDate.class), rs.getLong(1), rs.getLong(3), rs.getString(4),
                                    rs.getString(5), rs.getString(6), rs.getInt(7)),
                            new Delta(rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11)));
                });
        return rows;
    }

    /** Writes new totals: inserts for rows not stored yet, updates by key for the others. */
    void write(Map<RollupKey, Delta> inserts, Map<RollupKey, Delta> updates) {
        batch.batchUpdate("insert into boxoffice_cinema_day (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                List.copyOf(inserts.entrySet()), 1000, (ps, entry) -> {
                    RollupKey k = entry.getKey();
                    Delta d = entry.getValue();
                    ps.setLong(1, k.filmId());
                    ps.setObject(2, k.day());
                    ps.setLong(3, k.cinemaId());
                    ps.setString(4, k.chain());
                    ps.setString(5, k.city());
                    ps.setString(6, k.province());
                    ps.setInt(7, k.cityTier());
                    ps.setLong(8, d.grossMinor());
                    ps.setLong(9, d.admissions());
                    ps.setLong(10, d.presaleGrossMinor());
                    ps.setLong(11, d.presaleAdmissions());
                });
        batch.batchUpdate("""
                update boxoffice_cinema_day set gross_minor = ?, admissions = ?, presale_gross_minor = ?, presale_admissions = ?
                where box_office_day = ? and film_id = ? and cinema_id = ?""",
                List.copyOf(updates.entrySet()), 1000, Rollups::setFiguresByKey);
    }

    /** The parameters of an update of one row: its four figures, then its key (day, film, cinema). */
    private static void setFiguresByKey(java.sql.PreparedStatement ps, Map.Entry<RollupKey, Delta> row) throws java.sql.SQLException {
        Delta d = row.getValue();
        ps.setLong(1, d.grossMinor());
        ps.setLong(2, d.admissions());
        ps.setLong(3, d.presaleGrossMinor());
        ps.setLong(4, d.presaleAdmissions());
        ps.setObject(5, row.getKey().day());
        ps.setLong(6, row.getKey().filmId());
        ps.setLong(7, row.getKey().cinemaId());
    }

    /**
     * Adds deltas to the stored rows, for a writer that is not the only one (a cluster): increments in the
     * database, never totals from memory, in key order so that two writers lock rows in the same order. A row
     * missing is inserted; two writers inserting the same row at once make one of them fail and try again.
     */
    void add(Map<RollupKey, Delta> deltas) {
        List<Map.Entry<RollupKey, Delta>> ordered = deltas.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(RollupKey::day)
                        .thenComparingLong(RollupKey::filmId).thenComparingLong(RollupKey::cinemaId)))
                .toList();
        int[][] updated = batch.batchUpdate("""
                update boxoffice_cinema_day set gross_minor = gross_minor + ?, admissions = admissions + ?,
                       presale_gross_minor = presale_gross_minor + ?, presale_admissions = presale_admissions + ?
                where box_office_day = ? and film_id = ? and cinema_id = ?""",
                ordered, ordered.size() == 0 ? 1 : ordered.size(), Rollups::setFiguresByKey);
        Map<RollupKey, Delta> missing = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (updated.length > 0 && updated[0][i] == 0) {
                missing.put(ordered.get(i).getKey(), ordered.get(i).getValue());
            }
        }
        write(missing, Map.of());
    }

    /** Recomputes every rollup row from the ledger, in one statement. */
    void rebuildFromLedger() {
        jdbc.sql("delete from boxoffice_cinema_day").update();
        jdbc.sql("""
                insert into boxoffice_cinema_day (%s)
                select film_id, box_office_day, cinema_id, min(chain), min(city), min(province), min(city_tier),
                       sum(gross_minor), sum(admissions),
                       sum(case when presale then gross_minor else 0 end), sum(case when presale then admissions else 0 end)
                from boxoffice_sale group by film_id, box_office_day, cinema_id""".formatted(COLUMNS)).update();
    }

    List<FilmSums> byFilm(LocalDate day, Scope scope) {
        Conditions where = scopeConditions(new Conditions().when(day, "box_office_day = ?"), scope);
        return jdbc.sql("select film_id, sum(gross_minor) g, sum(admissions) a, sum(presale_gross_minor) p "
                        + "from boxoffice_cinema_day" + where.where() + " group by film_id")
                .params(where.params())
                .query((rs, n) -> new FilmSums(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** Each film's sums over the whole market, box office days {@code from} to {@code to} included. */
    List<FilmSums> byFilm(LocalDate from, LocalDate to) {
        return jdbc.sql("select film_id, sum(gross_minor), sum(admissions), sum(presale_gross_minor) from boxoffice_cinema_day "
                        + "where box_office_day between ? and ? group by film_id")
                .params(from, to)
                .query((rs, n) -> new FilmSums(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** The films that have any rollup row. */
    List<Long> filmIds() {
        return jdbc.sql("select distinct film_id from boxoffice_cinema_day").query(Long.class).list();
    }

    /** Every film's market-wide sums on each of these days. */
    List<FilmOnDay> onDays(Collection<LocalDate> days) {
        List<FilmOnDay> sums = new ArrayList<>();
        List<LocalDate> all = List.copyOf(days);
        for (int i = 0; i < all.size(); i += IN_LIST) {
            sums.addAll(jdbc.sql("select film_id, box_office_day, sum(gross_minor), sum(admissions) from boxoffice_cinema_day "
                            + "where box_office_day in (:days) group by film_id, box_office_day")
                    .param("days", all.subList(i, Math.min(all.size(), i + IN_LIST)))
                    .query((rs, n) -> new FilmOnDay(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getLong(4)))
                    .list());
        }
        return sums;
    }

    List<FilmDay> curve(long filmId) {
        return jdbc.sql("select box_office_day, sum(gross_minor), sum(admissions) from boxoffice_cinema_day where film_id = ? "
                        + "group by box_office_day order by box_office_day")
                .param(filmId)
                .query((rs, n) -> new FilmDay(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    /** Rollup rows (film, day, cinema) whose figures differ from the sums of their ledger entries, or that only one side has. */
    long rowsOffLedger() {
        Map<String, String> ledger = new HashMap<>();
        jdbc.sql("""
                        select film_id, box_office_day, cinema_id, sum(gross_minor), sum(admissions),
                               sum(case when presale then gross_minor else 0 end), sum(case when presale then admissions else 0 end)
                        from boxoffice_sale group by film_id, box_office_day, cinema_id""")
                .query(rs -> {
                    ledger.put(rs.getLong(1) + "/" + rs.getObject(2, LocalDate.class) + "/" + rs.getLong(3),
                            rs.getLong(4) + "," + rs.getLong(5) + "," + rs.getLong(6) + "," + rs.getLong(7));
                });
        long[] off = {0};
        jdbc.sql("""
                        select film_id, box_office_day, cinema_id, gross_minor, admissions, presale_gross_minor, presale_admissions
                        from boxoffice_cinema_day""")
                .query(rs -> {
                    String sums = ledger.remove(rs.getLong(1) + "/" + rs.getObject(2, LocalDate.class) + "/" + rs.getLong(3));
                    if (!(rs.getLong(4) + "," + rs.getLong(5) + "," + rs.getLong(6) + "," + rs.getLong(7)).equals(sums)) {
                        off[0]++;
                    }
                });
        return off[0] + ledger.size();
    }

    long rows() {
        return jdbc.sql("select count(*) from boxoffice_cinema_day").query(Long.class).single();
    }

    static Conditions scopeConditions(Conditions conditions, Scope scope) {
        return switch (scope.level()) {
            case MARKET -> conditions;
            case PROVINCE -> conditions.when(scope.value(), "province = ?");
            case CITY -> conditions.when(scope.value(), "city = ?");
            case CHAIN -> conditions.when(scope.value(), "chain = ?");
            case TIER -> conditions.when(Integer.parseInt(scope.value()), "city_tier = ?");
            case CINEMA -> conditions.when(Long.parseLong(scope.value()), "cinema_id = ?");
        };
    }
}
