package marquee.accounts;

import java.time.Instant;
import java.util.List;

/** What a moviegoer tells about themselves, and their marketing consent with the time it last changed. */
public record MoviegoerProfile(
        long accountId,
        Integer birthYear,
        Gender gender,
        String homeCity,
        List<String> interests,
        boolean marketingConsent,
        Instant consentChangedAt) {}
