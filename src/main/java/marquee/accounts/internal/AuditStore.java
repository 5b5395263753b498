package marquee.accounts.internal;

import static marquee.accounts.internal.AccountStore.instant;
import static marquee.accounts.internal.AccountStore.utc;

import java.time.Instant;
import java.util.List;
import marquee.accounts.AuditEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit log: appended to, never changed. */
@Repository
class AuditStore {

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(Instant at, long accountId, Long tenantId, String action, String objectRef, int status) {
        jdbc.sql("insert into audit_entry (at, account_id, tenant_id, action, object_ref, status) values (?, ?, ?, ?, ?, ?)")
                .params(utc(at), accountId, tenantId, truncate(action, 120), truncate(objectRef, 300), status).update();
    }

    /** The latest entries, of one tenant or (null) of all. */
    List<AuditEntry> latest(Long tenantId, int limit) {
        String where = tenantId == null ? "" : " where e.tenant_id = ?";
        var query = jdbc.sql("select e.*, a.email from audit_entry e join account a on a.id = e.account_id" + where
                + " order by e.id desc limit ?");
        if (tenantId != null) {
            query = query.param(tenantId);
        }
        return query.param(limit)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), instant(rs, "at"), rs.getLong("account_id"),
                        rs.getString("email"), rs.getObject("tenant_id", Long.class), rs.getString("action"),
                        rs.getString("object_ref"), rs.getInt("status")))
                .list();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
