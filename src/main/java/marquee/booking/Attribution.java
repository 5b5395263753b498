package marquee.booking;

/**
 * The campaign, channel and partner a sale counts for (each null when none): from a campaign's code paid
 * with, or from the buyer's last tracked visit within the attribution window.
 */
public record Attribution(Long campaignId, Long channelId, Long partnerId) {

    public static final Attribution NONE = new Attribution(null, null, null);

    public boolean attributed() {
        return campaignId != null;
    }
}
