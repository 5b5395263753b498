package marquee.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.SimpleAsyncUncaughtExceptionHandler;

/**
 * What a listener's failure leaves in the log. The two loggers are watched at INFO whatever the logging of the tests
 * that ran before in this JVM (a test context sets the root to WARN).
 */
class ListenerFailuresTest {

    /** Stands for any asynchronous listener. */
    static class SomeListener {
        void on(String event) {}
    }

    private final ListenerFailures failures = new ListenerFailures();
    private final Method listener = listener();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final List<Logger> watched = List.of(logger(ListenerFailures.class), logger(SimpleAsyncUncaughtExceptionHandler.class));
    private List<Level> levelsBefore;

    @BeforeEach
    void watch() {
        logged.start();
        levelsBefore = watched.stream().map(Logger::getLevel).toList();
        watched.forEach(l -> {
            l.setLevel(Level.INFO);
            l.addAppender(logged);
        });
    }

    @AfterEach
    void unwatch() {
        for (int i = 0; i < watched.size(); i++) {
            watched.get(i).detachAppender(logged);
            watched.get(i).setLevel(levelsBefore.get(i));
        }
    }

    @Test
    void deliveries_postponed_by_a_stopping_application_are_noted_once_and_not_as_errors() {
        for (int i = 0; i < 150; i++) {
            failures.handleUncaughtException(new CompletionException(new DeliveryPostponed("the writer has stopped")), listener, "sale " + i);
        }

        assertThat(failures.postponed()).isEqualTo(150);
        assertThat(logged.list).hasSize(1);
        ILoggingEvent note = logged.list.getFirst();
        assertThat(note.getLevel()).isEqualTo(Level.INFO);
        assertThat(note.getFormattedMessage()).contains("postponed to the next start").contains("SomeListener");
        assertThat(note.getThrowableProxy()).isNull();
    }

    @Test
    void any_other_failure_of_a_listener_is_logged_as_an_error_with_its_stack() {
        failures.handleUncaughtException(new CompletionException(new IllegalStateException("the disk is full")), listener, "sale");

        assertThat(failures.postponed()).isZero();
        assertThat(logged.list).hasSize(1);
        ILoggingEvent error = logged.list.getFirst();
        assertThat(error.getLevel()).isEqualTo(Level.ERROR);
        assertThat(error.getThrowableProxy().getCause().getMessage()).isEqualTo("the disk is full");
    }

    private static Logger logger(Class<?> type) {
        return (Logger) LoggerFactory.getLogger(type);
    }

    private static Method listener() {
        try {
            return SomeListener.class.getDeclaredMethod("on", String.class);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
