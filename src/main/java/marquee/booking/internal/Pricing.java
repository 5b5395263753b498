package marquee.booking.internal;

import java.util.ArrayList;
import java.util.List;
import marquee.booking.PricedSeat;
import marquee.catalog.Seat;
import marquee.catalog.SeatType;
import marquee.shared.Money;
import org.springframework.stereotype.Component;

/**
 * Prices seats on the server: the screening's base price, times the seat type's percentage and the
 * time of day's (matinee, late show), rounded to the nearest minor unit. A coupon's discount is then
 * spread over the seats so that every ticket knows what it was paid, and they add up to the total.
 */
@Component
class Pricing {

    private final BookingSettings settings;

    Pricing(BookingSettings settings) {
        this.settings = settings;
    }

    Money price(ScreeningFacts.Facts facts, SeatType type) {
        long base = facts.screening().basePrice().minor();
        long percent = (long) settings.percentFor(type) * timeOfDayPercent(facts);
        return new Money((base * percent + 5_000) / 10_000, facts.screening().basePrice().currency());
    }

    PricedSeat priced(ScreeningFacts.Facts facts, Seat seat) {
        return new PricedSeat(seat.id(), seat.row(), seat.number(), seat.type(), price(facts, seat.type()));
    }

    private int timeOfDayPercent(ScreeningFacts.Facts facts) {
        int hour = facts.screening().localStart().getHour();
        if (hour < settings.matineeBefore()) {
            return settings.matineePercent();
        }
        return hour >= settings.lateFrom() ? settings.latePercent() : 100;
    }

    /**
     * What each seat is paid after a discount: the discount split in proportion to the seats' prices,
     * the last minor units given to the first seats, so the parts add up to exactly the total.
     */
    static List<Long> paidPerSeat(List<PricedSeat> seats, long discount) {
        long subtotal = seats.stream().mapToLong(s -> s.price().minor()).sum();
        List<Long> paid = new ArrayList<>();
        long given = 0;
        for (PricedSeat seat : seats) {
            long share = subtotal == 0 ? 0 : Math.floorDiv(discount * seat.price().minor(), subtotal);
            given += share;
            paid.add(seat.price().minor() - share);
        }
        long left = discount - given;
        for (int i = 0; left > 0 && i < paid.size(); i++) {
            if (paid.get(i) > 0) {
                paid.set(i, paid.get(i) - 1);
                left--;
            }
        }
        return paid;
    }
}
