package marquee.boxoffice.internal;

import java.time.LocalDate;
import java.util.List;
import marquee.boxoffice.CitySales;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link CitySales}: sums of the (film, day, cinema) rollup rows, so they add up with every other level. */
@Component
class CitySalesQuery implements CitySales {

    private final JdbcClient jdbc;
    private final SaleWriter writer;

    CitySalesQuery(JdbcClient jdbc, SaleWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @Override
    public List<CityTakings> byCity(long filmId, LocalDate from, LocalDate to) {
        writer.flushRollups(); // one query, no transaction: the flush takes its own connection while this holds none
        return jdbc.sql("""
                        select city, sum(admissions), sum(gross_minor) from boxoffice_cinema_day
                        where film_id = ? and box_office_day between ? and ? group by city order by city""")
                .params(filmId, from, to)
                .query((rs, n) -> new CityTakings(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    @Override
    public List<CityTakings> allFilms(LocalDate from, LocalDate to) {
        writer.flushRollups();
        return jdbc.sql("""
                        select city, sum(admissions), sum(gross_minor) from boxoffice_cinema_day
                        where box_office_day between ? and ? group by city order by city""")
                .params(from, to)
                .query((rs, n) -> new CityTakings(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }
}
