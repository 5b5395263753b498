package marquee.campaigns;

import java.io.Reader;
import marquee.shared.security.Caller;

/**
 * The daily engagement figures short-video and social platforms export per post, imported per campaign. The file:
 * CSV with a header, {@code post_url,day,views,likes,comments,shares,spend} (names in any case, extra columns
 * ignored; {@code channel_id} may name the channel instead of {@code post_url}); {@code day} an ISO date, the counts
 * whole numbers of 0 or more, {@code spend} a decimal in the market's currency with at most its minor digits (2 for
 * CNY). Another tenant's campaign is not found ({@link marquee.shared.NotFound}).
 */
public interface Engagements {

    /**
     * Imports a file for the caller's campaign: every row must name a channel of that campaign. All or nothing (see
     * {@link EngagementReport}); idempotent, a corrected row replaces its channel's day.
     *
     * @throws marquee.shared.InvalidInput for a file that cannot be read (empty, no header, missing columns)
     */
    EngagementReport importCsv(Caller caller, long campaignId, Reader csv);

    /** The caller's campaign's engagement per channel and day, with totals. */
    CampaignEngagement ofCampaign(Caller caller, long campaignId);
}
