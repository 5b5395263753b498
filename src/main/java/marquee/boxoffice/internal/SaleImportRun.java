package marquee.boxoffice.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import marquee.booking.SaleContext;
import marquee.booking.TicketsRefunded;
import marquee.booking.TicketsSold;
import marquee.boxoffice.ImportReport;
import marquee.boxoffice.SalesIntake;
import marquee.boxoffice.internal.LedgerEntry.Kind;
import marquee.shared.csv.BadRow;
import marquee.shared.csv.RejectedRow;

/**
 * One import of a sale feed. Rows are read and checked one by one, then counted a chunk at a time: the
 * chunk is compared with the ledger (an event counted before with the same values is unchanged, with
 * other values rejected), its refunds are checked against what is left of their sales, and its good rows
 * go through the sales intake. The next chunk is read while they are written, and compared with the
 * ledger only once they are durable, so that its refunds find their sales there.
 */
final class SaleImportRun {

    private static final int CHUNK = 5_000;
    private static final int PROGRESS_EVERY = 100_000;

    /** A checked row, the event it becomes and the ledger entry that event counts as. */
    private record Candidate(SaleRow row, Object event, LedgerEntry entry) {}

    /** The first row of a sale id in the file, and the chunk it went into. */
    private record Seen(long line, int valuesHash, long chunk) {}

    /** A counted sale and what of it is left to give back. */
    private record Left(LedgerEntry sale, long seats, long amountMinor) {}

