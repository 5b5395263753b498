package marquee.booking;

/** The payment was declined or the provider did not answer in time; nothing was charged. Answered as 402. */
public class PaymentFailed extends RuntimeException {

    private final boolean timedOut;

    public PaymentFailed(String reason, boolean timedOut) {
        super(reason);
        this.timedOut = timedOut;
    }

    public boolean timedOut() {
        return timedOut;
    }
}
