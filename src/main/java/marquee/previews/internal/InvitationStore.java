package marquee.previews.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import marquee.previews.Invitations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations to invitation-only screenings (tables screening_invitation, screening_invitee; V25). */
@Repository
public class InvitationStore {

    private final JdbcClient jdbc;

    InvitationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The invitation and every eligible member's arm; a second invitation of the request fails on its key. */
    public void insert(Invitations made, long distributorTenantId, long createdBy, Map<Long, Boolean> heldOut) {
        jdbc.sql("""
                        insert into screening_invitation (request_id, screening_id, distributor_tenant_id, segment, holdout_share, seed,
                            eligible, invited, held_out, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(made.requestId(), made.screeningId(), distributorTenantId, made.segment(), made.holdoutShare(), made.seed(),
                        made.eligible(), made.invited(), made.heldOut(), createdBy, OffsetDateTime.ofInstant(made.createdAt(), ZoneOffset.UTC))
                .update();
        List<Object[]> rows = heldOut.entrySet().stream()
                .map(e -> new Object[] {made.screeningId(), e.getKey(), e.getValue()}).toList();
        batch(rows);
    }

    /** Many rows per statement: a segment may have tens of thousands of members. */
    private void batch(List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 1000));
            StringBuilder sql = new StringBuilder("insert into screening_invitee (screening_id, account_id, held_out) values ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?)");
            }
            List<Object> params = chunk.stream().flatMap(r -> java.util.Arrays.stream(r)).toList();
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    public Optional<Invitations> find(long requestId) {
        return jdbc.sql("""
                        select request_id, screening_id, segment, holdout_share, seed, eligible, invited, held_out, created_at
                        from screening_invitation where request_id = ?""")
                .param(requestId)
                .query((rs, n) -> new Invitations(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDouble(4), rs.getLong(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getObject(9, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Every eligible member of the screening's invitation and whether they were held out. */
    public Map<Long, Boolean> arms(long screeningId) {
        Map<Long, Boolean> arms = new java.util.HashMap<>();
        jdbc.sql("select account_id, held_out from screening_invitee where screening_id = ?").param(screeningId)
                .query(rs -> {
                    arms.put(rs.getLong(1), rs.getBoolean(2));
                });
        return arms;
    }

    /** Whether the account is invited (not held out) to the screening. */
    public boolean invited(long screeningId, long accountId) {
        return jdbc.sql("select count(*) from screening_invitee where screening_id = ? and account_id = ? and held_out = false")
                .params(screeningId, accountId).query(Long.class).single() > 0;
    }

    /** Of these screenings, those of an accepted invitation-only request the viewer (null: nobody) is not invited to. */
    public Set<Long> closed(Collection<Long> screeningIds, Long viewerId) {
        return new HashSet<>(jdbc.sql("""
                        select r.screening_id from screening_request r
                        where r.screening_id in (:ids) and r.invitation_only = true and r.status = 'ACCEPTED'
                          and not exists (select 1 from screening_invitee i
                                          where i.screening_id = r.screening_id and i.account_id = :viewer and i.held_out = false)""")
                .param("ids", List.copyOf(new HashSet<>(screeningIds))).param("viewer", viewerId == null ? -1L : viewerId)
                .query(Long.class).list());
    }

    /** The newest screenings the account is invited to (not held out). */
    public List<Long> invitedTo(long accountId, int limit) {
        return jdbc.sql("select screening_id from screening_invitee where account_id = ? and held_out = false"
                        + " order by screening_id desc fetch first " + limit + " rows only")
                .param(accountId).query(Long.class).list();
    }

    /** Whether the screening is an accepted invitation-only request's. */
    public boolean invitationOnly(long screeningId) {
        return jdbc.sql("select count(*) from screening_request where screening_id = ? and invitation_only = true and status = 'ACCEPTED'")
                .param(screeningId).query(Long.class).single() > 0;
    }
}
