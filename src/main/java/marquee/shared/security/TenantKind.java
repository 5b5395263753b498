package marquee.shared.security;

/** The three kinds of organisation that use Marquee's console. */
public enum TenantKind {
    DISTRIBUTOR, CINEMA_CHAIN, OPERATOR
}
