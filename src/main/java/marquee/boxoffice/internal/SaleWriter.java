package marquee.boxoffice.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import marquee.boxoffice.internal.LedgerEntry.RollupKey;
import marquee.boxoffice.internal.Rollups.Delta;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one writer of the ledger and the rollups. Entries queue up from any thread; a single thread
 * takes what has gathered (up to {@value #MAX_BATCH}) and writes it in one transaction: entries already
 * in the ledger are skipped, the rest appended, and their sums added to the rollup rows. One writer
 * means no two transactions race on a rollup row, so it can keep the rows' totals in memory and write
 * plain inserts and updates; batching is what makes the rate high.
 * A submitter's future completes when its entry is durable (or known from before).
 */
@Component
class SaleWriter implements SmartLifecycle {

    static final int MAX_BATCH = 20_000;
    private static final int REBUILD_CHUNK = 5_000;
    /** Rollup rows the writer keeps in memory at most; beyond, it forgets them and reads the table again. */
    static final int MAX_CACHED_ROWS = 2_000_000;
    private static final Logger log = LoggerFactory.getLogger(SaleWriter.class);

    record Pending(LedgerEntry entry, CompletableFuture<Void> written, long submittedNanos) {}

    /** What a written batch changed, for the live board and for measurements. */
    record Written(List<Pending> batch, long committedNanos, Set<LocalDate> days) {}

    /** Rollup rows as stored, per day, as far as the writer has read or written them: it writes totals, not increments. */
    private final Map<LocalDate, Map<RollupKey, Delta>> totals = new HashMap<>();
    private Map<RollupKey, Delta> pendingTotals = Map.of();
    /**
     * Whether this is the only writer of the box office's tables. Then it keeps the rows' totals in memory, writes
     * them as they are, and serves the days it wrote to rankings from memory. In a cluster other instances write
     * too: it adds increments in the database and keeps nothing, so rankings read the table.
     */
    private final boolean soleWriter;
    /** The committed rows of each day the writer has written, as immutable lists for readers on other threads. */
    private final Map<LocalDate, List<Map.Entry<RollupKey, Delta>>> committed = new ConcurrentHashMap<>();
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(200_000);
    private final List<Consumer<Written>> listeners = new CopyOnWriteArrayList<>();
    private final Ledger ledger;
    private final Rollups rollups;
    private final TransactionTemplate transaction;
    private final int maxCachedRows;
    private volatile Thread thread;
    /** Set by a stop, until the next start: entries submitted meanwhile would never be written. */
    private volatile boolean stopped;

    @Autowired
    SaleWriter(Ledger ledger, Rollups rollups, TransactionTemplate transaction,
               @Value("${marquee.boxoffice.sole-writer}") boolean soleWriter) {
        this(ledger, rollups, transaction, MAX_CACHED_ROWS, soleWriter);
    }

    /** With a smaller cache, so that a test can pass its limit with a few rows. */
    SaleWriter(Ledger ledger, Rollups rollups, TransactionTemplate transaction, int maxCachedRows) {
        this(ledger, rollups, transaction, maxCachedRows, true);
    }

    private SaleWriter(Ledger ledger, Rollups rollups, TransactionTemplate transaction, int maxCachedRows, boolean soleWriter) {
        this.ledger = ledger;
        this.rollups = rollups;
        this.transaction = transaction;
        this.maxCachedRows = maxCachedRows;
        this.soleWriter = soleWriter;
    }

    CompletableFuture<Void> submit(LedgerEntry entry) {
        Pending pending = new Pending(entry, new CompletableFuture<>(), System.nanoTime());
        if (stopped) {
            pending.written().completeExceptionally(new IllegalStateException("the box office writer has stopped"));
            return pending.written();
        }
        try {
            queue.put(pending);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.written().completeExceptionally(e);
        }
        return pending.written();
    }

    /**
     * Between two batches and in one transaction: replaces the ledger's entries of {@code source} by those
     * {@code history} hands over (in the order they happened, so a refund comes after its sale), then
     * recomputes every rollup from the whole ledger. Live events waiting meanwhile are written after it,
     * and those the history already had are skipped as known. Returns the entries stored.
     */
    synchronized long rebuild(String source, Consumer<Consumer<LedgerEntry>> history) {
        try {
            return transaction.execute(status -> {
                ledger.deleteSource(source);
                long[] stored = {0};
                List<LedgerEntry> chunk = new ArrayList<>();
                history.accept(entry -> {
                    chunk.add(entry);
                    if (chunk.size() == REBUILD_CHUNK) {
                        stored[0] += appendNew(chunk);
                    }
                });
                stored[0] += appendNew(chunk);
                rollups.rebuildFromLedger();
                return stored[0];
            });
        } finally {
            totals.clear();
            committed.clear();
        }
    }

    private int appendNew(List<LedgerEntry> chunk) {
        Map<String, LedgerEntry> fresh = new LinkedHashMap<>();
        chunk.forEach(e -> fresh.putIfAbsent(e.eventId(), e));
        fresh.keySet().removeAll(ledger.known(fresh.keySet()));
        ledger.append(settlePresales(fresh.values()));
        chunk.clear();
        return fresh.size();
    }

    /**
     * A day's rollup rows as last committed, when this writer has written that day since it started;
     * rankings read them instead of the table, which the writer is busy changing.
     */
    Optional<List<Map.Entry<RollupKey, Delta>>> committed(LocalDate day) {
        return Optional.ofNullable(committed.get(day));
    }

    void onWritten(Consumer<Written> listener) {
        listeners.add(listener);
    }

    private void drain() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (thread == Thread.currentThread()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("box office: a batch of {} entries failed; its submitters will retry", batch.size(), e);
                batch.forEach(p -> p.written().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        Set<LocalDate> days;
        synchronized (this) {
            try {
                days = transaction.execute(status -> store(batch));
            } catch (RuntimeException e) {
                totals.clear(); // what the failed transaction computed never happened
                committed.clear();
                throw e;
            }
            if (soleWriter) {
                remember(days);
            }
        }
        long committed = System.nanoTime();
        Written written = new Written(List.copyOf(batch), committed, days);
        batch.forEach(p -> p.written().complete(null));
        listeners.forEach(l -> l.accept(written));
    }

    private void remember(Set<LocalDate> days) {
        pendingTotals.forEach((key, value) -> totals.get(key.day()).put(key, value));
        for (LocalDate day : days) {
            committed.put(day, totals.get(day).entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
        }
        // Only after the batch's days are published: the batch is saved, and forgetting totals must not fail it.
        // The next write of a day reads its rows from the table again; the days just written stay readable.
        if (totals.values().stream().mapToInt(Map::size).sum() > maxCachedRows) {
            totals.clear();
            committed.keySet().retainAll(days);
        }
    }

    private Set<LocalDate> store(List<Pending> batch) {
        Map<String, LedgerEntry> fresh = new LinkedHashMap<>();
        batch.forEach(p -> fresh.putIfAbsent(p.entry().eventId(), p.entry()));
        fresh.keySet().removeAll(ledger.known(fresh.keySet()));
        List<LedgerEntry> entries = settlePresales(fresh.values());
        ledger.append(entries);
        Map<RollupKey, Delta> deltas = new HashMap<>();
        Set<LocalDate> days = new HashSet<>();
        for (LedgerEntry e : entries) {
            deltas.merge(e.key(), Rollups.ZERO.plus(e), Delta::plus);
            days.add(e.day());
        }
        if (!soleWriter) {
            rollups.add(deltas);
            return days;
        }
        days.forEach(day -> totals.computeIfAbsent(day, rollups::day));
        Map<RollupKey, Delta> inserts = new HashMap<>();
        Map<RollupKey, Delta> updates = new HashMap<>();
        deltas.forEach((key, delta) -> {
            Delta stored = totals.get(key.day()).get(key);
            (stored == null ? inserts : updates).put(key, stored == null ? delta : stored.plus(delta));
        });
        rollups.write(inserts, updates);
        pendingTotals = new HashMap<>(inserts);
        pendingTotals.putAll(updates);
        return days;
    }

    /** A refund reverses presales exactly when the sale it refunds was a presale. */
    private List<LedgerEntry> settlePresales(Collection<LedgerEntry> entries) {
        Map<String, Boolean> presale = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (LedgerEntry e : entries) {
            if (e.kind() == LedgerEntry.Kind.SALE) {
                presale.put(e.saleId(), e.presale());
            }
        }
        for (LedgerEntry e : entries) {
            if (e.kind() == LedgerEntry.Kind.REFUND && !presale.containsKey(e.saleId())) {
                unknown.add(e.saleId());
            }
        }
        presale.putAll(ledger.presales(unknown));
        return entries.stream()
                .map(e -> e.kind() == LedgerEntry.Kind.REFUND ? e.withPresale(presale.getOrDefault(e.saleId(), false)) : e)
                .toList();
    }

    @Override
    public void start() {
        stopped = false;
        Thread writer = new Thread(this::drain, "boxoffice-writer");
        writer.setDaemon(true);
        thread = writer;
        writer.start();
    }

    @Override
    public void stop() {
        // A flag, not an interrupt: an interrupted thread would close the embedded store's file channel.
        stopped = true;
        Thread writer = thread;
        thread = null;
        if (writer != null) {
            try {
                writer.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        failWaiting();
    }

    /**
     * Entries still queued when the writer stopped will not be written by it: their submitters are told so at once
     * (their events stay undelivered and come again after the restart) instead of holding the shutdown until it
     * times out.
     */
    private void failWaiting() {
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        IllegalStateException stopping = new IllegalStateException("the box office writer stopped before writing this");
        left.forEach(p -> p.written().completeExceptionally(stopping));
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
