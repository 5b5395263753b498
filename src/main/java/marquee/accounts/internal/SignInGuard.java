package marquee.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import marquee.shared.TokenBuckets;
import java.util.Locale;
import marquee.shared.TooManyRequests;
import org.springframework.stereotype.Component;

/** The rate limits of sign-in and sign-up, per account (email) and per client address. */
@Component
class SignInGuard {

    private final TokenBuckets loginsByAccount;
    private final TokenBuckets loginsByAddress;
    private final TokenBuckets signUpsByAddress;
    private final TokenBuckets signUpsByAccount;

    SignInGuard(SecuritySettings settings, Clock clock) {
        Duration minute = Duration.ofMinutes(1);
        this.loginsByAccount = new TokenBuckets(settings.loginsPerAccountPerMinute(), minute, clock);
        this.loginsByAddress = new TokenBuckets(settings.loginsPerAddressPerMinute(), minute, clock);
        this.signUpsByAddress = new TokenBuckets(settings.signUpsPerAddressPerHour(), Duration.ofHours(1), clock);
        this.signUpsByAccount = new TokenBuckets(3, Duration.ofHours(1), clock);
    }

    void admitLogin(String email, String address) {
        admit(loginsByAddress.take(address), loginsByAccount.take(key(email)));
    }

    void admitSignUp(String email, String address) {
        admit(signUpsByAddress.take(address), signUpsByAccount.take(key(email)));
    }

    private static void admit(long waitByAddress, long waitByAccount) {
        long wait = Math.max(waitByAddress, waitByAccount);
        if (wait > 0) {
            throw new TooManyRequests(wait);
        }
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
