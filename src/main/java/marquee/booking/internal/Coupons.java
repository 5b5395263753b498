package marquee.booking.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import marquee.booking.Coupon;
import marquee.booking.CouponKind;
import marquee.booking.CouponTakings;
import marquee.booking.IssuedCoupons;
import marquee.booking.NewCoupon;
import marquee.booking.PricedSeat;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.shared.InvalidInput;
import marquee.shared.Sentence;
import marquee.shared.NotFound;
import marquee.shared.security.Role;
import marquee.shared.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coupons and promo codes: created by a distributor (for its films), a cinema chain (for its cinemas)
 * or the operator; applied at checkout with their validity, limits and restrictions checked on the server.
 */
@Service
class Coupons implements IssuedCoupons {

    /** A coupon's effect on an order: which coupon, how much off, and the campaign it counts for. */
    record Discount(String code, long amountMinor, Long campaignId) {
        static final Discount NONE = new Discount(null, 0, null);
    }

    private final CouponRows rows;
    private final Catalog catalog;
    private final Clock clock;

    Coupons(CouponRows rows, Catalog catalog, Clock clock) {
        this.rows = rows;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Coupon issue(Caller caller, NewCoupon c) {
        return create(caller, c);
    }

    @Transactional
    Coupon create(Caller caller, NewCoupon c) {
        if (!c.validUntil().isAfter(c.validFrom())) {
            throw new InvalidInput("validUntil", "must be after validFrom");
        }
        if (c.kind() == CouponKind.PERCENT && c.amount() > 100) {
            throw new InvalidInput("amount", "a percentage must be 1 to 100");
        }
        if (c.kind() == CouponKind.AMOUNT && c.currency() == null) {
            throw new InvalidInput("currency", "is needed for a fixed amount");
        }
        requireOwnership(caller, c);
        List<Long> eligible = c.eligibleBuyerIds() == null ? List.of() : c.eligibleBuyerIds();
        Coupon coupon = new Coupon(c.code(), caller.tenantId(), c.kind(), c.amount(), c.currency(), c.validFrom(),
                c.validUntil(), c.maxUses(), c.maxUsesPerBuyer() == null ? 1 : c.maxUsesPerBuyer(), 0,
                c.filmIds() == null ? List.of() : c.filmIds(), c.cinemaIds() == null ? List.of() : c.cinemaIds(),
                !eligible.isEmpty(), c.campaignId());
        if (!rows.insert(coupon, eligible, clock.instant())) {
            throw new InvalidInput("code", "is taken; choose another code");
        }
        return coupon;
    }

    /**
     * A distributor's coupon is for its own films and a chain's for its own cinemas, named in the coupon:
     * only the operator makes coupons valid everywhere. Another tenant's film or cinema answers 404.
     */
    private void requireOwnership(Caller caller, NewCoupon c) {
        if (caller.isOperator()) {
            return;
        }
        List<Long> films = c.filmIds() == null ? List.of() : c.filmIds();
        List<Long> cinemas = c.cinemaIds() == null ? List.of() : c.cinemaIds();
        if (caller.role() == Role.CINEMA_MANAGER) {
            if (cinemas.isEmpty()) {
                throw new InvalidInput("cinemaIds", "must name the cinemas of your chain the coupon is valid at");
            }
            cinemas.forEach(id -> {
                if (!caller.belongsTo(catalog.cinema(id).chainTenantId())) {
                    throw new NotFound("cinema", id);
                }
            });
        } else {
            if (films.isEmpty()) {
                throw new InvalidInput("filmIds", "must name your films the coupon is valid for");
            }
            films.forEach(id -> {
                if (!caller.belongsTo(catalog.findFilm(id).map(Film::distributorTenantId).orElse(null))) {
                    throw new NotFound("film", id);
                }
            });
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Coupon> issuedTo(Caller caller) {
        if (!caller.isOperator() && caller.tenantId() == null) {
            return List.of(); // "no tenant" must not read as the operator's "every tenant"
        }
        return rows.ofTenant(caller.isOperator() ? null : caller.tenantId());
    }

    @Override
    @Transactional(readOnly = true)
    public List<CouponTakings> takings(Caller caller) {
        List<Coupon> issued = issuedTo(caller);
        var sold = rows.takings(issued.stream().map(Coupon::code).toList());
        return issued.stream().map(c -> {
            CouponRows.Sold s = sold.getOrDefault(c.code(), CouponRows.Sold.NONE);
            return new CouponTakings(c, c.uses(), s.admissions(), s.grossMinor(), s.currency());
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Coupon> find(String code) {
        return rows.find(normalised(code));
    }

    /** What the coupon takes off these seats, without using it: for a quote. */
    Discount preview(String code, long buyerId, ScreeningFacts.Facts screening, List<PricedSeat> seats, Instant now) {
        if (code == null || code.isBlank()) {
            return Discount.NONE;
        }
        Coupon coupon = usable(code, buyerId, screening, now);
        return new Discount(coupon.code(), off(coupon, seats, screening), coupon.campaignId());
    }

    /**
     * Uses the coupon for an order in the caller's transaction: one of its uses is taken under the
     * coupon row's lock, so however many buyers race, no more than its limit succeed.
     */
    Discount use(String code, long buyerId, ScreeningFacts.Facts screening, List<PricedSeat> seats, Instant now) {
        Discount discount = preview(code, buyerId, screening, seats, now);
        if (discount.code() == null) {
            return discount;
        }
        if (!rows.takeUse(discount.code(), now)) {
            throw new InvalidInput("couponCode", "has been used up");
        }
        Coupon coupon = rows.find(discount.code()).orElseThrow();
        if (rows.usesBy(coupon.code(), buyerId) >= coupon.maxUsesPerBuyer()) {
            throw new InvalidInput("couponCode", "has been used as often as one moviegoer may use it");
        }
        return discount;
    }

    void recordUse(Discount discount, long orderId, long buyerId) {
        if (discount.code() != null) {
            rows.recordUse(discount.code(), orderId, buyerId);
        }
    }

    void giveBack(String code, long orderId) {
        if (code != null) {
            rows.giveBack(code, orderId);
        }
    }

    private Coupon usable(String code, long buyerId, ScreeningFacts.Facts screening, Instant now) {
        Coupon coupon = rows.find(normalised(code)).orElseThrow(() -> new InvalidInput("couponCode", Sentence.of("sentence.coupon.unknown")));
        if (now.isBefore(coupon.validFrom()) || !now.isBefore(coupon.validUntil())) {
            throw new InvalidInput("couponCode", Sentence.of("sentence.coupon.notNow", coupon.validFrom().toString(), coupon.validUntil().toString()));
        }
        if (!coupon.filmIds().isEmpty() && !coupon.filmIds().contains(screening.screening().filmId())) {
            throw new InvalidInput("couponCode", Sentence.of("sentence.coupon.notThisFilm"));
        }
        if (!coupon.cinemaIds().isEmpty() && !coupon.cinemaIds().contains(screening.cinema().id())) {
            throw new InvalidInput("couponCode", Sentence.of("sentence.coupon.notThisCinema"));
        }
        if (coupon.restrictedToBuyers() && !rows.mayUse(coupon.code(), buyerId)) {
            throw new InvalidInput("couponCode", Sentence.of("sentence.coupon.notThisAccount"));
        }
        if (coupon.kind() == CouponKind.AMOUNT && !coupon.currency().equals(screening.screening().basePrice().currency())) {
            throw new InvalidInput("couponCode", "is in " + coupon.currency() + ", this screening is priced in "
                    + screening.screening().basePrice().currency());
        }
        return coupon;
    }

    /** A code as stored: buyers may type it in lower case or with blanks around it. */
    private static String normalised(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }

    private static long off(Coupon coupon, List<PricedSeat> seats, ScreeningFacts.Facts screening) {
        long subtotal = seats.stream().mapToLong(s -> s.price().minor()).sum();
        long off = coupon.kind() == CouponKind.PERCENT ? subtotal * coupon.amount() / 100 : coupon.amount();
        return Math.min(off, subtotal);
    }
}
