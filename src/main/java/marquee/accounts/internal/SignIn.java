package marquee.accounts.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import marquee.accounts.Accounts;
import marquee.accounts.Credentials;
import marquee.shared.security.Caller;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks an email and password: rate limits first, then the temporary lockout after repeated failures,
 * then the password. Unknown emails cost the same hashing time as known ones.
 */
@Component
class SignIn {

    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final SignInGuard guard;
    private final SecuritySettings settings;
    private final Clock clock;
    private final String decoyHash;

    SignIn(AccountStore store, PasswordEncoder passwords, SignInGuard guard, SecuritySettings settings, Clock clock) {
        this.store = store;
        this.passwords = passwords;
        this.guard = guard;
        this.settings = settings;
        this.clock = clock;
        this.decoyHash = passwords.encode("a password nobody has: it only spends the time a real check takes");
    }

    /** The caller these credentials prove, or {@link SignInRefused}; {@code TooManyRequests} when rate limited. */
    Caller authenticate(Credentials credentials, String clientAddress) {
        guard.admitLogin(credentials.email(), clientAddress);
        String email = credentials.email().trim().toLowerCase(Locale.ROOT);
        var login = store.login(email).orElse(null);
        if (login == null || login.passwordHash() == null) {
            passwords.matches(credentials.password(), decoyHash);
            throw new SignInRefused();
        }
        Instant now = clock.instant();
        if (login.lockedUntil() != null && login.lockedUntil().isAfter(now)) {
            throw new SignInRefused();
        }
        if (!passwords.matches(credentials.password(), login.passwordHash())) {
            int failures = login.failedLogins() + 1;
            boolean lock = failures >= settings.maxFailedLogins();
            store.recordFailure(login.account().id(), lock ? 0 : failures, lock ? now.plus(settings.lockout()) : null);
            throw new SignInRefused();
        }
        store.recordSuccess(login.account().id());
        return Accounts.callerOf(login.account());
    }
}
