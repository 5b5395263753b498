package marquee.accounts.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in protection (application.properties, prefix {@code marquee.security}).
 *
 * @param maxFailedLogins           consecutive wrong passwords before an account is locked
 * @param lockout                   how long a locked account refuses every sign-in, even a right one
 * @param loginsPerAccountPerMinute sign-in attempts per email per minute (a burst of that many, then refilled evenly)
 * @param loginsPerAddressPerMinute sign-in attempts per client address per minute
 * @param signUpsPerAddressPerHour  sign-ups per client address per hour
 */
@ConfigurationProperties("marquee.security")
public record SecuritySettings(int maxFailedLogins, Duration lockout, int loginsPerAccountPerMinute,
                               int loginsPerAddressPerMinute, int signUpsPerAddressPerHour) {}
