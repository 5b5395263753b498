package marquee.campaigns;

import java.time.LocalDate;

/**
 * What one post (a channel) drew on one day, as the platform exported it: views, likes, comments, shares, and the
 * spend on it in minor units of the market's currency. One row per channel and day; a corrected row replaces it.
 */
public record EngagementDay(long channelId, LocalDate day, long views, long likes, long comments, long shares,
                            long spendMinor) {}
