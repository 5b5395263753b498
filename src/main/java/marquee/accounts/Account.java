package marquee.accounts;

import java.time.Instant;
import marquee.shared.security.Role;

/** A person who can be known to Marquee: never carries the password hash out of the module. */
public record Account(long id, String email, String displayName, Role role, Long tenantId, Instant createdAt) {}
