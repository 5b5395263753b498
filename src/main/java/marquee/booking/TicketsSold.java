package marquee.booking;

import java.time.Instant;

/**
 * Tickets were sold and paid for. {@code saleId} is unique per sale and lets every consumer count
 * the event once however often it is delivered. Amounts are integer minor units.
 *
 * @param source     "marquee" for a sale in the platform, or the feed of another seller it came from
 * @param buyerId    the moviegoer, when known
 * @param couponCode the coupon used, if any
 * @param campaignId the campaign the sale is attributed to, if any; {@code channelId} and {@code partnerId}
 *                   the campaign's channel and partner, when known
 */
public record TicketsSold(
        String saleId,
        SaleContext context,
        Instant soldAt,
        int seats,
        long amountMinor,
        String currency,
        String source,
        Long buyerId,
        String couponCode,
        Long campaignId,
        Long channelId,
        Long partnerId) {

    public TicketsSold {
        if (seats <= 0 || amountMinor < 0) {
            throw new IllegalArgumentException("a sale has at least one seat and no negative amount");
        }
    }

    public Attribution attribution() {
        return new Attribution(campaignId, channelId, partnerId);
    }
}
