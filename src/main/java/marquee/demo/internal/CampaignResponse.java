package marquee.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import marquee.accounts.Accounts;
import marquee.campaigns.Campaign;
import marquee.campaigns.Campaigns;
import marquee.campaigns.Channel;
import marquee.campaigns.ChannelKind;
import marquee.campaigns.Offers;
import marquee.shared.security.Caller;

/**
 * How the simulated moviegoers respond to the demo's campaigns. This is an assumption of the demo, not a
 * measurement: of the buyers of a film with a campaign, {@link #LINK_PERCENT} followed one of its tracking
 * links shortly before buying (chosen uniformly among channels and partners), and {@link #CODE_PERCENT} paid with
 * one of its codes (a partner's single-use code while any is left, or a tie-in's shared code). A film with a
 * targeted offer gets {@link #OFFER_PERCENT} of its orders from moviegoers the offer contacted, paying with its
 * coupon: on top of what they would buy anyway, so the contacted buy more than the held out (the demo's lift).
 */
final class CampaignResponse {

    static final int LINK_PERCENT = 30;
    static final int CODE_PERCENT = 10;
    static final int OFFER_PERCENT = 25;
    private static final Duration REREAD = Duration.ofMinutes(10);

    /** A film's ways in: the tracking links to follow, the codes to pay with, an offer's contacted and its coupon. */
    private record Reach(List<String> links, Deque<String> singleUseCodes, List<String> sharedCodes, List<Long> contacted,
                         List<String> offerCodes) {}

    /** Who buys (the drawn buyer, or a contacted moviegoer of an offer) and the code they pay with (null: none). */
    record Response(long buyerId, String code) {}

    private final Campaigns campaigns;
    private final Offers offers;
    private final Accounts accounts;
    private Map<Long, Reach> byFilm = Map.of();
    private Instant readAt;

    CampaignResponse(Campaigns campaigns, Offers offers, Accounts accounts) {
        this.campaigns = campaigns;
        this.offers = offers;
        this.accounts = accounts;
    }

    /**
     * The buyer's response before buying a ticket for {@code filmId}: maybe a tracking link followed (recorded as
     * a visit of the buyer's account), and the code to pay with, or null.
     */
    Response respond(long filmId, long buyerId, SplittableRandom random, Instant now) {
        if (readAt == null || now.isAfter(readAt.plus(REREAD))) {
            byFilm = read();
            readAt = now;
        }
        Reach reach = byFilm.get(filmId);
        if (reach == null) {
            return new Response(buyerId, null);
        }
        if (!reach.contacted().isEmpty() && random.nextInt(100) < OFFER_PERCENT) {
            return new Response(reach.contacted().get(random.nextInt(reach.contacted().size())), reach.offerCodes().getFirst());
        }
        int draw = random.nextInt(100);
        if (draw < CODE_PERCENT) {
            if (!reach.singleUseCodes().isEmpty()) {
                return new Response(buyerId, reach.singleUseCodes().poll());
            }
            if (!reach.sharedCodes().isEmpty()) {
                return new Response(buyerId, reach.sharedCodes().get(random.nextInt(reach.sharedCodes().size())));
            }
        }
        if (draw < CODE_PERCENT + LINK_PERCENT && !reach.links().isEmpty()) {
            campaigns.visit(reach.links().get(random.nextInt(reach.links().size())), null, buyerId);
        }
        return new Response(buyerId, null);
    }

    private Map<Long, Reach> read() {
        Caller operator = accounts.accountByEmail("operator@marquee.demo").map(Accounts::callerOf).orElse(null);
        if (operator == null) {
            return Map.of();
        }
        Map<Long, Reach> reach = new HashMap<>();
        for (Campaign c : campaigns.campaigns(operator)) {
            Reach r = reach.computeIfAbsent(c.filmId(), id -> new Reach(new java.util.ArrayList<>(), new ArrayDeque<>(),
                    new java.util.ArrayList<>(), new java.util.ArrayList<>(), new java.util.ArrayList<>()));
            for (Channel channel : c.channels()) {
                if (channel.kind() == ChannelKind.OFFER) {
                    // An offer reaches its contacted moviegoers only, never the held out.
                    r.contacted().addAll(offers.contacted(operator, c.id(), channel.id()));
                    r.offerCodes().addAll(channel.codes());
                    continue;
                }
                r.links().add(channel.linkToken());
                channel.partners().forEach(p -> r.links().add(p.linkToken()));
                r.sharedCodes().addAll(channel.codes());
                if (channel.kind() == ChannelKind.PARTNERS) {
                    campaigns.partnerCodes(operator, c.id(), channel.id()).forEach(code -> r.singleUseCodes().add(code.code()));
                }
            }
        }
        return reach;
    }
}
