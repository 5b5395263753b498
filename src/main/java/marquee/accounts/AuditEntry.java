package marquee.accounts;

import java.time.Instant;

/** One staff action: who (account and tenant), what (method and endpoint), when, which object, and the answer's status. */
public record AuditEntry(long id, Instant at, long accountId, String email, Long tenantId, String action, String objectRef, int status) {}
