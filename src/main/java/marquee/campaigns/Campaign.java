package marquee.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign for one film, owned by a distributor (or a cinema chain): what it is for, what it may spend (minor
 * units of {@code currency}), when it runs, its phases placed against the release, and its channels.
 */
public record Campaign(long id, long ownerTenantId, long filmId, String filmTitle, String name, String objective,
                       long budgetMinor, String currency, LocalDate startsOn, LocalDate endsOn, List<Phase> phases,
                       List<Channel> channels, Instant createdAt) {

    /** A stretch of the campaign with its own budget, e.g. warm-up, presales, opening week, long tail. */
    public record Phase(String name, LocalDate startsOn, LocalDate endsOn, long budgetMinor) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(startsOn) && !day.isAfter(endsOn);
        }
    }

    /** What the channels cost so far, in minor units. */
    public long channelCostMinor() {
        return channels.stream().mapToLong(Channel::costMinor).sum();
    }
}
