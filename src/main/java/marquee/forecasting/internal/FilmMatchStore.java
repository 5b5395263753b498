package marquee.forecasting.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

    /**
     * Replaces the film's match in the market. Each statement commits on its own: when two confirmations race to
     * insert the first row, the loser's duplicate key turns into an update instead of an error (on PostgreSQL a
     * failed statement would otherwise poison a surrounding transaction).
     */
    public void save(long filmId, String market, String historyFilmId, long confirmedBy, Instant at) {
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        if (update(filmId, market, historyFilmId, confirmedBy, when) > 0) {
            return;
        }
        try {
            jdbc.sql("insert into forecast_film_match (film_id, market, history_film_id, confirmed_by, confirmed_at)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(filmId, market, historyFilmId, confirmedBy, when)
                    .update();
        } catch (DuplicateKeyException raced) {
            update(filmId, market, historyFilmId, confirmedBy, when);
        }
    }

    private int update(long filmId, String market, String historyFilmId, long confirmedBy, OffsetDateTime when) {
        return jdbc.sql("update forecast_film_match set history_film_id = ?, confirmed_by = ?, confirmed_at = ?"
                        + " where film_id = ? and market = ?")
                .params(historyFilmId, confirmedBy, when, filmId, market)
                .update();
    }
}
