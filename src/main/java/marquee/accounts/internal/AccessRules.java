package marquee.accounts.internal;

import static marquee.shared.security.Role.CINEMA_MANAGER;
import static marquee.shared.security.Role.DISTRIBUTOR_ADMIN;
import static marquee.shared.security.Role.MOVIEGOER;
import static marquee.shared.security.Role.OPERATOR;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import marquee.shared.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * THE one place that says who may call each endpoint of Marquee. A request that no rule matches is
 * denied (deny by default), and the authorization matrix test fails for any handler mapping that has
 * no rule here (AuthorizationMatrixTest). Rules are tried in order; the first whose method and pattern match decides.
 *
 * <p>These rules say which roles may call an endpoint at all. Whether the object asked for is the
 * caller's (its own profile, its distributor's film, its chain's cinema) is checked by the module
 * that owns it, which answers 404 for another tenant's object.
 */
public final class AccessRules {

    /** Who may call: anyone (also anonymous), or signed-in callers of some roles. */
    public record Access(boolean anyone, Set<Role> roles) {
        public boolean permits(Optional<Role> role) {
            return anyone || role.map(roles::contains).orElse(false);
        }
    }

    /** One line of the table; {@code method} null means every method. */
    public record Rule(HttpMethod method, String pattern, Access access) {}

    public static final Access ANYONE = new Access(true, EnumSet.allOf(Role.class));
    public static final Access SIGNED_IN = new Access(false, EnumSet.allOf(Role.class));
    /** Every staff role: market-level data that all staff may see. */
    public static final Access STAFF = only(Role.DISTRIBUTOR_ANALYST, DISTRIBUTOR_ADMIN, CINEMA_MANAGER, OPERATOR);
    /** Those who administer a tenant: read its accounts and its audit log. */
    public static final Access TENANT_ADMINS = only(DISTRIBUTOR_ADMIN, CINEMA_MANAGER, OPERATOR);

