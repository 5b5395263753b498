package marquee.booking.internal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import marquee.booking.PaymentProvider;
import marquee.shared.Money;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * For race tests: the sandbox provider, except that a charge with the payment method "slow" waits at a
 * {@link PaymentGate} until the test opens it, so a cancellation can run while checkouts are between their first
 * transaction and their sale. A gate, not a pause: with a fixed pause the cancellation came before any checkout had
 * reached its payment on a loaded CI machine, and the race the control must show did not happen.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SlowPayments {

    /** How long a payment waits at a gate that nobody opens, so a failing test ends instead of hanging. */
    public static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    /** Where "slow" payments wait: the test learns when the first one arrives and decides when they all go on. */
    public static final class PaymentGate {
        private final CountDownLatch firstArrived = new CountDownLatch(1);
        private final CountDownLatch opened = new CountDownLatch(1);

        /** Waits until a payment is waiting at the gate; false if none came within {@link #LONGEST_WAIT}. */
        public boolean awaitFirstPayment() throws InterruptedException {
            return firstArrived.await(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** Lets every waiting payment, and every later one, go on. */
        public void open() {
            opened.countDown();
        }

        void pass() {
            firstArrived.countDown();
            try {
                opened.await(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Bean
    PaymentGate paymentGate() {
        return new PaymentGate();
    }

    @Bean
    @Primary
    PaymentProvider slowPayments(SandboxPayments sandbox, PaymentGate gate) {
        return new PaymentProvider() {
            @Override
            public Outcome charge(String reference, String paymentMethod, Money amount) {
                if ("slow".equals(paymentMethod)) {
                    gate.pass();
                }
                return sandbox.charge(reference, paymentMethod, amount);
            }

            @Override
            public void refund(String reference, String chargeReference, Money amount) {
                sandbox.refund(reference, chargeReference, amount);
            }

            @Override
            public boolean approved(String chargeReference) {
                return sandbox.approved(chargeReference);
            }
        };
    }
}
