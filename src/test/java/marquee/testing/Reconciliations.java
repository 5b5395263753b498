package marquee.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** The box office's reconciliation with booking, asked of a running Marquee of the demo market by its operator. */
public final class Reconciliations {

    private static final String OPERATOR = "{\"email\":\"operator@marquee.demo\",\"password\":\"marquee-demo-2026\"}";

    private Reconciliations() {
    }

    /**
     * Waits (20 s at most unless told) until nothing booking sold is missing from the box office ledger, then checks the
     * reconciliation in full: nothing missing, nothing unknown, every rollup row equal to its ledger entries.
     */
    public static JsonNode reconciled(int port) {
        return reconciled(port, Duration.ofSeconds(20));
    }

    /** As {@link #reconciled(int)}, waiting up to {@code patience}. */
    public static JsonNode reconciled(int port, Duration patience) {
        Http operator = new Http(port).withCookies();
        assertThat(operator.post("/api/session", OPERATOR).status()).isEqualTo(200);
        Eventually.until("the box office to have counted every paid order", patience,
                () -> operator.get("/api/boxoffice/reconciliation").json().get("missing").asLong() == 0);
        JsonNode check = operator.get("/api/boxoffice/reconciliation").json();
        assertThat(check.get("missing").asLong()).as(check.toString()).isZero();
        assertThat(check.get("unknown").asLong()).as(check.toString()).isZero();
        assertThat(check.get("rollupRowsOff").asLong()).as("rollups equal to the sums of the ledger: " + check).isZero();
        assertThat(check.get("counted").asLong()).as(check.toString())
                .isEqualTo(check.get("sales").asLong() + check.get("refunds").asLong());
        return check;
    }
}
