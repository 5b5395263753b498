package marquee.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ListenerFailuresTest {

    /** Stands for any asynchronous listener. */
    static class SomeListener {
        void on(String event) {}
    }

    private final ListenerFailures failures = new ListenerFailures();
    private final Method listener = listener();

    @Test
    void deliveries_postponed_by_a_stopping_application_are_noted_once_and_not_as_errors(CapturedOutput output) {
        for (int i = 0; i < 150; i++) {
            failures.handleUncaughtException(new CompletionException(new DeliveryPostponed("the writer has stopped")), listener, "sale " + i);
        }

        assertThat(failures.postponed()).isEqualTo(150);
        assertThat(output.getAll().lines().filter(line -> line.contains("postponed to the next start"))).hasSize(1);
        assertThat(output.getAll()).contains("SomeListener").doesNotContain("ERROR").doesNotContain("CompletionException");
    }

    @Test
    void any_other_failure_of_a_listener_is_logged_as_an_error_with_its_stack(CapturedOutput output) {
        failures.handleUncaughtException(new CompletionException(new IllegalStateException("the disk is full")), listener, "sale");

        assertThat(failures.postponed()).isZero();
        assertThat(output.getAll()).contains("ERROR").contains("the disk is full").contains("at marquee.");
    }

    private static Method listener() {
        try {
            return SomeListener.class.getDeclaredMethod("on", String.class);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
