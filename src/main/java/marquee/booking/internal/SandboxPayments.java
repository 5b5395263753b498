package marquee.booking.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import marquee.booking.PaymentProvider;
import marquee.shared.Money;
import org.springframework.stereotype.Component;

/**
 * The default payment provider: no money moves. The payment method says what happens, so tests and
 * demos can reach every branch: "decline" is declined, "timeout" does not answer in time (and charges
 * nothing), anything else is approved. Like a real provider it charges a reference once however often
 * it is asked.
 */
@Component
class SandboxPayments implements PaymentProvider {

    private final Map<String, Outcome> charges = new ConcurrentHashMap<>();
    private final Map<String, Long> refunds = new ConcurrentHashMap<>();

    @Override
    public Outcome charge(String reference, String paymentMethod, Money amount) {
        return charges.computeIfAbsent(reference, r -> switch (paymentMethod == null ? "" : paymentMethod) {
            case "decline" -> Outcome.DECLINED;
            case "timeout" -> Outcome.TIMED_OUT;
            default -> Outcome.APPROVED;
        });
    }

    @Override
    public void refund(String reference, String chargeReference, Money amount) {
        if (charges.get(chargeReference) != Outcome.APPROVED) {
            throw new IllegalStateException("no approved charge " + chargeReference + " to refund");
        }
        refunds.putIfAbsent(reference, amount.minor());
    }
}
