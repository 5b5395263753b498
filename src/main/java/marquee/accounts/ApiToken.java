package marquee.accounts;

import java.time.Instant;

/** A personal API token as listed: never the secret, which is shown once when it is created. */
public record ApiToken(long id, String name, Instant createdAt, Instant revokedAt) {}