    public static final List<Rule> RULES = List.of(
            // --- Catalog: public reads for the storefront; writes by the owning tenant's staff or the operator
            rule(GET, "/api/films", ANYONE),
            rule(GET, "/api/films/{id}", ANYONE), // unannounced films: owner and operator only (404 for others)
            rule(POST, "/api/films", only(DISTRIBUTOR_ADMIN, OPERATOR)),
            rule(GET, "/api/films/{id}/releases", ANYONE),
            rule(POST, "/api/films/{id}/releases", only(DISTRIBUTOR_ADMIN, OPERATOR)), // own films only
            rule(POST, "/api/films/{id}/announcement", only(DISTRIBUTOR_ADMIN, OPERATOR)), // own films only
            // Distributor pages (issue 19 item 3): editing a film and a release, own films only
            rule(PUT, "/api/films/{id}", only(DISTRIBUTOR_ADMIN, OPERATOR)),
            rule(PUT, "/api/films/{id}/releases/{releaseId}", only(DISTRIBUTOR_ADMIN, OPERATOR)),
            rule(GET, "/api/cities", ANYONE),
            rule(GET, "/api/cinemas", ANYONE),
            rule(GET, "/api/cinemas/{id}", ANYONE),
            rule(POST, "/api/cinemas", only(CINEMA_MANAGER, OPERATOR)),
            rule(GET, "/api/cinemas/{id}/halls", ANYONE),
            rule(POST, "/api/cinemas/{id}/halls", only(CINEMA_MANAGER, OPERATOR)), // own chain's cinemas only
            rule(GET, "/api/halls/{id}", ANYONE),
            rule(GET, "/api/screenings", ANYONE),
            rule(GET, "/api/screenings/{id}", ANYONE),
            rule(POST, "/api/screenings", only(CINEMA_MANAGER, OPERATOR)), // halls of the own chain only

            // --- Booking: seat maps are public; holds, orders, refunds and e-tickets are a moviegoer's own
            // (another's answer 404); the door scans tickets of its own chain's cinemas; coupons by their owner
            rule(GET, "/api/screenings/{id}/seats", ANYONE),
            rule(PUT, "/api/screenings/{id}/seats/{seatId}/block", only(CINEMA_MANAGER, OPERATOR)), // own chain's
            rule(DELETE, "/api/screenings/{id}/seats/{seatId}/block", only(CINEMA_MANAGER, OPERATOR)),
            rule(POST, "/api/holds", only(MOVIEGOER)),
            rule(GET, "/api/holds/{id}", only(MOVIEGOER)),
            rule(POST, "/api/holds/{id}/extension", only(MOVIEGOER)),
            rule(DELETE, "/api/holds/{id}", only(MOVIEGOER)),
            rule(GET, "/api/holds/{id}/quote", only(MOVIEGOER)),
            rule(POST, "/api/orders", only(MOVIEGOER)),
            rule(GET, "/api/orders/{id}", only(MOVIEGOER)),
            rule(GET, "/api/me/orders", only(MOVIEGOER)),
            rule(POST, "/api/orders/{id}/refunds", only(MOVIEGOER)),
            rule(GET, "/api/tickets/{code}/qr", only(MOVIEGOER)),
            rule(POST, "/api/check-ins", only(CINEMA_MANAGER, OPERATOR)), // own chain's cinemas only
            rule(GET, "/api/coupons", only(DISTRIBUTOR_ADMIN, CINEMA_MANAGER, OPERATOR)), // own tenant's
            rule(POST, "/api/coupons", only(DISTRIBUTOR_ADMIN, CINEMA_MANAGER, OPERATOR)), // own films / cinemas
            rule(GET, "/api/coupons/takings", only(DISTRIBUTOR_ADMIN, CINEMA_MANAGER, OPERATOR)), // own tenant's: uses, gross
            rule(GET, "/api/cinemas/{id}/refund-policy", ANYONE),
            rule(PUT, "/api/cinemas/{id}/refund-policy", only(CINEMA_MANAGER, OPERATOR)), // own chain's cinemas

            // --- Cinema manager pages (issue 19 item 2): a chain's manager moves and cancels its own cinemas' screenings,
            // sees their sales today, scans tickets, blocks seats, sets the refund policy (another chain's: 404); a
            // moviegoer reads what cinemas told them about their orders
            rule(POST, "/api/screenings/{id}/move", only(CINEMA_MANAGER, OPERATOR)), // own chain's only
            rule(POST, "/api/screenings/{id}/cancellation", only(CINEMA_MANAGER, OPERATOR)), // refunds and tells buyers
            rule(GET, "/api/manager/sales", only(CINEMA_MANAGER, OPERATOR)),
            rule(GET, "/api/me/notices", only(MOVIEGOER)),
            rule(GET, "/manager", only(CINEMA_MANAGER, OPERATOR)),
            rule(GET, "/manager/schedule", only(CINEMA_MANAGER, OPERATOR)),
            rule(POST, "/manager/schedule", only(CINEMA_MANAGER, OPERATOR)),
            rule(POST, "/manager/screenings/{id}/move", only(CINEMA_MANAGER, OPERATOR)),
            rule(POST, "/manager/screenings/{id}/cancel", only(CINEMA_MANAGER, OPERATOR)),
            rule(GET, "/manager/screenings/{id}/seats", only(CINEMA_MANAGER, OPERATOR)),
            rule(GET, "/manager/door", only(CINEMA_MANAGER, OPERATOR)),
            rule(GET, "/manager/refund-policy", only(CINEMA_MANAGER, OPERATOR)),
            rule(POST, "/manager/refund-policy", only(CINEMA_MANAGER, OPERATOR)),

            // --- Box office: market-level aggregates for all staff; imports of market feeds by the operator
            rule(GET, "/api/boxoffice/ranking", STAFF),
            rule(GET, "/api/boxoffice/films/{id}", STAFF),
            rule(GET, "/api/boxoffice/history/films", STAFF),
            rule(GET, "/api/boxoffice/history/films/{id}", STAFF),
            rule(GET, "/api/boxoffice/history/films/{id}/comparables", STAFF),
            rule(GET, "/api/boxoffice/history/records", STAFF),
            rule(GET, "/api/boxoffice/live", STAFF),
            rule(GET, "/api/boxoffice/share", STAFF),
            rule(GET, "/api/boxoffice/records/by-genre", STAFF),
            rule(POST, "/api/boxoffice/imports", only(OPERATOR)),
            rule(POST, "/api/boxoffice/sale-imports", only(OPERATOR)),
            rule(POST, "/api/boxoffice/rebuild", only(OPERATOR)), // the platform's sales again from booking's history
            rule(GET, "/api/boxoffice/reconciliation", only(OPERATOR)),
            rule(GET, "/boxoffice", STAFF),
            rule(GET, "/boxoffice/market", STAFF),

            // --- Audience portraits: staff; a distributor its own films and coupons only (404 for another's), a chain its
            // own cinemas; a campaign's buyers the operator only (campaigns have no owner yet)
            rule(GET, "/api/audience/portraits", STAFF),
            rule(GET, "/api/audience/comparisons", STAFF),
            rule(GET, "/api/audience/films/{id}/word-of-mouth", STAFF),
            rule(GET, "/api/audience/films/{id}/discovery", STAFF), // segments and counts only, never people
            rule(GET, "/api/audience/lookalikes", STAFF),
            rule(POST, "/api/audience/rebuild", only(OPERATOR)), // rebuilds the audience's purchases from booking's history
            rule(PUT, "/api/films/{id}/want-to-see", only(MOVIEGOER)),
            rule(DELETE, "/api/films/{id}/want-to-see", only(MOVIEGOER)),
            rule(PUT, "/api/films/{id}/rating", only(MOVIEGOER)), // verified viewers only (403 otherwise)
            rule(GET, "/api/films/{id}/opinion", ANYONE), // the storefront's score, histogram, want-to-see count
            rule(GET, "/api/films/{id}/reviews", ANYONE),
            rule(PUT, "/api/reviews/{id}/helpful", only(MOVIEGOER)),
            rule(PUT, "/api/reviews/{id}/report", only(MOVIEGOER)),
            rule(GET, "/api/audience/films/{id}/reviews/flagged", only(Role.DISTRIBUTOR_ANALYST, DISTRIBUTOR_ADMIN, OPERATOR)), // own films
            rule(PUT, "/api/audience/reviews/{id}/hidden", only(DISTRIBUTOR_ADMIN, OPERATOR)), // own films; audited
            rule(DELETE, "/api/audience/reviews/{id}/hidden", only(DISTRIBUTOR_ADMIN, OPERATOR)),
            rule(GET, "/audience", STAFF),
            rule(GET, "/audience/films/{id}", STAFF),
            rule(POST, "/audience/films/{id}/reviews/{reviewId}/hidden", only(DISTRIBUTOR_ADMIN, OPERATOR)), // own films; audited
            rule(GET, "/audience/coupons/{code}", STAFF), // the coupon's owner and the operator (404 for others)
            rule(GET, "/audience/compare", STAFF),

            // --- Previews: a film's screening plan, for its distributor and the operator (404 for another's film)
            rule(GET, "/api/films/{id}/screening-plan", only(Role.DISTRIBUTOR_ANALYST, DISTRIBUTOR_ADMIN, OPERATOR)),
            rule(GET, "/films/{id}/screening-plan", only(Role.DISTRIBUTOR_ANALYST, DISTRIBUTOR_ADMIN, OPERATOR)),
            // Screening requests: seen by the distributor that sent them, the chain that runs the cinema and the operator (404
            // for anyone else); sent, agreed and withdrawn by the distributor, answered by the chain; audited
            rule(GET, "/api/screening-requests", TENANT_ADMINS),
            rule(POST, "/api/screening-requests", only(DISTRIBUTOR_ADMIN, OPERATOR)), // own films only
            rule(GET, "/api/screening-requests/{id}", TENANT_ADMINS),
            rule(POST, "/api/screening-requests/{id}/accept", only(CINEMA_MANAGER, OPERATOR)), // own chain's cinemas only
            rule(POST, "/api/screening-requests/{id}/decline", only(CINEMA_MANAGER, OPERATOR)),
            rule(POST, "/api/screening-requests/{id}/propose", only(CINEMA_MANAGER, OPERATOR)),
            rule(POST, "/api/screening-requests/{id}/agree", only(DISTRIBUTOR_ADMIN, OPERATOR)), // own requests only
            rule(POST, "/api/screening-requests/{id}/withdraw", only(DISTRIBUTOR_ADMIN, OPERATOR)),
            rule(POST, "/api/screening-requests/{id}/invitations", only(DISTRIBUTOR_ADMIN, OPERATOR)), // own requests only
            rule(GET, "/api/screening-requests/{id}/invitations", only(DISTRIBUTOR_ADMIN, OPERATOR)),
            // Results of a preview (issue 16 item 5): the distributor that asked, the chain that hosted it, the operator (404 for others)
            rule(GET, "/api/screening-requests/{id}/results", TENANT_ADMINS),
            rule(GET, "/screening-requests/{id}/results", TENANT_ADMINS),
            rule(GET, "/api/films/{id}/preview-results", TENANT_ADMINS), // the film's distributor: all; a chain: those it hosted
            rule(GET, "/screening-requests", TENANT_ADMINS),
            rule(POST, "/screening-requests", only(DISTRIBUTOR_ADMIN, OPERATOR)),
            rule(POST, "/screening-requests/{id}/accept", only(CINEMA_MANAGER, OPERATOR)),
            rule(POST, "/screening-requests/{id}/decline", only(CINEMA_MANAGER, OPERATOR)),
            rule(POST, "/screening-requests/{id}/propose", only(CINEMA_MANAGER, OPERATOR)),
            rule(POST, "/screening-requests/{id}/agree", only(DISTRIBUTOR_ADMIN, OPERATOR)),
            rule(POST, "/screening-requests/{id}/withdraw", only(DISTRIBUTOR_ADMIN, OPERATOR)),
            // Preview demo (issue 16 item 6): the console's form to invite a segment to an accepted invitation-only request
            rule(POST, "/screening-requests/{id}/invitations", only(DISTRIBUTOR_ADMIN, OPERATOR)), // own requests only

            // --- Forecasts over the market's real history: staff (no tenant's own data is in it yet)
            rule(POST, "/api/forecasts/acquisition", STAFF), // acquisition valuation over the market history
            rule(GET, "/api/forecasts/acquisition/us-films", STAFF),
            rule(GET, "/api/forecasts/acquisition/backtest", STAFF),
            rule(GET, "/api/forecasts/{market}/films", STAFF),
            rule(GET, "/api/forecasts/{market}/films/{filmId}", STAFF),
            rule(GET, "/api/forecasts/{market}/calendar", STAFF),
            rule(GET, "/api/forecasts/{market}/plan", STAFF),
            rule(GET, "/forecasts", STAFF),
            rule(GET, "/forecasts/acquisition", STAFF),
            rule(GET, "/forecasts/{market}/films/{filmId}", STAFF),
            rule(GET, "/forecasts/{market}/calendar", STAFF),
            rule(GET, "/forecasts/{market}/plan", STAFF),
            rule(GET, "/api/forecasts/allocation", only(CINEMA_MANAGER, OPERATOR)), // own chain's cinemas only
            rule(GET, "/forecasts/allocation", only(CINEMA_MANAGER, OPERATOR)),
            // Live forecasts of catalog films: staff, for films they may see (another distributor's unannounced film:
            // 404); the match to a history film is confirmed or fixed by the film's distributor or the operator
            rule(GET, "/api/films/{id}/forecast", STAFF),
            rule(GET, "/api/films/{id}/forecast/match", STAFF),
            rule(PUT, "/api/films/{id}/forecast/match", only(DISTRIBUTOR_ADMIN, Role.DISTRIBUTOR_ANALYST, OPERATOR)), // own films
            rule(POST, "/films/{id}/forecast/match", only(DISTRIBUTOR_ADMIN, Role.DISTRIBUTOR_ANALYST, OPERATOR)), // own films

            // --- Campaigns: a tenant's own campaigns (another tenant's answer 404); tracking links are open
            rule(GET, "/api/campaigns", STAFF),
            rule(POST, "/api/campaigns", TENANT_ADMINS), // a distributor's own films; a chain's codes at its own cinemas
            rule(GET, "/api/campaigns/compare", STAFF), // own campaigns side by side
            rule(GET, "/api/campaigns/{id}", STAFF),
            rule(GET, "/api/campaigns/{id}/results", STAFF), // small cells suppressed as portraits do
            rule(POST, "/api/campaigns/{id}/channels", TENANT_ADMINS),
            rule(POST, "/api/campaigns/{id}/channels/{channelId}/partners", TENANT_ADMINS),
            rule(GET, "/api/campaigns/{id}/channels/{channelId}/codes", TENANT_ADMINS), // the partners' codes as CSV
            rule(POST, "/api/campaigns/{id}/engagement", TENANT_ADMINS), // the platforms' daily figures per post, CSV
            rule(GET, "/api/campaigns/{id}/engagement", STAFF),
            rule(POST, "/api/campaigns/{id}/offers", TENANT_ADMINS), // a targeted offer with its holdout
            rule(GET, "/api/campaigns/{id}/offers", STAFF), // the offers' lift, contacted against held out
            rule(GET, "/go/{token}", ANYONE), // a tracking link: remembers the visit, opens the film's storefront page
            rule(GET, "/campaigns", STAFF), // the tenant's campaigns side by side
            rule(GET, "/campaigns/{id}", STAFF), // own campaign's results (404 for another tenant's)

            // --- Accounts: sign-up and sign-in are open (and rate limited); the rest is the caller's own
            rule(POST, "/api/signup", ANYONE),
            rule(POST, "/api/session", ANYONE),
            rule(DELETE, "/api/session", SIGNED_IN),
            rule(GET, "/api/me", SIGNED_IN),
            rule(GET, "/api/me/data", only(MOVIEGOER)), // everything every module keeps about the caller
            rule(DELETE, "/api/me", only(MOVIEGOER)), // forget the caller everywhere
            rule(GET, "/api/me/profile", only(MOVIEGOER)),
            rule(PUT, "/api/me/profile", only(MOVIEGOER)),
            rule(PUT, "/api/me/consent", only(MOVIEGOER)),
            rule(GET, "/api/moviegoers/{id}", only(MOVIEGOER, OPERATOR)), // a moviegoer: only their own
            rule(GET, "/api/interest-tags", ANYONE),
            rule(GET, "/api/me/tokens", SIGNED_IN),
            rule(POST, "/api/me/tokens", SIGNED_IN),
            rule(DELETE, "/api/me/tokens/{id}", SIGNED_IN), // own tokens only
            rule(GET, "/api/tenants", only(OPERATOR)),
            rule(POST, "/api/tenants", only(OPERATOR)),
            rule(GET, "/api/tenants/{id}", TENANT_ADMINS), // admins: own tenant only
            rule(GET, "/api/tenants/{id}/accounts", TENANT_ADMINS), // admins: own tenant only
            rule(POST, "/api/tenants/{id}/accounts", only(OPERATOR)),
            rule(GET, "/api/audit", TENANT_ADMINS), // admins: own tenant's entries only

            // --- Console pages: the catalog pages are public; the rest needs a sign-in
            rule(GET, "/", ANYONE),
            rule(GET, "/films", ANYONE),
            rule(GET, "/films/{id}", ANYONE),
            rule(POST, "/films/{id}/announcement", only(DISTRIBUTOR_ADMIN, OPERATOR)), // own films only
            rule(GET, "/login", ANYONE),
            rule(POST, "/login", ANYONE),
            rule(POST, "/logout", SIGNED_IN),
            rule(GET, "/account", SIGNED_IN),
            rule(POST, "/account/tokens", SIGNED_IN),
            rule(POST, "/account/tokens/{id}/revoke", SIGNED_IN),
            rule(GET, "/audit", TENANT_ADMINS),
            rule(GET, "/audit.csv", TENANT_ADMINS), // CSV export (issue 19 item 6): every entry the page shows, and more
            rule(GET, "/films.csv", ANYONE), // CSV export: the film list with its filters, every page

            // --- Distributor pages (issue 19 item 3): own films, releases and coupons, through the same services as
            // the API (another tenant's film answers 404); the operator may act for any
            rule(GET, "/distributor", only(DISTRIBUTOR_ADMIN, OPERATOR)),
            rule(GET, "/distributor/films/new", only(DISTRIBUTOR_ADMIN, OPERATOR)),
            rule(POST, "/distributor/films", only(DISTRIBUTOR_ADMIN, OPERATOR)),
            rule(GET, "/distributor/films/{id}", only(DISTRIBUTOR_ADMIN, OPERATOR)),
            rule(POST, "/distributor/films/{id}", only(DISTRIBUTOR_ADMIN, OPERATOR)),
            rule(POST, "/distributor/films/{id}/releases", only(DISTRIBUTOR_ADMIN, OPERATOR)),
            rule(POST, "/distributor/films/{id}/releases/{releaseId}", only(DISTRIBUTOR_ADMIN, OPERATOR)),
            rule(POST, "/distributor/films/{id}/announcement", only(DISTRIBUTOR_ADMIN, OPERATOR)),
            rule(GET, "/distributor/coupons", only(DISTRIBUTOR_ADMIN, OPERATOR)),
            rule(POST, "/distributor/coupons", only(DISTRIBUTOR_ADMIN, OPERATOR)),

            // --- Storefront pages: anyone browses showtimes and seat maps (buying goes through the booking API
            // above, as a moviegoer); "My tickets" is a moviegoer's own
            rule(GET, "/tickets", ANYONE),
            rule(GET, "/tickets/films/{id}", ANYONE),
            rule(GET, "/tickets/coming-soon", ANYONE), // announced films not yet released, with want-to-see counts
            rule(GET, "/tickets/screenings/{id}", ANYONE),
            rule(GET, "/tickets/mine", only(MOVIEGOER)),
            rule(GET, "/tickets/offers", only(MOVIEGOER)), // "My offers": the targeted offers the moviegoer was sent
            rule(POST, "/tickets/offers/unsubscribe", only(MOVIEGOER)), // withdraws marketing consent

            // --- Moviegoer pages (issue 19 item 4): sign-up is open; the profile, consent and my data are the
            // signed-in moviegoer's own (the pages take the account from the session, never from the request)
            rule(GET, "/tickets/signup", ANYONE),
            rule(POST, "/tickets/signup", ANYONE), // rate limited as the API's sign-up
            rule(GET, "/tickets/forgotten", ANYONE), // says the data is gone, after the session ended
            rule(GET, "/tickets/me", only(MOVIEGOER)),
            rule(POST, "/tickets/me/profile", only(MOVIEGOER)),
            rule(POST, "/tickets/me/consent", only(MOVIEGOER)),
            rule(GET, "/tickets/me/data", only(MOVIEGOER)),
            rule(POST, "/tickets/me/data/deletion", only(MOVIEGOER)), // the email typed again to confirm
            rule(GET, "/tickets/mine/{code}", only(MOVIEGOER)), // one ticket with its QR code, own tickets only (404)

            // --- Infrastructure: errors, API documentation, static files, health; metrics for the operator
            rule(null, "/error", ANYONE),
            rule(GET, "/v3/api-docs", ANYONE),
            rule(GET, "/v3/api-docs/**", ANYONE),
            rule(GET, "/v3/api-docs.yaml", ANYONE),
            rule(GET, "/swagger-ui.html", ANYONE),
            rule(GET, "/swagger-ui/**", ANYONE),
            rule(GET, "/console/**", ANYONE),
            rule(GET, "/webjars/**", ANYONE),
            rule(GET, "/favicon.ico", ANYONE),
            rule(GET, "/actuator/health", ANYONE),
            rule(GET, "/actuator/health/**", ANYONE),
            rule(GET, "/actuator/info", ANYONE),
            rule(GET, "/actuator/**", only(OPERATOR)));

    private AccessRules() {
    }

    /**
     * The rule that decides requests to {@code pattern} (a handler mapping's pattern such as
     * {@code /api/films/{id}}): the first whose method and pattern match, as for a request.
     */
    public static Optional<Rule> ruleFor(HttpMethod method, String pattern) {
        PathContainer path = PathContainer.parsePath(pattern);
        return RULES.stream()
                .filter(r -> r.method() == null || r.method().equals(method))
                .filter(r -> PathPatternParser.defaultInstance.parse(r.pattern()).matches(path))
                .findFirst();
    }

    private static Rule rule(HttpMethod method, String pattern, Access access) {
        return new Rule(method, pattern, access);
    }

    private static Access only(Role... roles) {
        return new Access(false, EnumSet.copyOf(List.of(roles)));
    }
}
