package marquee.campaigns;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A campaign's imported engagement, for its results page: every channel's day ({@code days}, by channel then day),
 * and the same added up per channel, per day (all channels) and for the whole campaign. Channels without imported
 * figures are absent.
 */
public record CampaignEngagement(long campaignId, List<EngagementDay> days) {

    public CampaignEngagement {
        days = List.copyOf(days);
    }

    /** Figures added up: of a channel over its days, of a day over the channels, or of everything. */
    public record Totals(long views, long likes, long comments, long shares, long spendMinor) {

        public static final Totals NONE = new Totals(0, 0, 0, 0, 0);

        public Totals plus(EngagementDay d) {
            return new Totals(views + d.views(), likes + d.likes(), comments + d.comments(), shares + d.shares(),
                    spendMinor + d.spendMinor());
        }
    }

    /** Totals per channel id, in channel order. */
    public Map<Long, Totals> perChannel() {
        Map<Long, Totals> totals = new TreeMap<>();
        days.forEach(d -> totals.merge(d.channelId(), Totals.NONE.plus(d), (a, b) -> a.plus(d)));
        return totals;
    }

    /** Totals per day over all channels, in date order. */
    public Map<LocalDate, Totals> perDay() {
        Map<LocalDate, Totals> totals = new TreeMap<>();
        days.forEach(d -> totals.merge(d.day(), Totals.NONE.plus(d), (a, b) -> a.plus(d)));
        return totals;
    }

    public Totals total() {
        Totals total = Totals.NONE;
        for (EngagementDay d : days) {
            total = total.plus(d);
        }
        return total;
    }
}
