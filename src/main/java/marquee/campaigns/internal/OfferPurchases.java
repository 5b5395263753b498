package marquee.campaigns.internal;

import marquee.booking.TicketsRefunded;
import marquee.booking.TicketsSold;
import org.springframework.stereotype.Component;

/**
 * What a targeted offer's lift compares: every purchase of the offer's film by a member of either arm after the
 * offer started, with or without its coupon, attributed or not, and the refunds that took some back. Each stored
 * once however often it is delivered; a refund delivered before its sale is kept and counts once the sale is there.
 */
@Component
class OfferPurchases {

    private final OfferRows offers;

    OfferPurchases(OfferRows offers) {
        this.offers = offers;
    }

    void deliver(Object event) {
        switch (event) {
            case TicketsSold sale when sale.buyerId() != null ->
                    offers.offerOf(sale.context().filmId(), sale.buyerId(), sale.soldAt()).ifPresent(channel ->
                            offers.purchase(sale.saleId(), channel, sale.buyerId(), sale.seats(), sale.amountMinor(), sale.soldAt()));
            case TicketsRefunded refund when refund.buyerId() != null ->
                    offers.offerOf(refund.context().filmId(), refund.buyerId(), null).ifPresent(channel ->
                            offers.refund(refund.refundId(), refund.saleId(), channel, refund.buyerId(), refund.seats(),
                                    refund.amountMinor()));
            default -> { }
        }
    }
}
