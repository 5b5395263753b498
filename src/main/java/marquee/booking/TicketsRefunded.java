package marquee.booking;

import java.time.Instant;

/**
 * Tickets of an earlier sale were refunded, all or some. {@code refundId} is unique per refund.
 * The context is the sale's, so the refund reverses exactly the rows the sale counted in; so is the campaign,
 * channel and partner it was attributed to (null when none), so a campaign's report takes it back out.
 */
public record TicketsRefunded(
        String refundId,
        String saleId,
        SaleContext context,
        Instant refundedAt,
        int seats,
        long amountMinor,
        String currency,
        String source,
        Long buyerId,
        Long campaignId,
        Long channelId,
        Long partnerId) {

    public TicketsRefunded {
        if (seats <= 0 || amountMinor < 0) {
            throw new IllegalArgumentException("a refund has at least one seat and no negative amount");
        }
    }

    public Attribution attribution() {
        return new Attribution(campaignId, channelId, partnerId);
    }
}
