package marquee.boxoffice.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import marquee.boxoffice.internal.LedgerEntry.RollupKey;
import marquee.boxoffice.internal.Rollups.Delta;
import marquee.shared.events.DeliveryPostponed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one writer of the ledger and the rollups. Entries queue up from any thread; a single thread
 * takes what has gathered (up to {@value #MAX_BATCH}) and appends it to the ledger in one transaction:
 * entries already in the ledger are skipped, the rest appended with consecutive numbers ({@code ledger_seq}).
 * A submitter's future completes when its entry is durable (or known from before).
 *
 * <p>As the only writer it keeps the rollup rows in memory and folds each batch into them once committed;
 * rankings read them from there. The rows reach the table only about once per {@code rollup-flush-every}
 * (default 1 s), with the watermark: the number of the last ledger entry they count, in a transaction of their own
 * on a flushing thread while the writer goes on appending. Writing every row a batch touched at every batch was most
 * of the writer's work.
 * The ledger stays the record: on start the entries above the watermark (a crash came between their batch and
 * the next flush) are added to the rollups again, so nothing is lost and nothing counted twice. Readers of the
 * table ask for a flush first ({@link #flushRollups()}), so they see every entry durable when they asked.
 *
 * <p>In a cluster other instances write too: then it adds each batch's increments in the database in the
 * batch's own transaction, keeps nothing, and rankings read the table.
 */
@Component
class SaleWriter implements SmartLifecycle {

    static final int MAX_BATCH = 20_000;
    private static final int REBUILD_CHUNK = 5_000;
    /** Rollup rows the writer keeps in memory at most; beyond, it writes and forgets them and reads the table again. */
    static final int MAX_CACHED_ROWS = 2_000_000;
    private static final Logger log = LoggerFactory.getLogger(SaleWriter.class);

    record Pending(LedgerEntry entry, CompletableFuture<Void> written, long submittedNanos) {}

    /** What a written batch changed, for the live board and for measurements. */
    record Written(List<Pending> batch, long committedNanos, Set<LocalDate> days) {}

    /** What a batch's transaction did: its rows' new totals (those new to the table too), its last number. */
    private record Stored(Set<LocalDate> days, Map<RollupKey, Delta> next, Set<RollupKey> added, long lastSeq) {}

    /** A flush on the flushing thread: the rows it writes (those new to the table among them), and its outcome. */
    private record Flush(Map<RollupKey, Delta> rows, Set<RollupKey> inserts, CompletableFuture<Void> done) {}

    /**
     * Rollup rows per day as the table has them after the next flush: the stored rows of every day the writer
     * has read or written, with the committed batches folded in. Totals, not increments, are written.
     */
    private final Map<LocalDate, Map<RollupKey, Delta>> totals = new HashMap<>();
    /** Rows changed since the last flush; of them, those the table does not have yet. */
    private final Set<RollupKey> dirty = new HashSet<>();
    private final Set<RollupKey> unstored = new HashSet<>();
    /** The number of the last ledger entry appended by this writer. */
    private long lastSeq;
    private long lastFlushNanos = System.nanoTime();
    /** Whether the table trails the ledger: a reader of the table must have the rows flushed first. */
    private volatile boolean behind;
    /**
     * The flush under way on {@link #flusher}, if any: the rows it writes are no longer in {@link #dirty} (a batch
     * that changes them again makes them dirty again); if it fails they are put back. One at a time.
     */
    private Flush inFlight;
    /**
     * Writes the rows due about once a second on a connection of its own, while the writer goes on appending: the
     * flush of a second's rows in a batch's transaction was about a fifth of the writer's time, and the batch that
     * carried it was the slowest to become visible.
     */
    private ExecutorService flusher;
    private final boolean soleWriter;
    private final long flushEveryNanos;
    /**
     * The rows of each day the writer has written, for rankings on other threads: the days' maps of {@link #totals}
     * themselves, concurrent maps into which a batch's rows go only once it is committed. A reader sees each row as
     * of some committed batch, and every row of a batch whose future has completed; copying a day's rows for them
     * at every batch cost more than the ledger's indexes.
     */
    private final Map<LocalDate, Map<RollupKey, Delta>> committed = new ConcurrentHashMap<>();
    /**
     * The market's sums per film of each day in {@link #committed}, kept up to date batch by batch: the live board's
     * and the console's usual ranking, the whole market, reads twenty films instead of every cinema's rows.
     */
    private final Map<LocalDate, Map<Long, Delta>> marketByFilm = new ConcurrentHashMap<>();
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(200_000);
    private final List<Consumer<Written>> listeners = new CopyOnWriteArrayList<>();
    private final Ledger ledger;
    private final Rollups rollups;
    private final TransactionTemplate transaction;
    /** A transaction of its own for a flush a reader asks for, whatever transaction the reader is in. */
    private final TransactionTemplate ownTransaction;
    private final int maxCachedRows;
    private final int maxBatch;
    private volatile Thread thread;
    /** Set by a stop, until the next start: entries submitted meanwhile would never be written. */
    private volatile boolean stopped;

    @Autowired
    SaleWriter(Ledger ledger, Rollups rollups, TransactionTemplate transaction,
               @Value("${marquee.boxoffice.sole-writer}") boolean soleWriter,
               @Value("${marquee.boxoffice.rollup-flush-every:1s}") Duration flushEvery,
               @Value("${marquee.boxoffice.max-batch:" + MAX_BATCH + "}") int maxBatch) {
        this(ledger, rollups, transaction, MAX_CACHED_ROWS, soleWriter, flushEvery, maxBatch);
    }

    /** With a smaller cache, so that a test can pass its limit with a few rows, and rollups flushed as asked. */
    SaleWriter(Ledger ledger, Rollups rollups, TransactionTemplate transaction, int maxCachedRows, Duration flushEvery) {
        this(ledger, rollups, transaction, maxCachedRows, true, flushEvery, MAX_BATCH);
    }

    private SaleWriter(Ledger ledger, Rollups rollups, TransactionTemplate transaction, int maxCachedRows, boolean soleWriter,
                       Duration flushEvery, int maxBatch) {
        this.ledger = ledger;
        this.rollups = rollups;
        this.transaction = transaction;
        this.ownTransaction = transaction == null ? null : new TransactionTemplate(transaction.getTransactionManager());
        if (ownTransaction != null) {
            ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        }
        this.maxCachedRows = maxCachedRows;
        this.soleWriter = soleWriter;
        this.flushEveryNanos = flushEvery.toNanos();
        this.maxBatch = maxBatch;
    }

    CompletableFuture<Void> submit(LedgerEntry entry) {
        Pending pending = new Pending(entry, new CompletableFuture<>(), System.nanoTime());
        if (stopped) {
            pending.written().completeExceptionally(new DeliveryPostponed("the box office writer has stopped"));
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
        flushRollups(); // nothing left only in memory: whatever becomes of the rebuild, the table and watermark agree
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
                ledger.watermark(lastSeq);
                return stored[0];
            });
        } finally {
            forgetRows();
            if (soleWriter) {
                lastSeq = ledger.lastSeq(); // the numbers of a rolled back rebuild were never used
            }
        }
    }

    private int appendNew(List<LedgerEntry> chunk) {
        Map<String, LedgerEntry> fresh = new LinkedHashMap<>();
        chunk.forEach(e -> fresh.putIfAbsent(e.eventId(), e));
        fresh.keySet().removeAll(ledger.known(fresh.keySet()));
        List<LedgerEntry> entries = settlePresales(fresh.values());
        ledger.append(entries, nextSeqs(entries.size()));
        chunk.clear();
        return fresh.size();
    }

    /** The first of {@code count} new numbers of ledger entries; 0 (none) for a writer that is not the only one. */
    private long nextSeqs(int count) {
        if (!soleWriter) {
            return 0;
        }
        long first = lastSeq + 1;
        lastSeq += count;
        return first;
    }

    /**
     * A day's rollup rows as last committed, when this writer has written that day since it started;
     * rankings read them instead of the table, which the writer is busy changing.
     */
    Optional<Map<RollupKey, Delta>> committed(LocalDate day) {
        return Optional.ofNullable(committed.get(day)).map(Collections::unmodifiableMap);
    }

    /** The market's sums per film of a day, when this writer has written that day since it started (as {@link #committed}). */
    Optional<Map<Long, Delta>> marketByFilm(LocalDate day) {
        return Optional.ofNullable(marketByFilm.get(day)).map(Collections::unmodifiableMap);
    }

    void onWritten(Consumer<Written> listener) {
        listeners.add(listener);
    }

    /**
     * Writes the rollup rows changed since the last flush, with the watermark, in a transaction of its own: after
     * it the table counts every entry durable so far. Cheap when nothing is pending. Readers of the rollup table
     * call it first; it waits for a batch being written.
     */
    void flushRollups() {
        if (!behind) {
            return;
        }
        synchronized (this) {
            settleFlush(true);
            if (dirty.isEmpty()) {
                behind = false;
                return;
            }
            long seq = lastSeq;
            ownTransaction.executeWithoutResult(status -> writeRollups(seq));
            flushed();
        }
    }

    /**
     * Hands the rows changed since the last flush to the flushing thread, with the number of the last entry they
     * count: its transaction writes them and moves the watermark, while the writer goes on. Under the writer's lock.
     */
    private void startFlush() {
        Map<RollupKey, Delta> rows = new HashMap<>();
        dirty.forEach(key -> rows.put(key, totals.get(key.day()).get(key)));
        Set<RollupKey> inserts = new HashSet<>(unstored);
        long seq = lastSeq;
        Map<RollupKey, Delta> insertRows = new HashMap<>();
        Map<RollupKey, Delta> updateRows = new HashMap<>();
        rows.forEach((key, value) -> (inserts.contains(key) ? insertRows : updateRows).put(key, value));
        CompletableFuture<Void> done;
        try {
            done = CompletableFuture.runAsync(() -> ownTransaction.executeWithoutResult(status -> {
                rollups.write(insertRows, updateRows);
                ledger.watermark(seq);
            }), flusher);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            return; // halted: the rows stay dirty, and the next start adds their entries from the ledger
        }
        inFlight = new Flush(rows, inserts, done);
        dirty.clear();
        unstored.clear();
        lastFlushNanos = System.nanoTime();
    }

    /**
     * Takes note of the flush under way once it is over ({@code wait}: waits for it): a flush that failed gives its
     * rows back to the next one. Under the writer's lock.
     */
    private void settleFlush(boolean wait) {
        Flush flush = inFlight;
        if (flush == null || !wait && !flush.done().isDone()) {
            return;
        }
        inFlight = null;
        try {
            flush.done().join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            dirty.addAll(flush.rows().keySet());
            unstored.addAll(flush.inserts());
            log.warn("box office: a flush of {} rollup rows failed; they are written with the next one", flush.rows().size(), e);
        }
        behind = inFlight != null || !dirty.isEmpty();
    }

    private void drain() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (thread == Thread.currentThread()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (behind && flushDue()) {
                        flushRollups();
                    }
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
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

    private boolean flushDue() {
        return System.nanoTime() - lastFlushNanos >= flushEveryNanos;
    }

    private void write(List<Pending> batch) {
        Set<LocalDate> days;
        synchronized (this) {
            long seqBefore = lastSeq;
            Stored stored;
            try {
                stored = transaction.execute(status -> store(batch));
            } catch (RuntimeException e) {
                lastSeq = seqBefore; // the numbers of a rolled back batch were never used
                throw e;
            }
            days = stored.days();
            if (soleWriter) {
                remember(stored);
            }
        }
        long committed = System.nanoTime();
        Written written = new Written(List.copyOf(batch), committed, days);
        batch.forEach(p -> p.written().complete(null));
        listeners.forEach(l -> l.accept(written));
    }

    /** Folds a committed batch into the rows in memory and publishes its days to rankings. */
    private void remember(Stored stored) {
        stored.next().forEach((key, value) -> {
            Map<RollupKey, Delta> day = totals.get(key.day());
            Map<Long, Delta> market = marketByFilm.computeIfAbsent(key.day(), d -> sumsByFilm(day));
            Delta before = day.put(key, value);
            market.merge(key.filmId(), before == null ? value : value.minus(before), Delta::plus);
        });
        dirty.addAll(stored.next().keySet());
        unstored.addAll(stored.added());
        settleFlush(false);
        if (inFlight == null && !dirty.isEmpty() && flushDue()) {
            startFlush();
        }
        behind = inFlight != null || !dirty.isEmpty();
        for (LocalDate day : stored.days()) {
            committed.put(day, totals.get(day));
        }
        // Only after the batch's days are published: the batch is saved, and forgetting rows must not fail it.
        // The rows are written first; the next write of a day reads its rows from the table again, and the days
        // just written stay readable.
        if (totals.values().stream().mapToInt(Map::size).sum() > maxCachedRows) {
            try {
                flushRollups();
                totals.clear();
                committed.keySet().retainAll(stored.days());
                marketByFilm.keySet().retainAll(stored.days());
            } catch (RuntimeException e) {
                log.warn("box office: the rollups could not be written; they stay in memory until the next flush", e);
            }
        }
    }

    private void flushed() {
        dirty.clear();
        unstored.clear();
        behind = false;
        lastFlushNanos = System.nanoTime();
    }

    /** Forgets the rows in memory, after the table was brought up to the ledger by other means. */
    private void forgetRows() {
        totals.clear();
        dirty.clear();
        unstored.clear();
        committed.clear();
        marketByFilm.clear();
        behind = false;
    }

    private static Map<Long, Delta> sumsByFilm(Map<RollupKey, Delta> rows) {
        Map<Long, Delta> sums = new ConcurrentHashMap<>();
        rows.forEach((key, value) -> sums.merge(key.filmId(), value, Delta::plus));
        return sums;
    }

    private Stored store(List<Pending> batch) {
        Map<String, LedgerEntry> fresh = new LinkedHashMap<>();
        batch.forEach(p -> fresh.putIfAbsent(p.entry().eventId(), p.entry()));
        fresh.keySet().removeAll(ledger.known(fresh.keySet()));
        List<LedgerEntry> entries = settlePresales(fresh.values());
        ledger.append(entries, nextSeqs(entries.size()));
        Map<RollupKey, Delta> deltas = new HashMap<>();
        Set<LocalDate> days = new HashSet<>();
        for (LedgerEntry e : entries) {
            deltas.merge(e.key(), Rollups.ZERO.plus(e), Delta::plus);
            days.add(e.day());
        }
        if (!soleWriter) {
            rollups.add(deltas);
            return new Stored(days, Map.of(), Set.of(), 0);
        }
        // A day not in memory has no rows waiting for a flush: the table has all of them.
        days.forEach(day -> totals.computeIfAbsent(day, d -> new ConcurrentHashMap<>(rollups.day(d))));
        Map<RollupKey, Delta> next = new HashMap<>();
        Set<RollupKey> added = new HashSet<>();
        deltas.forEach((key, delta) -> {
            Delta before = totals.get(key.day()).get(key);
            if (before == null) {
                added.add(key);
            }
            next.put(key, before == null ? delta : before.plus(delta));
        });
        return new Stored(days, next, added, lastSeq);
    }

    /**
     * Writes every row changed since the last flush and moves the watermark to {@code seq}: the rows now count every
     * entry up to it.
     */
    private void writeRollups(long seq) {
        Map<RollupKey, Delta> inserts = new HashMap<>();
        Map<RollupKey, Delta> updates = new HashMap<>();
        for (RollupKey key : dirty) {
            (unstored.contains(key) ? inserts : updates).put(key, totals.get(key.day()).get(key));
        }
        rollups.write(inserts, updates);
        ledger.watermark(seq);
    }

    /**
     * Adds the ledger's entries above the watermark to the rollup table, in one transaction: those a crash left
     * between their batch and the flush. Each entry is counted once: the watermark moves with the rows.
     */
    synchronized void recover() {
        if (!soleWriter) {
            return;
        }
        forgetRows();
        transaction.executeWithoutResult(status -> {
            long mark = ledger.watermark();
            lastSeq = ledger.lastSeq();
            if (lastSeq <= mark) {
                return;
            }
            List<LedgerEntry> entries = ledger.after(mark);
            Map<RollupKey, Delta> deltas = new HashMap<>();
            for (LedgerEntry e : entries) {
                deltas.merge(e.key(), Rollups.ZERO.plus(e), Delta::plus);
            }
            Map<LocalDate, Map<RollupKey, Delta>> stored = new HashMap<>();
            Map<RollupKey, Delta> inserts = new HashMap<>();
            Map<RollupKey, Delta> updates = new HashMap<>();
            deltas.forEach((key, delta) -> {
                Delta before = stored.computeIfAbsent(key.day(), rollups::day).get(key);
                if (before == null) {
                    inserts.put(key, delta);
                } else {
                    updates.put(key, before.plus(delta));
                }
            });
            rollups.write(inserts, updates);
            ledger.watermark(lastSeq);
            log.info("box office: {} ledger entries after the last rollup flush added to the rollups ({} rows)",
                    entries.size(), deltas.size());
        });
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
        recover();
        stopped = false;
        flusher = Executors.newSingleThreadExecutor(task -> {
            Thread flushing = new Thread(task, "boxoffice-rollup-flush");
            flushing.setDaemon(true);
            return flushing;
        });
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
        try {
            flushRollups();
        } catch (RuntimeException e) {
            log.warn("box office: the rollups could not be written at stop; the next start adds them from the ledger", e);
        }
        if (flusher != null) {
            flusher.shutdown();
        }
    }

    /** Stops the writer as a crash would: nothing more is written, not even the rollups waiting in memory. */
    void halt() {
        stopped = true;
        thread = null;
        failWaiting();
        if (flusher != null) {
            flusher.shutdown(); // not shutdownNow: an interrupt would close the embedded store's file channel
        }
    }

    /**
     * Entries still queued when the writer stopped will not be written by it: their submitters are told so at once
     * (their events stay undelivered and come again after the restart) instead of holding the shutdown until it
     * times out.
     */
    private void failWaiting() {
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        DeliveryPostponed stopping = new DeliveryPostponed("the box office writer stopped before writing this");
        left.forEach(p -> p.written().completeExceptionally(stopping));
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
