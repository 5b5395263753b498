package marquee.booking;

import java.util.List;
import java.util.Optional;
import marquee.shared.security.Caller;

/** The coupons issued, for other modules that report on them (who owns a coupon, which campaign it counts for). */
public interface IssuedCoupons {

    /** The coupon with this code (as a buyer types it: case and surrounding blanks do not matter), or empty. */
    Optional<Coupon> find(String code);

    /** The coupons of the caller's tenant (the operator's: all). */
    List<Coupon> issuedTo(Caller caller);
}
