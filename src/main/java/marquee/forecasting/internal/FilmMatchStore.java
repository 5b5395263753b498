package marquee.forecasting.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Confirmed or fixed matches of catalog films to history films (table forecast_film_match). */
@Repository
public class FilmMatchStore {

    /** A stored match; {@code historyFilmId} null: confirmed to have none. */
    public record Stored(String historyFilmId, long confirmedBy, Instant confirmedAt) {
    }

    private final JdbcClient jdbc;

    FilmMatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Stored> find(long filmId, String market) {
        return jdbc.sql("select history_film_id, confirmed_by, confirmed_at from forecast_film_match"
                        + " where film_id = ? and market = ?")
                .params(filmId, market)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getLong(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Replaces the film's match in the market (delete and insert: the same on H2 and PostgreSQL). */
    @Transactional
    public void save(long filmId, String market, String historyFilmId, long confirmedBy, Instant at) {
        jdbc.sql("delete from forecast_film_match where film_id = ? and market = ?").params(filmId, market).update();
        jdbc.sql("insert into forecast_film_match (film_id, market, history_film_id, confirmed_by, confirmed_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(filmId, market, historyFilmId, confirmedBy, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }
}
