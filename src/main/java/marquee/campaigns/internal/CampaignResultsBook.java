package marquee.campaigns.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import marquee.boxoffice.BoxOffice;
import marquee.boxoffice.CampaignTakings;
import marquee.boxoffice.DayFigures;
import marquee.campaigns.Campaign;
import marquee.campaigns.CampaignComparison;
import marquee.campaigns.CampaignReports;
import marquee.campaigns.CampaignResults;
import marquee.campaigns.Campaigns;
import marquee.campaigns.CampaignResults.ChannelResult;
import marquee.campaigns.CampaignResults.Engagement;
import marquee.campaigns.CampaignResults.Funnel;
import marquee.campaigns.CampaignResults.OfferResult;
import marquee.campaigns.Channel;
import marquee.campaigns.ChannelKind;
import marquee.shared.MarketSettings;
import marquee.shared.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's results from its own tables (visits, checkouts, attributed sales and refunds, engagement, offer
 * members and their purchases) and the box office's figures for its film. Buyer counts of a channel or partner
 * with fewer distinct buyers than {@code marquee.campaigns.min-cell} are suppressed, as portraits suppress theirs.
 */
@Service
class CampaignResultsBook implements CampaignReports {

    private final Campaigns campaigns;
    private final ResultRows rows;
    private final OfferRows offerRows;
    private final BoxOffice boxOffice;
    private final CampaignSettings settings;
    private final MarketSettings market;
    private final Clock clock;

