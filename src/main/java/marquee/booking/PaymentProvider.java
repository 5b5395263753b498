package marquee.booking;

import marquee.shared.Money;

/**
 * Takes and gives back money. Every call carries a reference that the provider treats as an
 * idempotency key: the same reference twice moves money once.
 */
public interface PaymentProvider {

    /** The provider's answer to a charge. */
    enum Outcome { APPROVED, DECLINED, TIMED_OUT }

    /** Charges {@code amount} to the buyer's {@code paymentMethod}; {@code reference} is unique per charge. */
    Outcome charge(String reference, String paymentMethod, Money amount);

    /** Gives back {@code amount} of the charge {@code chargeReference}; {@code reference} is unique per refund. */
    void refund(String reference, String chargeReference, Money amount);

    /**
     * Whether a charge with this reference was approved: asked for a checkout a crash interrupted between the
     * charge and the sale, to give the money back. Never charges.
     */
    boolean approved(String chargeReference);
}
