package marquee.audience;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntUnaryOperator;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import marquee.audience.internal.AudienceData;
import marquee.audience.internal.AudienceData.Purchase;
import marquee.audience.internal.AudienceData.Snapshot;
import marquee.booking.Coupon;
import marquee.booking.IssuedCoupons;
import marquee.catalog.Film;
import marquee.shared.InvalidInput;
import marquee.shared.NotFound;
import marquee.shared.security.Caller;
import marquee.shared.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Audience portraits: who a film's audience is (or a coupon's or a campaign's buyers), next to the whole
 * market, with the TGI of every cell. A distributor sees portraits of its own films and coupons only
 * (another's answers 404); a cinema manager sees the buyers at its own chain's cinemas, against all buyers
 * there; the operator sees everything.
 */
@Service
public class Portraits {

    private final AudienceData data;
    private final marquee.catalog.Catalog catalog;
    private final IssuedCoupons coupons;
    private final int minimumCell;
    private final CampaignOwners campaignOwners;
    private volatile MarketCounts marketCache;

    @org.springframework.beans.factory.annotation.Autowired
    Portraits(AudienceData data, marquee.catalog.Catalog catalog, IssuedCoupons coupons,
              @Value("${marquee.audience.minimum-cell:50}") int minimumCell,
              org.springframework.beans.factory.ObjectProvider<CampaignOwners> campaignOwners) {
        // Without the campaigns module (a slice of the application), no campaign has an owner: the operator's only.
        this(data, catalog, coupons, minimumCell, (CampaignOwners) campaignOwners.getIfAvailable(() -> id -> Optional.empty()));
    }

    /** Portraits of a market given column by column ({@link PortraitMarket}), where campaigns have no owners. */
    Portraits(AudienceData data, marquee.catalog.Catalog catalog, IssuedCoupons coupons, int minimumCell) {
        this(data, catalog, coupons, minimumCell, (CampaignOwners) id -> Optional.empty());
    }

    private Portraits(AudienceData data, marquee.catalog.Catalog catalog, IssuedCoupons coupons, int minimumCell,
                      CampaignOwners campaignOwners) {
        this.campaignOwners = campaignOwners;
        this.data = data;
        this.catalog = catalog;
        this.coupons = coupons;
        this.minimumCell = minimumCell;
    }

    /** The portrait of the films' joint audience as the caller may see it. */
    public Portrait of(Caller caller, List<Long> filmIds) {
        if (filmIds.isEmpty() || filmIds.size() > 20) {
            throw new InvalidInput("films", "name 1 to 20 films");
        }
        List<Film> films = filmIds.stream().distinct().map(id -> visibleFilm(caller, id)).toList();
        String title = String.join(" + ", films.stream().map(Film::displayTitle).toList());
        List<Long> ids = films.stream().map(Film::id).toList();
        return portrait(caller, ids, boughtOneOf(ids), title);
    }

    /**
     * The portrait of the buyers who redeemed a coupon. Its owner's staff and the operator see it; for anyone else
     * it answers exactly as a coupon that does not exist, so that nobody learns another tenant's codes.
     */
    public Portrait ofCoupon(Caller caller, String code) {
        String redeemed = coupons.find(code).filter(c -> caller.mayManage(c.ownerTenantId())).map(Coupon::code)
                .orElseThrow(() -> new NotFound("coupon", code));
        return portrait(caller, List.of(), p -> redeemed.equals(p.couponCode()), "coupon " + redeemed);
    }

    /**
     * The portrait of the buyers of sales attributed to a campaign: its owner's staff and the operator see it;
     * anyone else is answered as for a campaign that does not exist.
     */
    public Portrait ofCampaign(Caller caller, long campaignId) {
        if (!caller.isOperator() && !campaignOwners.ownerOf(campaignId).map(caller::belongsTo).orElse(false)) {
            throw new NotFound("campaign", campaignId);
        }
        return portrait(caller, List.of(), p -> p.campaignId() != null && p.campaignId() == campaignId, "campaign " + campaignId);
    }

    /** The portrait of the buyers of {@code bought} and the viewers of the films {@code filmIds}, as the caller may see it. */
    private Portrait portrait(Caller caller, List<Long> filmIds, Predicate<Purchase> bought, String title) {
        LongPredicate atCinema = caller.role() == Role.CINEMA_MANAGER ? chainCinemas(caller) : null;
        boolean histories = caller.role() != Role.CINEMA_MANAGER;
        return portrait(filmIds, bought, title, data.snapshot(), atCinema, histories);
    }

    /** Films the caller may see portraits of: a distributor's own; every film for the operator and cinema managers. */
    public boolean mayView(Caller caller, Film film) {
        return switch (caller.role()) {
            case OPERATOR, CINEMA_MANAGER -> film.announced() || caller.isOperator();
            case DISTRIBUTOR_ADMIN, DISTRIBUTOR_ANALYST -> caller.belongsTo(film.distributorTenantId());
            default -> false;
        };
    }

    private Film visibleFilm(Caller caller, long id) {
        return catalog.findFilm(id).filter(f -> mayView(caller, f)).orElseThrow(() -> new NotFound("film", id));
    }

    private LongPredicate chainCinemas(Caller caller) {
        Map<Long, Boolean> own = new HashMap<>();
        return cinema -> own.computeIfAbsent(cinema, id -> caller.belongsTo(catalog.cinema(id).chainTenantId()));
    }

    /** The portrait of the films {@code ids} in a snapshot (a {@link PortraitMarket}). */
    Portrait portrait(List<Long> ids, String title, Snapshot s, LongPredicate scope, boolean histories) {
        return portrait(ids, boughtOneOf(ids), title, s, scope, histories);
    }

    private static Predicate<Purchase> boughtOneOf(List<Long> filmIds) {
        long[] wanted = filmIds.stream().mapToLong(Long::longValue).toArray();
        return p -> isOneOf(p.filmId(), wanted);
    }

    /**
     * The heart of it: the audience is the viewers of the films {@code ids} in the moviegoers' histories (when
     * {@code histories}) and the buyers of the purchases {@code bought}, next to the market in {@code scope}.
     */
    private Portrait portrait(List<Long> ids, Predicate<Purchase> bought, String title, Snapshot s, LongPredicate scope,
                              boolean histories) {
        BitSet audience = new BitSet(s.size());
        BitSet market = new BitSet(s.size());
        if (histories) {
            ids.forEach(id -> {
                for (int m : s.viewersByFilm().getOrDefault(id, new int[0])) {
                    audience.set(m);
                }
            });
            market.set(0, s.size());
        }
        boolean wholeMarket = histories && scope == null;
        Map<String, long[]> marketCounts = wholeMarket ? marketCounts(s) : new HashMap<>();
        List<Purchase> filmPurchases = new ArrayList<>();
        List<Purchase> purchases = s.purchases();
        int[] members = s.purchaseMember();
        for (int i = 0; i < purchases.size(); i++) {
            Purchase p = purchases.get(i);
            if (scope != null && !scope.test(p.cinemaId())) {
                continue;
            }
            int member = members[i];
            if (member >= 0 && !wholeMarket) {
                market.set(member);
            }
            if (bought.test(p)) {
                filmPurchases.add(p);
                if (member >= 0) {
                    audience.set(member);
                }
            }
        }
        List<Purchase> marketPurchases = wholeMarket ? null
                : purchases.stream().filter(p -> scope == null || scope.test(p.cinemaId())).toList();
        People people = new People(audience, market, audience.cardinality(), market.cardinality(), marketCounts);
        List<PortraitDimension> dimensions = List.of(
                people.single("age band", AudienceData.AGE_BANDS, m -> s.ageBand()[m], false),
                people.single("gender", AudienceData.GENDERS, m -> s.gender()[m], false),
                people.single("city tier", AudienceData.TIERS, m -> s.tier()[m], false),
                people.single("province", s.provinces(), m -> s.province()[m], true),
                people.single("city", s.cities(), m -> s.city()[m], true),
                people.multi("interests", s.interestTags(), m -> s.interests()[m]),
                people.multi("genres seen", s.genres(), m -> s.genresSeen()[m]),
                orders("weekday", List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), p -> p.weekday() - 1,
                        filmPurchases, marketPurchases, s, marketCounts),
                orders("time of day", List.of("before 12:00", "12:00-17:59", "18:00-21:59", "22:00 and later"),
                        p -> p.hour() < 12 ? 0 : p.hour() < 18 ? 1 : p.hour() < 22 ? 2 : 3, filmPurchases, marketPurchases, s, marketCounts),
                orders("price paid per ticket", List.of("under ¥30", "¥30-49", "¥50-79", "¥80 and more"),
                        p -> priceBand(p.amountMinor() / Math.max(1, p.seats())), filmPurchases, marketPurchases, s, marketCounts));
        long tickets = filmPurchases.stream().mapToLong(Purchase::seats).sum();
        return new Portrait(ids, title, people.audienceSize(), tickets, people.marketSize(), minimumCell, dimensions);
    }

    private static boolean isOneOf(long id, long[] ids) {
        for (long wanted : ids) {
            if (wanted == id) {
                return true;
            }
        }
        return false;
    }

    private static int priceBand(long perTicketMinor) {
        return perTicketMinor < 3000 ? 0 : perTicketMinor < 5000 ? 1 : perTicketMinor < 8000 ? 2 : 3;
    }

    /** Counts of people in the audience and the market, by an attribute of each member. */
    private final class People {
        private final BitSet audience;
        private final BitSet market;
        private final long audienceSize;
        private final long marketSize;
        private final Map<String, long[]> marketCounts;

        People(BitSet audience, BitSet market, long audienceSize, long marketSize, Map<String, long[]> marketCounts) {
            this.audience = audience;
            this.market = market;
            this.audienceSize = audienceSize;
            this.marketSize = marketSize;
            this.marketCounts = marketCounts;
        }

        long audienceSize() {
            return audienceSize;
        }

        long marketSize() {
            return marketSize;
        }

        /** One category per person (age band, province): {@code byCount} sorts the cells by audience size. */
        PortraitDimension single(String name, List<String> labels, IntUnaryOperator code, boolean byCount) {
            long[] inAudience = new long[labels.size()];
            audience.stream().forEach(m -> inAudience[code.applyAsInt(m)]++);
            long[] inMarket = marketCounts.computeIfAbsent(name, k -> {
                long[] counts = new long[labels.size()];
                market.stream().forEach(m -> counts[code.applyAsInt(m)]++);
                return counts;
            });
            return dimension(name, "people", labels, inAudience, audienceSize, inMarket, marketSize, byCount);
        }

        /** Several categories per person (interests, genres): shares add up to more than 100%. */
        PortraitDimension multi(String name, List<String> labels, java.util.function.IntToLongFunction mask) {
            long[] inAudience = new long[labels.size()];
            audience.stream().forEach(m -> add(inAudience, mask.applyAsLong(m)));
            long[] inMarket = marketCounts.computeIfAbsent(name, k -> {
                long[] counts = new long[labels.size()];
                market.stream().forEach(m -> add(counts, mask.applyAsLong(m)));
                return counts;
            });
            return dimension(name, "people", labels, inAudience, audienceSize, inMarket, marketSize, true);
        }

        private static void add(long[] counts, long mask) {
            long rest = mask;
            while (rest != 0) {
                int bit = Long.numberOfTrailingZeros(rest);
                if (bit < counts.length) {
                    counts[bit]++;
                }
                rest &= rest - 1;
            }
        }
    }

    /** A dimension of the orders themselves; {@code market} null means every order of the snapshot. */
    private PortraitDimension orders(String name, List<String> labels, ToIntFunction<Purchase> code, List<Purchase> film,
                                     List<Purchase> market, Snapshot s, Map<String, long[]> marketCounts) {
        long[] inFilm = new long[labels.size()];
        film.forEach(p -> inFilm[code.applyAsInt(p)]++);
        List<Purchase> all = market == null ? s.purchases() : market;
        long[] inMarket = marketCounts.computeIfAbsent(name, k -> {
            long[] counts = new long[labels.size()];
            all.forEach(p -> counts[code.applyAsInt(p)]++);
            return counts;
        });
        return dimension(name, "orders", labels, inFilm, film.size(), inMarket, all.size(), false);
    }

    /** The whole market's counts do not depend on the film: kept once per snapshot. */
    private Map<String, long[]> marketCounts(Snapshot s) {
        MarketCounts cached = marketCache;
        if (cached == null || cached.snapshot() != s) {
            cached = new MarketCounts(s, new ConcurrentHashMap<>());
            marketCache = cached;
        }
        return cached.counts();
    }

    private record MarketCounts(Snapshot snapshot, Map<String, long[]> counts) {}

    private PortraitDimension dimension(String name, String basis, List<String> labels, long[] inFilm, long filmTotal,
                                        long[] inMarket, long marketTotal, boolean byCount) {
        List<PortraitCell> cells = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (inFilm[i] == 0 && inMarket[i] == 0) {
                continue;
            }
            cells.add(cell(labels.get(i), inFilm[i], filmTotal, inMarket[i], marketTotal));
        }
        if (byCount) {
            cells.sort(Comparator.comparing(PortraitCell::suppressed)
                    .thenComparing(c -> c.people() == null ? 0 : -c.people()));
        }
        return new PortraitDimension(name, basis, cells);
    }

    private PortraitCell cell(String label, long count, long total, long marketCount, long marketTotal) {
        double marketShare = marketTotal == 0 ? 0 : (double) marketCount / marketTotal;
        if (count < minimumCell) {
            return new PortraitCell(label, null, null, round(marketShare), null, true);
        }
        double share = (double) count / total;
        Integer tgi = marketShare == 0 ? null : (int) Math.round(100 * share / marketShare);
        return new PortraitCell(label, count, round(share), round(marketShare), tgi, false);
    }

    private static double round(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }
}
