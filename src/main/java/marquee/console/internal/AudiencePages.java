package marquee.console.internal;

import java.util.List;
import java.util.Optional;
import marquee.audience.OpinionCurves;
import marquee.audience.Portrait;
import marquee.audience.Portraits;
import marquee.audience.Reviews;
import marquee.audience.WordOfMouth;
import marquee.booking.IssuedCoupons;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.catalog.FilmFilter;
import marquee.shared.PageRequest;
import marquee.shared.security.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The console's audience pages: the films a caller may look at, a film's portrait, two films side by side, a coupon's buyers. */
@Controller
class AudiencePages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Portraits portraits;
    private final WordOfMouth wordOfMouth;
    private final Catalog catalog;
    private final IssuedCoupons coupons;
    private final Reviews reviews;

    AudiencePages(Portraits portraits, WordOfMouth wordOfMouth, Catalog catalog, IssuedCoupons coupons, Reviews reviews) {
        this.portraits = portraits;
        this.reviews = reviews;
        this.wordOfMouth = wordOfMouth;
        this.catalog = catalog;
        this.coupons = coupons;
    }

    @GetMapping("/audience")
    String index(Model model) {
        Caller caller = Caller.current().orElseThrow();
        List<Film> films = catalog.films(Optional.of(caller), new FilmFilter(null, null, null, null), new PageRequest(0, PageRequest.MAX_SIZE)).items()
                .stream().filter(f -> portraits.mayView(caller, f)).toList();
        model.addAttribute("section", "audience");
        model.addAttribute("films", films);
        model.addAttribute("coupons", coupons.issuedTo(caller));
        return "console/audience";
    }

    @GetMapping("/audience/films/{id}")
    String film(@PathVariable long id, Model model) {
        Caller caller = Caller.current().orElseThrow();
        Portrait portrait = portraits.of(caller, List.of(id));
        OpinionCurves curves = wordOfMouth.curves(caller, id);
        model.addAttribute("section", "audience");
        model.addAttribute("p", portrait);
        model.addAttribute("w", curves);
        model.addAttribute("curves", json(curves));
        // Reviews to look at: for the film's distributor and the operator (a chain reading the portrait does not moderate).
        boolean moderates = caller.mayManage(catalog.film(id).distributorTenantId());
        model.addAttribute("moderates", moderates);
        model.addAttribute("mayHide", moderates && caller.role() != marquee.shared.security.Role.DISTRIBUTOR_ANALYST);
        model.addAttribute("flagged", moderates ? reviews.flagged(caller, id) : List.of());
        model.addAttribute("json", json(List.of(portrait)));
        model.addAttribute("who", "The audience is the film's viewers in the moviegoers' histories and its buyers on Marquee;"
                + " weekday, time of day and price come from tickets bought on Marquee.");
        return "console/audience-film";
    }

    /** Hides a review from the storefront, or shows it again; the API does the same at /api/audience/reviews/{id}/hidden. */
    @PostMapping("/audience/films/{id}/reviews/{reviewId}/hidden")
    String hide(@PathVariable long id, @PathVariable long reviewId, @RequestParam boolean hidden) {
        reviews.hide(Caller.current().orElseThrow(), reviewId, hidden);
        return "redirect:/audience/films/" + id + "#reviews-to-look-at";
    }

    /** The buyers who redeemed a coupon: what a coupon push reached. Another tenant's coupon is "not found". */
    @GetMapping("/audience/coupons/{code}")
    String coupon(@PathVariable String code, Model model) {
        Portrait portrait = portraits.ofCoupon(Caller.current().orElseThrow(), code);
        model.addAttribute("section", "audience");
        model.addAttribute("p", portrait);
        model.addAttribute("json", json(List.of(portrait)));
        model.addAttribute("who", "The audience is the moviegoers who bought tickets with this coupon on Marquee.");
        return "console/audience-coupon";
    }

    /** Two films' audiences side by side; without both films, the form that asks for them (issue 19: no dead ends). */
    @GetMapping("/audience/compare")
    String compare(@RequestParam(required = false) Long a, @RequestParam(required = false) Long b, Model model) {
        Caller caller = Caller.current().orElseThrow();
        if (a == null || b == null) {
            model.addAttribute("section", "audience");
            model.addAttribute("films", catalog.films(Optional.of(caller), new FilmFilter(null, null, null, null),
                    new PageRequest(0, PageRequest.MAX_SIZE)).items().stream().filter(f -> portraits.mayView(caller, f)).toList());
            model.addAttribute("a", a);
            model.addAttribute("b", b);
            return "console/audience-compare-pick";
        }
        Portrait first = portraits.of(caller, List.of(a));
        Portrait second = portraits.of(caller, List.of(b));
        model.addAttribute("section", "audience");
        model.addAttribute("a", first);
        model.addAttribute("b", second);
        model.addAttribute("json", json(List.of(first, second)));
        return "console/audience-compare";
    }

    /** JSON for a page's script, safe inside a script element. */
    private static String json(Object value) {
        return JSON.writeValueAsString(value).replace("</", "<\\/");
    }
}
