package marquee.campaigns.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import marquee.booking.CouponKind;
import marquee.booking.IssuedCoupons;
import marquee.booking.NewCoupon;
import marquee.campaigns.Campaign;
import marquee.campaigns.Campaigns;
import marquee.campaigns.Channel;
import marquee.campaigns.ChannelKind;
import marquee.campaigns.NewCampaign;
import marquee.campaigns.NewChannel;
import marquee.campaigns.NewPartners;
import marquee.catalog.Catalog;
import marquee.catalog.CinemaFilter;
import marquee.catalog.Film;
import marquee.catalog.FilmRelease;
import marquee.shared.InvalidInput;
import marquee.shared.MarketSettings;
import marquee.shared.NotFound;
import marquee.shared.PageRequest;
import marquee.shared.security.Caller;
import marquee.shared.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns as their owners set them up. A distributor's campaign is for one of its own films; a cinema chain's
 * for any announced film (its codes are valid at its own cinemas only); the operator's for any film.
 */
@Service
class CampaignBook implements Campaigns {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    /** Default phases against the release day: first and last day as offsets, and the budget share in percent. */
    private static final List<DefaultPhase> DEFAULT_PHASES = List.of(
            new DefaultPhase("Warm-up", -28, -8, 15), new DefaultPhase("Presales", -7, -1, 25),
            new DefaultPhase("Opening week", 0, 6, 40), new DefaultPhase("Long tail", 7, 41, 20));

    private record DefaultPhase(String name, int from, int to, int budgetPercent) {}

    private final CampaignRows rows;
    private final Touches touches;
    private final Catalog catalog;
    private final IssuedCoupons coupons;
    private final MarketSettings market;
    private final Clock clock;