    CampaignResultsBook(Campaigns campaigns, ResultRows rows, OfferRows offerRows, BoxOffice boxOffice,
                        CampaignSettings settings, MarketSettings market, Clock clock) {
        this.campaigns = campaigns;
        this.rows = rows;
        this.offerRows = offerRows;
        this.boxOffice = boxOffice;
        this.settings = settings;
        this.market = market;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public CampaignResults results(Caller caller, long campaignId) {
        Campaign campaign = campaigns.campaign(caller, campaignId);
        long id = campaign.id();
        Map<Long, Engagement> engagement = rows.engagementByChannel(id);
        List<ResultRows.NetSale> sales = rows.netSales(id);
        Map<ResultRows.Cell, ResultRows.Visits> visits = rows.visitsByCell(id);
        Map<Long, Long> visitorsByChannel = rows.visitorsByChannel(id);
        Map<ResultRows.Cell, Long> holds = rows.checkoutsByCell(id);

        List<ChannelResult> channels = new ArrayList<>();
        for (Channel c : campaign.channels()) {
            Engagement e = engagement.getOrDefault(c.id(), Engagement.NONE);
            long cost = c.costMinor() + e.spendMinor();
            List<ChannelResult> partners = c.partners().stream().map(p -> {
                ResultRows.Cell cell = new ResultRows.Cell(c.id(), p.id());
                ResultRows.Visits v = visits.getOrDefault(cell, new ResultRows.Visits(0, 0));
                Funnel funnel = funnel(v.visits(), v.visitors(), holds.getOrDefault(cell, 0L),
                        sales, s -> Objects.equals(s.channelId(), c.id()) && Objects.equals(s.partnerId(), p.id()), null, true);
                return new ChannelResult(c.id(), p.id(), c.kind(), p.name(), null, null, null, null, Engagement.NONE, funnel, List.of());
            }).toList();
            long channelVisits = visits.entrySet().stream().filter(v -> v.getKey().channelId() == c.id())
                    .mapToLong(v -> v.getValue().visits()).sum();
            long channelHolds = holds.entrySet().stream().filter(h -> h.getKey().channelId() == c.id())
                    .mapToLong(Map.Entry::getValue).sum();
            Funnel funnel = funnel(channelVisits, visitorsByChannel.getOrDefault(c.id(), 0L), channelHolds, sales,
                    s -> Objects.equals(s.channelId(), c.id()), cost, true);
            channels.add(new ChannelResult(c.id(), null, c.kind(), c.name(), c.platform(), c.creator(), c.postUrl(), cost, e,
                    funnel, partners));
        }

        Engagement engagementTotal = engagement.values().stream().reduce(Engagement.NONE, Engagement::plus);
        long spent = campaign.channelCostMinor() + engagementTotal.spendMinor();
        ResultRows.Visits allVisits = rows.visits(id);
        Funnel totals = funnel(allVisits.visits(), allVisits.visitors(), rows.checkouts(id), sales, s -> true, spent, false);

        List<CampaignResults.Day> daily = daily(campaign);
        List<CampaignResults.PhaseResult> phases = campaign.phases().stream().map(p -> {
            List<CampaignResults.Day> days = daily.stream().filter(d -> p.covers(d.day())).toList();
            return new CampaignResults.PhaseResult(p.name(), p.startsOn(), p.endsOn(), p.budgetMinor(),
                    days.stream().mapToLong(CampaignResults.Day::tickets).sum(),
                    days.stream().mapToLong(CampaignResults.Day::grossMinor).sum());
        }).toList();

        CampaignTakings takings = boxOffice.campaign(id);
        var boxOfficeCount = new CampaignResults.BoxOfficeCount(takings.admissions(), takings.grossMinor(),
                takings.admissions() == totals.tickets() && takings.grossMinor() == totals.grossMinor());

        List<OfferResult> offers = offerRows.ofCampaign(id).stream()
                .map(o -> rows.offerLift(o.channelId()).result(o,
                        o.costMinor() + engagement.getOrDefault(o.channelId(), Engagement.NONE).spendMinor(), settings.minCell()))
                .toList();

        return new CampaignResults(id, campaign.name(), campaign.filmId(), campaign.filmTitle(), campaign.currency(),
                campaign.startsOn(), campaign.endsOn(), campaign.budgetMinor(), spent, campaign.channelCostMinor(),
                engagementTotal.spendMinor(), settings.minCell(), totals, engagementTotal, phases, channels, daily,
                boxOfficeCount, offers);
    }

    /**
     * The funnel of the sales {@code of} selects; {@code cost} null: no cost per ticket. When {@code suppressSmall},
     * a cell of fewer distinct buyers than the minimum shows its visits only.
     */
    private Funnel funnel(long visits, long visitors, long holds, List<ResultRows.NetSale> sales,
                          Predicate<ResultRows.NetSale> of, Long cost, boolean suppressSmall) {
        long orders = 0;
        long tickets = 0;
        long gross = 0;
        Set<Long> buyers = new HashSet<>();
        for (ResultRows.NetSale s : sales) {
            if (!of.test(s)) {
                continue;
            }
            tickets += s.seats();
            gross += s.amountMinor();
            if (s.seats() > 0) { // not fully refunded
                orders++;
                if (s.buyerId() != null) {
                    buyers.add(s.buyerId());
                }
            }
        }
        if (suppressSmall && buyers.size() < settings.minCell()) {
            return new Funnel(visits, visitors, null, null, null, null, null, null, true);
        }
        Long perTicket = cost == null || tickets <= 0 ? null : Math.round((double) cost / tickets);
        return new Funnel(visits, visitors, holds, orders, tickets, gross, (long) buyers.size(), perTicket, false);
    }

    /** Each day of the campaign: sales on their day minus refunds on theirs, next to the film's box office. */
    private List<CampaignResults.Day> daily(Campaign campaign) {
        Map<LocalDate, long[]> takings = new HashMap<>();
        rows.soldByDay(campaign.id()).forEach(d -> {
            long[] t = takings.computeIfAbsent(d.day(), k -> new long[2]);
            t[0] += d.seats();
            t[1] += d.amountMinor();
        });
        rows.refundedByDay(campaign.id()).forEach(d -> {
            long[] t = takings.computeIfAbsent(d.day(), k -> new long[2]);
            t[0] -= d.seats();
            t[1] -= d.amountMinor();
        });
        Map<LocalDate, DayFigures> film = new HashMap<>();
        boxOffice.film(campaign.filmId(), market.today(clock)).curve().forEach(d -> film.put(d.day(), d));
        List<CampaignResults.Day> days = new ArrayList<>();
        for (LocalDate day = campaign.startsOn(); !day.isAfter(campaign.endsOn()); day = day.plusDays(1)) {
            long[] t = takings.getOrDefault(day, new long[2]);
            DayFigures f = film.get(day);
            days.add(new CampaignResults.Day(day, t[0], t[1], f == null ? 0 : f.admissions(), f == null ? 0 : f.grossMinor()));
        }
        return days;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CampaignComparison> compare(Caller caller, List<Long> campaignIds) {
        List<Long> ids = campaignIds == null || campaignIds.isEmpty()
                ? campaigns.campaigns(caller).stream().map(Campaign::id).toList() : campaignIds;
        return ids.stream().map(id -> comparison(results(caller, id))).toList();
    }

    private static CampaignComparison comparison(CampaignResults r) {
        OfferResult best = r.offers().stream().filter(o -> o.purchaseRate() != null && o.purchaseRate().absolute() != null)
                .max(Comparator.comparingDouble(o -> o.purchaseRate().absolute())).orElse(null);
        return new CampaignComparison(r.campaignId(), r.name(), r.filmTitle(), r.startsOn(), r.endsOn(), r.currency(),
                r.budgetMinor(), r.spentMinor(), r.totals().tickets(), r.totals().grossMinor(), r.totals().costPerTicketMinor(),
                best);
    }
}
