package marquee.campaigns;

import java.util.List;

/**
 * One way the campaign reaches people, with its own tracking link ({@code /go/{token}}); a partner community's
 * partners have links and codes of their own. Cost in minor units of the campaign's currency.
 */
public record Channel(long id, long campaignId, ChannelKind kind, String name, String platform, String postUrl,
                      String creator, long costMinor, String linkToken, List<Partner> partners, List<String> codes) {

    /** A partner of a community channel (a climbing gym, a fan club): its link and how many codes it was given. */
    public record Partner(long id, long channelId, String name, String linkToken, int codes) {}

    public String trackingPath() {
        return "/go/" + linkToken;
    }
}
