package marquee.boxoffice.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import marquee.boxoffice.BoxOffice;
import marquee.boxoffice.Ranking;
import marquee.boxoffice.Scope;
import marquee.shared.MarketSettings;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes a fresh market ranking to every watching console over server-sent events. Written batches
 * mark their days as changed; every {@value #PUSH_EVERY_MS} ms the changed days' rankings are computed
 * once each and sent to their watchers, so a burst of sales costs one query per push, not one per sale.
 */
@Component
class LiveBoard implements SmartLifecycle {

    static final long PUSH_EVERY_MS = 100;

    private record Watcher(SseEmitter emitter, LocalDate day) {}

    private final List<Watcher> watchers = new CopyOnWriteArrayList<>();
    private final Set<LocalDate> changedDays = ConcurrentHashMap.newKeySet();
    private final BoxOffice boxOffice;
    private final MarketSettings market;
    private final Clock clock;
    private volatile boolean running;
    private ScheduledExecutorService pusher;

    LiveBoard(BoxOffice boxOffice, SaleWriter writer, MarketSettings market, Clock clock) {
        this.boxOffice = boxOffice;
        this.market = market;
        this.clock = clock;
        writer.onWritten(written -> changed(written.days()));
    }

    /** Marks days whose figures changed; the next push sends their rankings. */
    void changed(Set<LocalDate> days) {
        changedDays.addAll(days);
    }

    SseEmitter watch(LocalDate day) {
        SseEmitter emitter = new SseEmitter(0L);
        Watcher watcher = new Watcher(emitter, day != null ? day : market.today(clock));
        watchers.add(watcher);
        emitter.onCompletion(() -> watchers.remove(watcher));
        emitter.onTimeout(() -> watchers.remove(watcher));
        emitter.onError(e -> watchers.remove(watcher));
        send(watcher, boxOffice.ranking(watcher.day(), Scope.MARKET));
        return emitter;
    }

    void push() {
        for (LocalDate day : List.copyOf(changedDays)) {
            // Unmarked before the ranking is read, so that a batch written meanwhile marks the day again.
            changedDays.remove(day);
            try {
                Ranking ranking = null;
                for (Watcher watcher : watchers) {
                    if (watcher.day().equals(day)) {
                        ranking = ranking != null ? ranking : boxOffice.ranking(day, Scope.MARKET);
                        send(watcher, ranking);
                    }
                }
            } catch (RuntimeException e) {
                // Marked again, so the next tick tries again; a scheduled task that throws would never run again.
                changedDays.add(day);
            }
        }
    }

    private void send(Watcher watcher, Ranking ranking) {
        try {
            watcher.emitter().send(SseEmitter.event().name("ranking").data(ranking, MediaType.APPLICATION_JSON));
        } catch (IOException | RuntimeException e) {
            // A watcher whose stream broke in any way is dropped; it must not stop the push to the others.
            watchers.remove(watcher);
        }
    }

    /** Ends the open streams before the web server's graceful shutdown, which would wait for them. */
    @Override
    public synchronized void stop() {
        running = false;
        if (pusher != null) {
            pusher.shutdownNow();
        }
        watchers.forEach(w -> w.emitter().complete());
        watchers.clear();
    }

    /** Also after a stop: a paused application (as in a test suite's context cache) starts again. */
    @Override
    public synchronized void start() {
        pusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "boxoffice-live-board");
            thread.setDaemon(true);
            return thread;
        });
        pusher.scheduleWithFixedDelay(this::push, PUSH_EVERY_MS, PUSH_EVERY_MS, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
