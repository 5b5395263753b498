package marquee.booking;

import java.util.List;
import java.util.Optional;
import marquee.shared.security.Caller;

/** The coupons issued, for other modules that report on them (who owns a coupon, which campaign it counts for). */
public interface IssuedCoupons {

    /** The coupon with this code (as a buyer types it: case and surrounding blanks do not matter), or empty. */
    Optional<Coupon> find(String code);

    /**
     * Issues a coupon as the caller, under the same rules as the coupon API (a distributor's for its own films, a
     * chain's for its own cinemas): {@link marquee.shared.InvalidInput} when a rule or a taken code refuses it.
     */
    Coupon issue(Caller caller, NewCoupon coupon);

    /** The coupons of the caller's tenant (the operator's: all). */
    List<Coupon> issuedTo(Caller caller);

    /** The caller's tenant's coupons (the operator's: all) with the uses, admissions and gross of each. */
    List<CouponTakings> takings(Caller caller);
}
