package marquee.shared.events;

import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.aop.interceptor.SimpleAsyncUncaughtExceptionHandler;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.stereotype.Component;

/**
 * What is logged when an asynchronous listener throws. A failure is an error, with its stack, as Spring logs it.
 * A delivery {@link DeliveryPostponed postponed} by a stopping application is not: a server stopped while it is
 * busy postpones hundreds at once, and each used to log an error with its stack although its event comes again at
 * the next start. The first is noted once at INFO, the rest at DEBUG.
 */
@Component
class ListenerFailures implements AsyncConfigurer, AsyncUncaughtExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ListenerFailures.class);

    private final AsyncUncaughtExceptionHandler errors = new SimpleAsyncUncaughtExceptionHandler();
    private final AtomicLong postponed = new AtomicLong();

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return this;
    }

    @Override
    public void handleUncaughtException(Throwable failure, Method method, Object... params) {
        DeliveryPostponed reason = postponement(failure);
        if (reason == null) {
            errors.handleUncaughtException(failure, method, params);
            return;
        }
        if (postponed.getAndIncrement() == 0) {
            log.info("{}: deliveries to {} are postponed to the next start, where they are delivered again",
                    reason.getMessage(), method.getDeclaringClass().getSimpleName());
        } else {
            log.debug("postponed delivery to {}: {}", method, reason.getMessage());
        }
    }

    /** Deliveries postponed since the start. */
    long postponed() {
        return postponed.get();
    }

    private static DeliveryPostponed postponement(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DeliveryPostponed postponement) {
                return postponement;
            }
        }
        return null;
    }
}
