package marquee.campaigns.internal;

import static marquee.campaigns.internal.CampaignRows.utc;

import marquee.booking.TicketsRefunded;
import marquee.booking.TicketsSold;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sales attributed to campaigns and the refunds that took some back, from booking's events: each stored once
 * however often it is delivered, in either order (a refund needs no sale stored before it). Sales without a
 * campaign are not kept here, unless their buyer is a member of a targeted offer ({@link OfferPurchases}).
 */
@Repository
class AttributedSales {

    private final JdbcClient jdbc;
    private final OfferPurchases offers;

    AttributedSales(JdbcClient jdbc, OfferPurchases offers) {
        this.jdbc = jdbc;
        this.offers = offers;
    }

    /** Stores the sale or refund when attributed, and as a targeted offer's purchase when its buyer is a member. */
    void deliver(Object event) {
        switch (event) {
            case TicketsSold sale when sale.campaignId() != null -> store(sale);
            case TicketsRefunded refund when refund.campaignId() != null -> store(refund);
            default -> { }
        }
        offers.deliver(event);
    }

    private void store(TicketsSold sale) {
        jdbc.sql("""
                        insert into campaign_sale (sale_id, campaign_id, channel_id, partner_id, film_id, buyer_id, sold_on, seats,
                                                   amount_minor, sold_at)
                        select ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from (values (1)) one
                        where not exists (select 1 from campaign_sale where sale_id = ?)""")
                .params(sale.saleId(), sale.campaignId(), sale.channelId(), sale.partnerId(), sale.context().filmId(),
                        sale.buyerId(), sale.soldAt().atZone(sale.context().timeZone()).toLocalDate(), sale.seats(),
                        sale.amountMinor(), utc(sale.soldAt()), sale.saleId())
                .update();
    }

    private void store(TicketsRefunded refund) {
        jdbc.sql("""
                        insert into campaign_refund (refund_id, sale_id, campaign_id, channel_id, partner_id, refunded_on, seats,
                                                     amount_minor)
                        select ?, ?, ?, ?, ?, ?, ?, ? from (values (1)) one
                        where not exists (select 1 from campaign_refund where refund_id = ?)""")
                .params(refund.refundId(), refund.saleId(), refund.campaignId(), refund.channelId(), refund.partnerId(),
                        refund.refundedAt().atZone(refund.context().timeZone()).toLocalDate(), refund.seats(),
                        refund.amountMinor(), refund.refundId())
                .update();
    }
}