    CampaignBook(CampaignRows rows, Touches touches, Catalog catalog, IssuedCoupons coupons, MarketSettings market, Clock clock) {
        this.rows = rows;
        this.touches = touches;
        this.catalog = catalog;
        this.coupons = coupons;
        this.market = market;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Campaign create(Caller caller, NewCampaign c) {
        if (caller.tenantId() == null && !caller.isOperator()) {
            throw new NotFound("film", c.filmId());
        }
        Film film = catalog.findFilm(c.filmId()).filter(f -> mayPromote(caller, f)).orElseThrow(() -> new NotFound("film", c.filmId()));
        LocalDate release = film.releases().stream().map(FilmRelease::releaseDate).max(Comparator.naturalOrder())
                .orElse(LocalDate.now(clock.withZone(market.zone())));
        LocalDate startsOn = c.startsOn() != null ? c.startsOn() : release.plusDays(DEFAULT_PHASES.getFirst().from());
        LocalDate endsOn = c.endsOn() != null ? c.endsOn() : release.plusDays(DEFAULT_PHASES.getLast().to());
        if (endsOn.isBefore(startsOn)) {
            throw new InvalidInput("endsOn", "must not be before startsOn");
        }
        List<Campaign.Phase> phases = phases(c, release, startsOn, endsOn);
        long owner = caller.tenantId() != null ? caller.tenantId()
                : Optional.ofNullable(film.distributorTenantId()).orElse(0L);
        long id = rows.insert(new CampaignRows.Row(0, owner, film.id(), c.name().strip(),
                c.objective() == null ? "" : c.objective().strip(), c.budgetMinor(), market.currency(), startsOn, endsOn,
                clock.instant()));
        rows.insertPhases(id, phases);
        return assemble(rows.find(id).orElseThrow());
    }

    private boolean mayPromote(Caller caller, Film film) {
        return caller.isOperator() || caller.belongsTo(film.distributorTenantId())
                || (caller.role() == Role.CINEMA_MANAGER && film.announced());
    }

    private static List<Campaign.Phase> phases(NewCampaign c, LocalDate release, LocalDate startsOn, LocalDate endsOn) {
        if (c.phases() == null || c.phases().isEmpty()) {
            return DEFAULT_PHASES.stream()
                    .map(p -> new Campaign.Phase(p.name(), release.plusDays(p.from()), release.plusDays(p.to()),
                            c.budgetMinor() * p.budgetPercent() / 100))
                    .toList();
        }
        long total = 0;
        LocalDate previousEnd = null;
        List<Campaign.Phase> phases = new ArrayList<>();
        for (NewCampaign.NewPhase p : c.phases()) {
            if (p.endsOn().isBefore(p.startsOn())) {
                throw new InvalidInput("phases", "phase '" + p.name() + "' ends before it starts");
            }
            if (p.startsOn().isBefore(startsOn) || p.endsOn().isAfter(endsOn)) {
                throw new InvalidInput("phases", "phase '" + p.name() + "' lies outside the campaign's dates " + startsOn + " to " + endsOn);
            }
            if (previousEnd != null && !p.startsOn().isAfter(previousEnd)) {
                throw new InvalidInput("phases", "phase '" + p.name() + "' overlaps the phase before it; give phases in order");
            }
            previousEnd = p.endsOn();
            total += p.budgetMinor();
            phases.add(new Campaign.Phase(p.name().strip(), p.startsOn(), p.endsOn(), p.budgetMinor()));
        }
        if (total > c.budgetMinor()) {
            throw new InvalidInput("phases", "the phases' budgets add up to more than the campaign's budget");
        }
        return phases;
    }

    @Override
    @Transactional(readOnly = true)
    public Campaign campaign(Caller caller, long id) {
        return assemble(own(caller, id));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Campaign> campaigns(Caller caller) {
        if (!caller.isOperator() && caller.tenantId() == null) {
            return List.of();
        }
        return rows.ofTenant(caller.isOperator() ? null : caller.tenantId()).stream().map(this::assemble).toList();
    }

    @Override
    @Transactional
    public Channel addChannel(Caller caller, long campaignId, NewChannel c) {
        CampaignRows.Row campaign = own(caller, campaignId);
        if (c.code() != null && c.kind() == ChannelKind.PARTNERS) {
            throw new InvalidInput("code", "a partner community's codes are its partners': add partners to the channel");
        }
        if (c.kind() == ChannelKind.OFFER) {
            throw new InvalidInput("kind", "a targeted offer is made with POST /api/campaigns/{id}/offers");
        }
        long channelId = rows.insertChannel(campaignId, c.kind(), c.name().strip(), blankToNull(c.platform()),
                blankToNull(c.postUrl()), blankToNull(c.creator()), c.costMinor(), token(), clock.instant());
        if (c.code() != null) {
            issueCode(caller, campaign, c.code(), c.discountPercent() == null ? 10 : c.discountPercent(), 1_000_000, 1);
            rows.insertCode(c.code(), campaignId, channelId, null);
        }
        return channel(campaignId, channelId);
    }

    @Override
    @Transactional
    public Channel addPartners(Caller caller, long campaignId, long channelId, NewPartners p) {
        CampaignRows.Row campaign = own(caller, campaignId);
        Channel channel = channel(campaignId, channelId);
        if (channel.kind() != ChannelKind.PARTNERS) {
            throw new InvalidInput("channel", "partners belong to a PARTNERS channel; this one is " + channel.kind());
        }
        int codesEach = p.codesEach() == null ? 1 : p.codesEach();
        if ((long) codesEach * p.names().size() > 20_000) {
            throw new InvalidInput("codesEach", "at most 20,000 codes at once");
        }
        int percent = p.discountPercent() == null ? 10 : p.discountPercent();
        Instant now = clock.instant();
        for (String name : p.names()) {
            long partnerId = rows.insertPartner(channelId, name.strip(), token(), now);
            for (int i = 0; i < codesEach; i++) {
                String code = "P" + token() + token().substring(0, 4);
                issueCode(caller, campaign, code, percent, 1, 1);
                rows.insertCode(code, campaignId, channelId, partnerId);
            }
        }
        return channel(campaignId, channelId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnerCode> partnerCodes(Caller caller, long campaignId, long channelId) {
        own(caller, campaignId);
        channel(campaignId, channelId);
        return rows.partnerCodes(channelId);
    }

    @Override
    @Transactional
    public Optional<Long> visit(String linkToken, String visitor, Long accountId) {
        Optional<Touches.Link> link = touches.link(linkToken);
        link.ifPresent(l -> touches.visit(l, visitor, accountId, clock.instant()));
        return link.map(Touches.Link::filmId);
    }

    /** A coupon of the campaign: valid for its film (at the chain's cinemas for a chain) until the campaign ends. */
    private void issueCode(Caller caller, CampaignRows.Row campaign, String code, int percent, int maxUses, int perBuyer) {
        issueCode(caller, campaign, code, percent, maxUses, perBuyer, null);
    }

    /** As above, restricted to the named moviegoers when {@code eligibleBuyers} is given (a targeted offer's). */
    void issueCode(Caller caller, CampaignRows.Row campaign, String code, int percent, int maxUses, int perBuyer,
                   List<Long> eligibleBuyers) {
        if (percent < 1 || percent > 100) {
            throw new InvalidInput("discountPercent", "must be 1 to 100");
        }
        ZoneId zone = market.zone();
        Instant from = campaign.startsOn().atStartOfDay(zone).toInstant();
        Instant until = campaign.endsOn().plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        coupons.issue(caller, new NewCoupon(code, CouponKind.PERCENT, (long) percent, null, from.isAfter(now) ? now : from,
                until.isAfter(now) ? until : now.plusSeconds(1), maxUses, perBuyer, List.of(campaign.filmId()),
                caller.role() == Role.CINEMA_MANAGER ? chainCinemas(caller) : null, eligibleBuyers, campaign.id()));
    }

    private List<Long> chainCinemas(Caller caller) {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            var cinemas = catalog.cinemas(new CinemaFilter(null, null, null, null), new PageRequest(page, PageRequest.MAX_SIZE));
            cinemas.items().stream().filter(c -> caller.belongsTo(c.chainTenantId())).forEach(c -> ids.add(c.id()));
            if (cinemas.items().size() < PageRequest.MAX_SIZE) {
                return ids;
            }
        }
    }

    CampaignRows.Row own(Caller caller, long id) {
        return rows.find(id).filter(c -> caller.mayManage(c.ownerTenantId())).orElseThrow(() -> new NotFound("campaign", id));
    }

    private Channel channel(long campaignId, long channelId) {
        return rows.channels(campaignId).stream().filter(c -> c.id() == channelId).findFirst()
                .orElseThrow(() -> new NotFound("channel", channelId));
    }

    private Campaign assemble(CampaignRows.Row c) {
        String title = catalog.findFilm(c.filmId()).map(Film::displayTitle).orElse("film " + c.filmId());
        return new Campaign(c.id(), c.ownerTenantId(), c.filmId(), title, c.name(), c.objective(), c.budgetMinor(), c.currency(),
                c.startsOn(), c.endsOn(), rows.phases(c.id()), rows.channels(c.id()), c.createdAt());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Eight letters of a 32-letter alphabet (40 bits): a short link nobody guesses by walking numbers. */
    static String token() {
        char[] token = new char[8];
        for (int i = 0; i < token.length; i++) {
            token[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(token);
    }
}
