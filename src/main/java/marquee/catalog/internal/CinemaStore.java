package marquee.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import marquee.catalog.Cinema;
import marquee.catalog.City;
import marquee.catalog.CinemaFilter;
import marquee.catalog.Hall;
import marquee.catalog.NewCinema;
import marquee.catalog.Seat;
import marquee.catalog.SeatMap;
import marquee.catalog.SeatType;
import marquee.shared.PageOf;
import marquee.shared.PageRequest;
import marquee.shared.jdbc.Conditions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Cinemas, halls and seats. */
@Repository
public class CinemaStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CinemaStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public long insert(NewCinema cinema, Long chainTenantId) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into cinema (name, chain, city, province, city_tier, time_zone, address, chain_tenant_id)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(cinema.name().trim(), cinema.chain().trim(), cinema.city().trim(), cinema.province().trim(),
                        cinema.cityTier(), cinema.timeZone(), cinema.address(), chainTenantId)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public long insertHall(long cinemaId, String name, HallLayout layout) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into hall (cinema_id, name, grid_rows, grid_cols, capacity) values (?, ?, ?, ?, ?)")
                .params(cinemaId, name.trim(), layout.gridRows(), layout.gridCols(), layout.seats().size())
                .update(key, "id");
        long hallId = key.getKey().longValue();
        batch.batchUpdate("insert into seat (hall_id, row_label, seat_number, grid_row, grid_col, seat_type) values (?, ?, ?, ?, ?, ?)",
                layout.seats(), 500, (ps, seat) -> {
                    ps.setLong(1, hallId);
                    ps.setString(2, seat.row());
                    ps.setInt(3, seat.number());
                    ps.setInt(4, seat.gridRow());
                    ps.setInt(5, seat.gridCol());
                    ps.setString(6, seat.type().name());
                });
        return hallId;
    }

    public Optional<Cinema> find(long id) {
        return jdbc.sql("select * from cinema where id = ?").param(id).query(this::cinemaRow).optional();
    }

    public PageOf<Cinema> page(CinemaFilter filter, PageRequest page) {
        Conditions where = new Conditions()
                .when(filter.city(), "city = ?")
                .when(filter.province(), "province = ?")
                .when(filter.cityTier(), "city_tier = ?")
                .when(filter.chain(), "chain = ?");
        long total = jdbc.sql("select count(*) from cinema" + where.where()).params(where.params()).query(Long.class).single();
        List<Cinema> cinemas = jdbc.sql("select * from cinema" + where.where() + " order by id limit ? offset ?")
                .params(where.params()).param(page.size()).param(page.offset())
                .query(this::cinemaRow).list();
        return new PageOf<>(cinemas, page.page(), page.size(), total);
    }

    public List<Cinema> ofChain(long chainTenantId) {
        return jdbc.sql("select * from cinema where chain_tenant_id = ? order by id").param(chainTenantId).query(this::cinemaRow).list();
    }

    public List<City> cities() {
        return jdbc.sql("""
                select city, province, min(city_tier) as tier, count(*) as cinemas
                from cinema group by city, province order by min(city_tier), count(*) desc, city""")
                .query((rs, n) -> new City(rs.getString("city"), rs.getString("province"), rs.getInt("tier"), rs.getLong("cinemas")))
                .list();
    }

    public List<Hall> halls(long cinemaId) {
        return jdbc.sql("select * from hall where cinema_id = ? order by id").param(cinemaId).query(this::hallRow).list();
    }

    /** Every hall of every cinema. */
    public List<Hall> allHalls() {
        return jdbc.sql("select * from hall order by cinema_id, id").query(this::hallRow).list();
    }

    public Optional<Hall> hall(long hallId) {
        return jdbc.sql("select * from hall where id = ?").param(hallId).query(this::hallRow).optional();
    }

    /** Locks the hall's row until the transaction ends, so two schedulers cannot both fill one slot. */
    public Optional<Hall> lockHall(long hallId) {
        return jdbc.sql("select * from hall where id = ? for update").param(hallId).query(this::hallRow).optional();
    }

    public Optional<SeatMap> seatMap(long hallId) {
        return hall(hallId).map(hall -> new SeatMap(hall, jdbc
                .sql("select * from seat where hall_id = ? order by grid_row, grid_col")
                .param(hallId)
                .query((rs, n) -> new Seat(rs.getLong("id"), rs.getString("row_label"), rs.getInt("seat_number"),
                        rs.getInt("grid_row"), rs.getInt("grid_col"), SeatType.valueOf(rs.getString("seat_type"))))
                .list()));
    }

    public long count(String table) {
        if (!List.of("cinema", "hall", "seat").contains(table)) {
            throw new IllegalArgumentException(table);
        }
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private Cinema cinemaRow(ResultSet rs, int rowNum) throws SQLException {
        return new Cinema(rs.getLong("id"), rs.getString("name"), rs.getString("chain"), rs.getString("city"),
                rs.getString("province"), rs.getInt("city_tier"), ZoneId.of(rs.getString("time_zone")), rs.getString("address"),
                rs.getObject("chain_tenant_id", Long.class));
    }

    private Hall hallRow(ResultSet rs, int rowNum) throws SQLException {
        return new Hall(rs.getLong("id"), rs.getLong("cinema_id"), rs.getString("name"),
                rs.getInt("grid_rows"), rs.getInt("grid_cols"), rs.getInt("capacity"));
    }
}
