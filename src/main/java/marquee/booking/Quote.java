package marquee.booking;

import java.util.List;
import marquee.shared.Money;

/** What a hold costs: the seats' prices, the coupon's discount (zero without one) and the total to pay. */
public record Quote(String holdId, List<PricedSeat> seats, Money subtotal, Money discount, Money total, String couponCode) {}
