/**
 * Accounts: tenants (distributors, cinema chains, the operator), accounts with roles, moviegoer
 * profiles with interests, marketing consent and viewing history, personal API tokens, the audit log
 * of staff actions, and the web security of the whole application: sign-in, the one rule table that
 * says who may call each endpoint, rate limits and lockout. Other modules use {@link marquee.accounts.Accounts}
 * and the records of this package; they learn who is calling through {@link marquee.shared.security.Caller}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package marquee.accounts;
