package marquee.campaigns.internal;

import marquee.booking.TicketsRefunded;
import marquee.booking.TicketsSold;
import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Booking's events delivered within one application, each in a transaction of its own after booking's committed;
 * incomplete deliveries are delivered again ({@code EventRedelivery}) and stored once. Only the events the campaigns
 * need are delivered at all ({@link CampaignInterest}).
 */
@Component
@Profile("!cluster")
class CampaignSalesListener {

    private final AttributedSales sales;

    CampaignSalesListener(AttributedSales sales) {
        this.sales = sales;
    }

    @ApplicationModuleListener(id = "marquee.campaigns.sales(TicketsSold)", condition = "@campaignInterest.concerns(#root.args[0])")
    void on(TicketsSold sale) {
        sales.deliver(sale);
    }

    @ApplicationModuleListener(id = "marquee.campaigns.sales(TicketsRefunded)", condition = "@campaignInterest.concerns(#root.args[0])")
    void on(TicketsRefunded refund) {
        sales.deliver(refund);
    }
}
