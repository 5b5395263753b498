package marquee.booking.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import marquee.booking.PaymentProvider;
import marquee.shared.Money;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The default payment provider: no money moves. The payment method says what happens, so tests and
 * demos can reach every branch: "decline" is declined, "timeout" does not answer in time (and charges
 * nothing), anything else is approved. Like a real provider it charges a reference once however often
 * it is asked, and keeps its record apart from the caller's: each charge and refund is one statement committed
 * on its own (table {@code sandbox_payment}), outside any transaction of the caller, so it outlives a checkout
 * rolled back, a crash or a restart, and any instance of a cluster can refund it.
 */
@Component
class SandboxPayments implements PaymentProvider {

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final Clock clock;

    SandboxPayments(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        // Outside the caller's transaction, on a connection of its own when the caller has one (which the caller then
        // holds meanwhile: Checkout calls the provider with none), each statement committing on its own. Not a
        // transaction of its own: a single statement needs none, and a checkout's charge is then one commit, not two.
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        this.clock = clock;
    }

    @Override
    public Outcome charge(String reference, String paymentMethod, Money amount) {
        Outcome outcome = switch (paymentMethod == null ? "" : paymentMethod) {
            case "decline" -> Outcome.DECLINED;
            case "timeout" -> Outcome.TIMED_OUT;
            default -> Outcome.APPROVED;
        };
        return Outcome.valueOf(record(reference, "CHARGE", outcome.name(), amount, null));
    }

    @Override
    public void refund(String reference, String chargeReference, Money amount) {
        if (!approved(chargeReference)) {
            throw new IllegalStateException("no approved charge " + chargeReference + " to refund");
        }
        record(reference, "REFUND", "DONE", amount, chargeReference);
    }

    @Override
    public boolean approved(String chargeReference) {
        return outcomeOf(chargeReference).filter(Outcome.APPROVED.name()::equals).isPresent();
    }

    /**
     * Stores the payment once; asked again with the same reference, answers what was stored first. Written first and
     * read only when the reference is known (a retry): almost every reference is new.
     */
    private String record(String reference, String kind, String outcome, Money amount, String chargeReference) {
        try {
            own.executeWithoutResult(status -> jdbc.sql("""
                            insert into sandbox_payment (reference, kind, outcome, amount_minor, currency, charge_reference, made_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(reference, kind, outcome, amount.minor(), amount.currency(), chargeReference,
                            clock.instant().atOffset(ZoneOffset.UTC))
                    .update());
            return outcome;
        } catch (DuplicateKeyException sameReferenceBefore) {
            return outcomeOf(reference).orElseThrow();
        }
    }

    private Optional<String> outcomeOf(String reference) {
        return own.execute(status -> jdbc.sql("select outcome from sandbox_payment where reference = ?").param(reference)
                .query(String.class).optional());
    }
}
