package marquee.shared.events;

/**
 * Thrown by an event listener that cannot finish a delivery because the application is stopping. Its publication
 * stays incomplete and is delivered again at the next start (see {@code EventRedelivery}): nothing is lost, so it
 * is reported as a note, not as an error (see {@link ListenerFailures}).
 */
public class DeliveryPostponed extends IllegalStateException {

    public DeliveryPostponed(String message) {
        super(message);
    }
}
