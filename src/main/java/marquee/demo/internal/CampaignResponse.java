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
import marquee.shared.security.Caller;

/**
 * How the simulated moviegoers respond to the demo's campaigns. This is an assumption of the demo, not a
 * measurement: of the buyers of a film with a campaign, {@link #LINK_PERCENT} followed one of its tracking
 * links shortly before buying (chosen uniformly among channels and partners), and {@link #CODE_PERCENT} paid with
 * one of its codes (a partner's single-use code while any is left, or a tie-in's shared code).
 */
final class CampaignResponse {

    static final int LINK_PERCENT = 30;
    static final int CODE_PERCENT = 10;
    private static final Duration REREAD = Duration.ofMinutes(10);

    /** A film's ways in: the tracking links to follow and the codes to pay with. */
    private record Reach(List<String> links, Deque<String> singleUseCodes, List<String> sharedCodes) {}

    private final Campaigns campaigns;
    private final Accounts accounts;
    private Map<Long, Reach> byFilm = Map.of();
    private Instant readAt;

    CampaignResponse(Campaigns campaigns, Accounts accounts) {
        this.campaigns = campaigns;
        this.accounts = accounts;
    }

    /**
     * The buyer's response before buying a ticket for {@code filmId}: maybe a tracking link followed (recorded as
     * a visit of the buyer's account), and the code to pay with, or null.
     */
    String respond(long filmId, long buyerId, SplittableRandom random, Instant now) {
        if (readAt == null || now.isAfter(readAt.plus(REREAD))) {
            byFilm = read();
            readAt = now;
        }
        Reach reach = byFilm.get(filmId);
        if (reach == null) {
            return null;
        }
        int draw = random.nextInt(100);
        if (draw < CODE_PERCENT) {
            if (!reach.singleUseCodes().isEmpty()) {
                return reach.singleUseCodes().poll();
            }
            if (!reach.sharedCodes().isEmpty()) {
                return reach.sharedCodes().get(random.nextInt(reach.sharedCodes().size()));
            }
        }
        if (draw < CODE_PERCENT + LINK_PERCENT && !reach.links().isEmpty()) {
            campaigns.visit(reach.links().get(random.nextInt(reach.links().size())), null, buyerId);
        }
        return null;
    }

    private Map<Long, Reach> read() {
        Caller operator = accounts.accountByEmail("operator@marquee.demo").map(Accounts::callerOf).orElse(null);
        if (operator == null) {
            return Map.of();
        }
        Map<Long, Reach> reach = new HashMap<>();
        for (Campaign c : campaigns.campaigns(operator)) {
            Reach r = reach.computeIfAbsent(c.filmId(), id -> new Reach(new java.util.ArrayList<>(), new ArrayDeque<>(),
                    new java.util.ArrayList<>()));
            for (Channel channel : c.channels()) {
                if (channel.kind() == ChannelKind.OFFER) {
                    continue; // an offer reaches its contacted members only (see the simulator)
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
