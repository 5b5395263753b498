package marquee.audience.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import marquee.audience.AudienceDiscovery;
import marquee.audience.Discovery;
import marquee.audience.Portrait;
import marquee.audience.Portraits;
import marquee.shared.InvalidInput;
import marquee.shared.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Audience portraits over HTTP: a distributor's own films, a chain's own cinemas, everything for the operator. */
@RestController
@RequestMapping("/api/audience")
@Tag(name = "Audience", description = "Portraits of a film's audience against the market, with TGI and suppressed small cells")
class AudienceController {

    private final Portraits portraits;
    private final Discovery discovery;
    private final AudienceHistory history;

    AudienceController(Portraits portraits, Discovery discovery, AudienceHistory history) {
        this.portraits = portraits;
        this.discovery = discovery;
        this.history = history;
    }

    /** The likely audience of a film (typically not yet released) as segments; never a list of people. */
    @GetMapping("/films/{id}/discovery")
    AudienceDiscovery discovery(@PathVariable long id, @RequestParam(defaultValue = "2000") int top) {
        return discovery.forFilm(Caller.current().orElseThrow(), id, top);
    }

    /** People like the viewers of the seed films, as segments ({@code seedFilms=1,2}). */
    @GetMapping("/lookalikes")
    AudienceDiscovery lookalikes(@RequestParam List<Long> seedFilms, @RequestParam(defaultValue = "2000") int top) {
        return discovery.lookalikes(Caller.current().orElseThrow(), seedFilms, top);
    }

    /**
     * The joint audience of one or more films ({@code films=1,2}), or the buyers who redeemed a coupon
     * ({@code coupon=CODE}), or the buyers of sales attributed to a campaign ({@code campaign=ID}): one of the three.
     */
    @GetMapping("/portraits")
    Portrait portrait(@RequestParam(required = false) List<Long> films, @RequestParam(required = false) String coupon,
                      @RequestParam(required = false) Long campaign) {
        Caller caller = Caller.current().orElseThrow();
        if (Stream.of(films, coupon, campaign).filter(Objects::nonNull).count() != 1) {
            throw new InvalidInput("films", "name the films, a coupon or a campaign: one of the three");
        }
        return films != null ? portraits.of(caller, films)
                : coupon != null ? portraits.ofCoupon(caller, coupon) : portraits.ofCampaign(caller, campaign);
    }

    /** Rebuilds the audience's purchases from booking's sales history (the operator's, see AccessRules): what it replayed. */
    @PostMapping("/rebuild")
    AudienceHistory.Rebuilt rebuild() {
        return history.rebuild(sofar -> {});
    }

    /** Two films' portraits side by side. */
    @GetMapping("/comparisons")
    Map<String, Portrait> compare(@RequestParam long a, @RequestParam long b) {
        Caller caller = Caller.current().orElseThrow();
        return Map.of("a", portraits.of(caller, List.of(a)), "b", portraits.of(caller, List.of(b)));
    }
}
