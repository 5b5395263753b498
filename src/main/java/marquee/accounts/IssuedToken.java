package marquee.accounts;

/** A token just created: the only time its secret is seen. Send it as {@code Authorization: Bearer <secret>}. */
public record IssuedToken(ApiToken token, String secret) {}
