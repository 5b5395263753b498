package marquee.campaigns.internal;

import java.time.Instant;
import java.util.List;
import marquee.accounts.Accounts;
import marquee.accounts.ConsentChange;
import marquee.booking.Coupon;
import marquee.booking.IssuedCoupons;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.shared.security.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My offers" in the storefront: the targeted offers the signed-in moviegoer was contacted with and may still use,
 * shown only while they consent to marketing, and the button that withdraws that consent.
 */
@Controller
@RequestMapping("/tickets/offers")
class OfferPages {

    /** One offer as the page shows it. */
    record MyOffer(Film film, long discountPercent, String code, java.time.LocalDateTime validUntil) {}

    private final TargetedOffers offers;
    private final IssuedCoupons coupons;
    private final Catalog catalog;
    private final Accounts accounts;
    private final java.time.Clock clock;
    private final marquee.shared.MarketSettings market;

    OfferPages(TargetedOffers offers, IssuedCoupons coupons, Catalog catalog, Accounts accounts, java.time.Clock clock,
               marquee.shared.MarketSettings market) {
        this.offers = offers;
        this.coupons = coupons;
        this.catalog = catalog;
        this.accounts = accounts;
        this.clock = clock;
        this.market = market;
    }

    @GetMapping
    String mine(@RequestParam(required = false) String unsubscribed, Model model) {
        long accountId = CampaignController.caller().accountId();
        Instant now = clock.instant();
        List<MyOffer> mine = offers.contactedWith(accountId).stream()
                .flatMap(c -> coupons.find(c.couponCode()).filter(coupon -> usable(coupon, now))
                        .flatMap(coupon -> catalog.findFilm(c.filmId()).map(film -> new MyOffer(film, coupon.amount(),
                                coupon.code(), coupon.validUntil().atZone(market.zone()).toLocalDateTime())))
                        .stream())
                .toList();
        model.addAttribute("offers", mine);
        model.addAttribute("consents", accounts.profile(accountId).marketingConsent());
        model.addAttribute("unsubscribed", unsubscribed != null);
        model.addAttribute("section", "tickets");
        return "storefront/offers";
    }

    /** Withdraws marketing consent: no offer is shown or made to the moviegoer from now on. */
    @PostMapping("/unsubscribe")
    String unsubscribe() {
        accounts.setMarketingConsent(CampaignController.caller().accountId(), false, ConsentChange.Via.UNSUBSCRIBE);
        return "redirect:/tickets/offers?unsubscribed";
    }

    private static boolean usable(Coupon coupon, Instant now) {
        return coupon.validUntil().isAfter(now) && coupon.uses() < coupon.maxUses();
    }
}