    private final String source;
    private final SaleContexts contexts;
    private final Ledger ledger;
    private final SalesIntake intake;
    private final Consumer<String> progress;
    private final Map<String, Seen> seen = new HashMap<>();
    private final List<Candidate> chunk = new ArrayList<>(CHUNK);
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final Set<Long> films = new HashSet<>();
    /** The last chunk's events, until they are durable. */
    private CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);
    private long chunks;
    private long read;
    private long stored;
    private long unchanged;

    SaleImportRun(String source, SaleContexts contexts, Ledger ledger, SalesIntake intake, Consumer<String> progress) {
        this.source = source;
        this.contexts = contexts;
        this.ledger = ledger;
        this.intake = intake;
        this.progress = progress;
    }

    /** A row of the feed starting on {@code line}, read by {@code reader}, which may refuse it with {@link BadRow}. */
    void offer(long line, Supplier<SaleRow> reader) {
        try {
            SaleRow row = reader.get();
            Candidate candidate = candidate(row);
            Seen first = seen.putIfAbsent(row.saleId(), new Seen(row.line(), row.valuesHash(), chunks));
            if (first != null && first.valuesHash() != row.valuesHash()) {
                throw new BadRow("duplicate sale id " + row.saleId() + " with different values (first at line " + first.line() + ")");
            }
            if (first == null || first.chunk() == chunks) {
                chunk.add(candidate); // a repeat in the same chunk is settled with its first row
            } else {
                unchanged(row);
            }
        } catch (BadRow bad) {
            rejected.add(new RejectedRow(line, bad.getMessage()));
        }
        counted();
    }

    /** A row the CSV reader could not split. */
    void refused(RejectedRow row) {
        rejected.add(row);
        counted();
    }

    private void counted() {
        read++;
        if (chunk.size() == CHUNK) {
            flush();
        }
        if (read % PROGRESS_EVERY == 0) {
            progress.accept("%,d rows read, %,d rejected".formatted(read, rejected.size()));
        }
    }

    ImportReport finish() {
        flush();
        writing.join();
        List<RejectedRow> byLine = rejected.stream().sorted(Comparator.comparingLong(RejectedRow::line)).toList();
        return new ImportReport(read, stored, unchanged, films.size(), byLine);
    }

    private Candidate candidate(SaleRow row) {
        SaleContext context = contexts.of(row);
        String id = source + ":" + row.saleId();
        if (row.kind() == Kind.SALE) {
            TicketsSold sale = new TicketsSold(id, context, row.soldAt(), row.seats(), row.amountMinor(), row.currency(),
                    source, null, null, null, null, null);
            return new Candidate(row, sale, LedgerEntry.of(sale));
        }
        TicketsRefunded refund = new TicketsRefunded(id, source + ":" + row.refundsSaleId(), context, row.soldAt(),
                row.seats(), row.amountMinor(), row.currency(), source, null, null, null, null);
        return new Candidate(row, refund, LedgerEntry.of(refund));
    }

    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        writing.join();
        Map<String, LedgerEntry> counted = ledger.entries(chunk.stream().map(c -> c.entry().eventId()).distinct().toList());
        Map<String, Left> left = left(chunk.stream().filter(c -> c.row().kind() == Kind.REFUND)
                .map(c -> c.entry().saleId()).distinct().toList());
        Map<String, String> decided = new HashMap<>(); // event id -> null when counted, else why it was rejected
        List<CompletableFuture<Void>> written = new ArrayList<>();
        for (Candidate c : chunk) {
            String eventId = c.entry().eventId();
            if (decided.containsKey(eventId)) {
                settleRepeat(c, decided.get(eventId));
                continue;
            }
            LedgerEntry before = counted.get(eventId);
            String problem = before != null ? (before.countsAs(c.entry()) ? null
                    : "duplicate sale id " + c.row().saleId() + " with different values (imported before)")
                    : c.row().kind() == Kind.REFUND ? refundProblem(c, left) : null;
            decided.put(eventId, problem);
            if (problem != null) {
                reject(c.row(), problem);
            } else if (before != null) {
                unchanged(c.row());
            } else {
                if (c.row().kind() == Kind.SALE) {
                    left.put(c.entry().saleId(), new Left(c.entry(), c.row().seats(), c.row().amountMinor()));
                }
                written.add(submit(c));
                films.add(c.row().filmId());
                stored++;
            }
        }
        writing = CompletableFuture.allOf(written.toArray(CompletableFuture[]::new));
        chunk.clear();
        chunks++;
    }

    private void settleRepeat(Candidate repeat, String problem) {
        if (problem == null) {
            unchanged(repeat.row());
        } else {
            rejected.add(new RejectedRow(repeat.row().line(), problem));
        }
    }

    /** Why a refund cannot be counted, or null: its sale must be counted, match it, and have enough left. */
    private String refundProblem(Candidate refund, Map<String, Left> left) {
        SaleRow row = refund.row();
        Left sale = left.get(refund.entry().saleId());
        if (sale == null) {
            return "refunds a sale that is not counted: " + row.refundsSaleId()
                    + " (its sale comes earlier in the file or in an earlier import)";
        }
        LedgerEntry s = sale.sale();
        LedgerEntry r = refund.entry();
        if (s.filmId() != r.filmId() || s.cinemaId() != r.cinemaId() || !s.day().equals(r.day())) {
            return "refund does not match sale " + row.refundsSaleId() + ": that was film " + s.filmId() + " in cinema "
                    + s.cinemaId() + " on " + s.day();
        }
        if (row.seats() > sale.seats() || row.amountMinor() > sale.amountMinor()) {
            return "refunds more than is left of sale " + row.refundsSaleId() + ": " + sale.seats() + " seats and "
                    + sale.amountMinor() + " minor units";
        }
        left.put(r.saleId(), new Left(s, sale.seats() - row.seats(), sale.amountMinor() - row.amountMinor()));
        return null;
    }

    /** What the ledger has left of these sales, after the refunds it has counted. */
    private Map<String, Left> left(List<String> saleIds) {
        Map<String, LedgerEntry> sales = new HashMap<>();
        Map<String, long[]> net = new HashMap<>();
        for (LedgerEntry e : ledger.ofSales(saleIds)) {
            if (e.kind() == Kind.SALE) {
                sales.put(e.saleId(), e);
            }
            long[] sums = net.computeIfAbsent(e.saleId(), k -> new long[2]);
            sums[0] += e.admissions();
            sums[1] += e.grossMinor();
        }
        Map<String, Left> left = new HashMap<>();
        sales.forEach((id, sale) -> left.put(id, new Left(sale, net.get(id)[0], net.get(id)[1])));
        return left;
    }

    private CompletableFuture<Void> submit(Candidate c) {
        return switch (c.event()) {
            case TicketsSold sale -> intake.accept(sale);
            case TicketsRefunded refund -> intake.accept(refund);
            default -> throw new IllegalStateException("not a sale event: " + c.event());
        };
    }

    private void unchanged(SaleRow row) {
        unchanged++;
        films.add(row.filmId());
    }

    /** A row rejected once it met the ledger; a later row with its sale id is judged afresh. */
    private void reject(SaleRow row, String reason) {
        rejected.add(new RejectedRow(row.line(), reason));
        seen.computeIfPresent(row.saleId(), (id, first) -> first.line() == row.line() ? null : first);
    }
}
