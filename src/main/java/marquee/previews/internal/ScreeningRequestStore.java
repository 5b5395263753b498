package marquee.previews.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import marquee.previews.NewScreeningRequest;
import marquee.previews.ScreeningRequest;
import marquee.previews.ScreeningRequest.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Screening requests (table screening_request). Every change of status is a conditional update on the status it
 * expects ({@code where id = ? and status = ?}): of two answers at once, the second finds no row to change (on
 * PostgreSQL it waits for the first's row lock, then sees the new status) and its caller refuses it.
 */
@Repository
public class ScreeningRequestStore {

    private static final String COLUMNS = "id, film_id, cinema_id, distributor_tenant_id, chain_tenant_id, kind, invitation_only,"
            + " earliest_start, latest_start, min_seats, note, status, proposed_earliest, proposed_latest, answer_note, screening_id,"
            + " created_by, created_at, updated_at";

    private final JdbcClient jdbc;

    ScreeningRequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewScreeningRequest request, long distributorTenantId, long chainTenantId, long createdBy, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into screening_request (film_id, cinema_id, distributor_tenant_id, chain_tenant_id, kind, invitation_only,
                            earliest_start, latest_start, min_seats, note, status, created_by, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SENT', ?, ?, ?)""")
                .params(request.filmId(), request.cinemaId(), distributorTenantId, chainTenantId, request.kind().name(),
                        Boolean.TRUE.equals(request.invitationOnly()), utc(request.earliestStart()), utc(request.latestStart()),
                        request.minSeats(), request.note(), createdBy, utc(at), utc(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<ScreeningRequest> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from screening_request where id = ?").param(id).query(ScreeningRequestStore::row).optional();
    }

    /** The newest {@code limit} requests of a tenant, sent or received (null: every tenant's, for the operator). */
    public List<ScreeningRequest> ofTenant(Long tenantId, int limit) {
        if (tenantId == null) {
            return jdbc.sql("select " + COLUMNS + " from screening_request order by id desc fetch first " + limit + " rows only")
                    .query(ScreeningRequestStore::row).list();
        }
        return jdbc.sql("select " + COLUMNS + " from screening_request where distributor_tenant_id = ? or chain_tenant_id = ?"
                        + " order by id desc fetch first " + limit + " rows only")
                .params(tenantId, tenantId).query(ScreeningRequestStore::row).list();
    }

    /** SENT to ACCEPTED, if it is still SENT; the screening is filled in by {@link #recordScreening} once scheduled. */
    /** The film's accepted requests with their screening (for the results of a preview: which cities had one). */
    public List<ScreeningRequest> acceptedOfFilm(long filmId) {
        return jdbc.sql("select " + COLUMNS + " from screening_request where film_id = ? and status = 'ACCEPTED' and screening_id is not null"
                        + " order by id").param(filmId).query(ScreeningRequestStore::row).list();
    }

    public boolean accept(long id, Instant at) {
        return move(id, Status.SENT, Status.ACCEPTED, at);
    }

    public void recordScreening(long id, long screeningId) {
        jdbc.sql("update screening_request set screening_id = ? where id = ?").params(screeningId, id).update();
    }

    public boolean decline(long id, String reason, Instant at) {
        return jdbc.sql("update screening_request set status = 'DECLINED', answer_note = ?, updated_at = ? where id = ? and status = 'SENT'")
                .params(reason, utc(at), id).update() == 1;
    }

    public boolean propose(long id, Instant earliest, Instant latest, String note, Instant at) {
        return jdbc.sql("""
                        update screening_request set status = 'PROPOSED', proposed_earliest = ?, proposed_latest = ?, answer_note = ?,
                            updated_at = ? where id = ? and status = 'SENT'""")
                .params(utc(earliest), utc(latest), note, utc(at), id).update() == 1;
    }

    /** PROPOSED back to SENT, the proposed window becoming the request's. */
    public boolean agree(long id, Instant at) {
        return jdbc.sql("""
                        update screening_request set status = 'SENT', earliest_start = proposed_earliest, latest_start = proposed_latest,
                            proposed_earliest = null, proposed_latest = null, updated_at = ? where id = ? and status = 'PROPOSED'""")
                .params(utc(at), id).update() == 1;
    }

    public boolean withdraw(long id, Instant at) {
        return jdbc.sql("update screening_request set status = 'WITHDRAWN', updated_at = ? where id = ? and status in ('SENT', 'PROPOSED')")
                .params(utc(at), id).update() == 1;
    }

    private boolean move(long id, Status from, Status to, Instant at) {
        return jdbc.sql("update screening_request set status = ?, updated_at = ? where id = ? and status = ?")
                .params(to.name(), utc(at), id, from.name()).update() == 1;
    }

    private static ScreeningRequest row(ResultSet rs, int n) throws SQLException {
        return new ScreeningRequest(rs.getLong("id"), rs.getLong("film_id"), rs.getLong("cinema_id"), rs.getLong("distributor_tenant_id"),
                rs.getLong("chain_tenant_id"), ScreeningRequest.Kind.valueOf(rs.getString("kind")), rs.getBoolean("invitation_only"),
                instant(rs, "earliest_start"), instant(rs, "latest_start"), rs.getInt("min_seats"), rs.getString("note"),
                Status.valueOf(rs.getString("status")), instant(rs, "proposed_earliest"), instant(rs, "proposed_latest"),
                rs.getString("answer_note"), rs.getObject("screening_id", Long.class), rs.getLong("created_by"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
