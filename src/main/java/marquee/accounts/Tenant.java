package marquee.accounts;

import java.time.Instant;
import marquee.shared.security.TenantKind;

/** An organisation whose staff use the console: a distributor, a cinema chain, or the operator. */
public record Tenant(long id, String name, TenantKind kind, Instant createdAt) {}
