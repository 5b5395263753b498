package marquee.booking.internal;

import java.time.Duration;
import marquee.booking.PaymentProvider;
import marquee.shared.Money;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * For race tests: the sandbox provider, except that the payment method "slow" takes {@link #PAUSE} to approve, so a
 * cancellation can run while checkouts are between their first transaction and their sale.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SlowPayments {

    public static final Duration PAUSE = Duration.ofMillis(600);

    @Bean
    @Primary
    PaymentProvider slowPayments(SandboxPayments sandbox) {
        return new PaymentProvider() {
            @Override
            public Outcome charge(String reference, String paymentMethod, Money amount) {
                if ("slow".equals(paymentMethod)) {
                    try {
                        Thread.sleep(PAUSE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
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
