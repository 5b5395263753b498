package marquee.campaigns.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import marquee.accounts.Accounts;
import marquee.accounts.InterestTag;
import marquee.audience.Discovery;
import marquee.audience.TargetGroup;
import marquee.campaigns.ChannelKind;
import marquee.campaigns.HoldoutSplit;
import marquee.campaigns.Lift;
import marquee.campaigns.NewOffer;
import marquee.campaigns.OfferMade;
import marquee.campaigns.Offers;
import marquee.campaigns.Segments;
import marquee.shared.InvalidInput;
import marquee.shared.MarketSettings;
import marquee.shared.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targeted offers with a randomised holdout. The segment's members come from the audience module, consenting ones
 * only, and consent is checked again against the accounts at this moment (the audience's index may be a minute
 * old). A random seed splits them: a share is held out and never contacted, the rest get a coupon only they may
 * use, paid with which a purchase is attributed to the offer's channel.
 */
@Service
class TargetedOffers implements Offers, Segments {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CampaignBook book;
    private final CampaignRows rows;
    private final OfferRows offers;
    private final Discovery discovery;
    private final Accounts accounts;
    private final CampaignSettings settings;
    private final MarketSettings market;
    private final Clock clock;
    private final CampaignInterest interest;

    TargetedOffers(CampaignBook book, CampaignRows rows, OfferRows offers, Discovery discovery, Accounts accounts,
                   CampaignSettings settings, MarketSettings market, Clock clock, CampaignInterest interest) {
        this.interest = interest;
        this.book = book;
        this.rows = rows;
        this.offers = offers;
        this.discovery = discovery;
        this.accounts = accounts;
        this.settings = settings;
        this.market = market;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OfferMade make(Caller caller, long campaignId, NewOffer o) {
        CampaignRows.Row campaign = book.own(caller, campaignId);
        double share = holdoutShare(o.holdoutShare());
        if (o.discountPercent() < 1 || o.discountPercent() > 100) {
            throw new InvalidInput("discountPercent", "must be 1 to 100");
        }
        if (campaign.endsOn().isBefore(LocalDate.now(clock.withZone(market.zone())))) {
            throw new InvalidInput("campaign", "ended on " + campaign.endsOn() + "; an offer needs a running campaign");
        }
        TargetGroup group = group(o.segment());
        List<Long> eligible = eligible(caller, group);
        if (eligible.isEmpty()) {
            throw new InvalidInput("segment", "no moviegoer of this segment consents to marketing");
        }
        long seed = RANDOM.nextLong();
        Map<Long, Boolean> heldOut = new LinkedHashMap<>();
        eligible.forEach(id -> heldOut.put(id, HoldoutSplit.heldOut(seed, id, share)));
        List<Long> contacted = eligible.stream().filter(id -> !heldOut.get(id)).toList();
        if (contacted.isEmpty()) {
            throw new InvalidInput("holdoutShare", "holds out every one of the segment's " + eligible.size() + " moviegoers");
        }
        Instant now = clock.instant();
        long cost = o.costMinor() == null ? 0 : o.costMinor();
        long channelId = rows.insertChannel(campaignId, ChannelKind.OFFER, o.name().strip(), null, null, null, cost,
                CampaignBook.token(), now);
        String code = "OFFER" + CampaignBook.token();
        book.issueCode(caller, campaign, code, o.discountPercent(), contacted.size(), 1, contacted);
        rows.insertCode(code, campaignId, channelId, null);
        OfferRows.Offer offer = new OfferRows.Offer(channelId, campaignId, o.name().strip(), group.describe(), share, seed, code,
                eligible.size(), contacted.size(), eligible.size() - contacted.size(), cost, now);
        offers.insert(offer, heldOut, now);
        interest.offerMade();
        return new OfferMade(channelId, campaignId, offer.name(), offer.segment(), share, seed, code, offer.eligible(),
                offer.contacted(), offer.heldOut(), now);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> contacted(Caller caller, long campaignId, long channelId) {
        book.own(caller, campaignId);
        return offers.find(channelId).filter(o -> o.campaignId() == campaignId).map(o -> offers.contacted(channelId))
                .orElseThrow(() -> new marquee.shared.NotFound("offer", channelId));
    }

    @Override
    public double holdoutShare(Double asked) {
        double share = asked == null ? settings.holdoutShare() : asked;
        if (!(share >= 0 && share <= 0.5)) {
            throw new InvalidInput("holdoutShare", "must be 0 to 0.5");
        }
        return share;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> consentingMembers(Caller caller, NewOffer.Segment segment) {
        if (segment == null || segment.rule() == null) {
            throw new InvalidInput("segment.rule", "must be FILM_AUDIENCE, LOOKALIKE or INTERESTS");
        }
        return eligible(caller, group(segment));
    }

    /** The group's members who consent now (the audience's index may be a minute old), in account order. */
    private List<Long> eligible(Caller caller, TargetGroup group) {
        List<Long> members = discovery.members(caller, group);
        Set<Long> consenting = accounts.consentingNow(members);
        return members.stream().filter(consenting::contains).sorted().toList();
    }

    @Override
    public String describe(NewOffer.Segment segment) {
        return group(segment).describe();
    }

    private TargetGroup group(NewOffer.Segment s) {
        TargetGroup.Rule rule;
        try {
            rule = TargetGroup.Rule.valueOf(s.rule().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("segment.rule", "must be FILM_AUDIENCE, LOOKALIKE or INTERESTS");
        }
        switch (rule) {
            case FILM_AUDIENCE -> require(s.filmId() != null, "segment.filmId", "names the film whose audience to reach");
            case LOOKALIKE -> require(s.seedFilmIds() != null && !s.seedFilmIds().isEmpty(), "segment.seedFilmIds",
                    "names 1 to 10 films whose viewers to find people like");
            case INTERESTS -> require(s.interest() != null && accounts.interestTags().stream().map(InterestTag::code)
                    .anyMatch(s.interest()::equals), "segment.interest", "must be one of the interest tags (GET /api/interest-tags)");
        }
        if (s.cityTiers() != null && s.cityTiers().stream().anyMatch(t -> t == null || t < 1 || t > 5)) {
            throw new InvalidInput("segment.cityTiers", "tiers are 1 to 5");
        }
        if (s.top() != null && (s.top() < 10 || s.top() > 1_000_000)) {
            throw new InvalidInput("segment.top", "must be 10 to 1,000,000");
        }
        if (s.cities() != null && (s.cities().size() > 20
                || s.cities().stream().anyMatch(c -> c == null || c.isBlank() || c.strip().length() > 100))) {
            throw new InvalidInput("segment.cities", "names 1 to 20 home cities, each 1 to 100 characters");
        }
        List<String> cities = s.cities() == null ? null : s.cities().stream().map(String::strip).distinct().toList();
        return new TargetGroup(rule, s.filmId(), s.seedFilmIds(), s.interest(), s.cityTiers(), s.top(), cities);
    }

    private static void require(boolean holds, String field, String reason) {
        if (!holds) {
            throw new InvalidInput(field, reason);
        }
    }

    /** The offers the moviegoer was contacted with that are still valid, while they consent; else none. */
    @Transactional(readOnly = true)
    List<OfferRows.Contacted> contactedWith(long accountId) {
        if (accounts.consentingNow(List.of(accountId)).isEmpty()) {
            return List.of();
        }
        return offers.contactedWith(accountId);
    }
}
