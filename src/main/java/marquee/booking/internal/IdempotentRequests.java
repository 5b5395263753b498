package marquee.booking.internal;

import static marquee.booking.internal.SeatRows.utc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import marquee.booking.PaymentFailed;
import marquee.shared.Conflict;
import marquee.shared.InvalidInput;
import marquee.shared.NotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests with an {@code Idempotency-Key}: the first with a key runs and its answer (success or a
 * refusal such as a declined payment) is kept; every retry with the key gets that answer again
 * without running anything; a request that reuses a key with another body is refused. Retries that
 * arrive while the first is still running wait for its answer. The key is claimed before the work
 * changes anything: committed on its own before the work starts, or inside the work's first transaction
 * ({@link Running#claim}, where a racing retry waits on the key's row); the answer commits with the work's
 * last transaction when the work keeps it there ({@link Running#keep}), else on its own after the work.
 */
@Component
class IdempotentRequests {

    private record Kept(String hash, Integer status, String body) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final BookingSettings settings;
    private final Clock clock;

    IdempotentRequests(JdbcClient jdbc, JsonMapper json, BookingSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A request being run. Its work may claim the key inside its first transaction ({@link #claim}) instead of before it
     * starts, and keep its answer inside the transaction that makes the answer true ({@link #keep}): each is then
     * committed with the work, two commits fewer, and a crash between them cannot leave the work done and the key
     * without its answer.
     */
    final class Running {

        private final long accountId;
        private final String key;
        private final String hash;
        private volatile boolean claimed;
        private volatile ResponseEntity<String> kept;

        private Running(long accountId, String key, String hash, boolean claimed) {
            this.accountId = accountId;
            this.key = key;
            this.hash = hash;
            this.claimed = claimed;
        }

        /**
         * Claims the key in the caller's transaction, before it changes anything: a racing request with the same key
         * waits on the key's row until this transaction ends, then is replayed if it committed, or runs if it rolled back.
         * A key already claimed ends the caller's transaction (rolled back) and the request is answered by a replay.
         */
        void claim() {
            if (claimed) {
                return;
            }
            try {
                jdbc.sql("insert into idempotency_key (account_id, idem_key, request_hash, created_at) values (?, ?, ?, ?)")
                        .params(accountId, key, hash, utc(clock.instant())).update();
            } catch (DuplicateKeyException repeated) {
                throw new Repeated();
            }
            afterCommit(() -> claimed = true);
        }

        /**
         * Writes the answer to the key in the caller's transaction; it counts as kept once that transaction commits
         * (rolled back, the answer is written after the work as usual).
         */
        void keep(ResponseEntity<?> answer) {
            ResponseEntity<String> rendered = render(answer);
            store(accountId, key, rendered);
            afterCommit(() -> kept = rendered);
        }

        private static void afterCommit(Runnable done) {
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                done.run();
                return;
            }
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    done.run();
                }
            });
        }
    }

    /** A key claimed by an earlier request: thrown out of the work's transaction, answered by a replay. */
    private static final class Repeated extends RuntimeException {
        Repeated() {
            super("Idempotency-Key claimed before", null, false, false);
        }
    }

    /** Claims the key (committed on its own), then runs the work. */
    ResponseEntity<String> run(long accountId, String key, String what, Object request, Supplier<ResponseEntity<?>> work) {
        return run(accountId, key, what, request, true, running -> work.get());
    }

    /**
     * Runs the work, which claims the key in its first transaction ({@link Running#claim}) and may keep its answer in its
     * last ({@link Running#keep}). A refusal before the claim committed is kept with the key in one statement.
     */
    ResponseEntity<String> runClaimingInWork(long accountId, String key, String what, Object request,
                                             Function<Running, ResponseEntity<?>> work) {
        return run(accountId, key, what, request, false, work);
    }

    private ResponseEntity<String> run(long accountId, String key, String what, Object request, boolean claimFirst,
                                       Function<Running, ResponseEntity<?>> work) {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw new InvalidInput("Idempotency-Key", "header must be given (1-100 characters), so a retry cannot pay twice");
        }
        String hash = sha256(what + "\n" + json.writeValueAsString(request));
        if (claimFirst) {
            try {
                jdbc.sql("insert into idempotency_key (account_id, idem_key, request_hash, created_at) values (?, ?, ?, ?)")
                        .params(accountId, key, hash, utc(clock.instant())).update();
            } catch (DuplicateKeyException repeated) {
                return replay(accountId, key, hash);
            }
        }
        Running running = new Running(accountId, key, hash, claimFirst);
        ResponseEntity<String> answer;
        try {
            ResponseEntity<?> done = work.apply(running);
            if (running.kept != null) {
                return running.kept;
            }
            answer = render(done);
        } catch (Repeated repeated) {
            return replay(accountId, key, hash);
        } catch (NotFound | Conflict | InvalidInput | PaymentFailed refused) {
            answer = refusal(refused);
        } catch (RuntimeException unexpected) {
            if (running.claimed && running.kept == null) {
                jdbc.sql("delete from idempotency_key where account_id = ? and idem_key = ?").params(accountId, key).update();
            }
            throw unexpected; // kept: a retry gets the work's answer; never claimed: a retry runs
        }
        if (running.claimed) {
            store(accountId, key, answer);
            return answer;
        }
        try {
            jdbc.sql("""
                            insert into idempotency_key (account_id, idem_key, request_hash, created_at, status_code, response_body)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(accountId, key, hash, utc(clock.instant()), answer.getStatusCode().value(), answer.getBody()).update();
        } catch (DuplicateKeyException meanwhile) {
            return replay(accountId, key, hash); // a retry ran meanwhile and kept its answer first
        }
        return answer;
    }

    private void store(long accountId, String key, ResponseEntity<String> answer) {
        jdbc.sql("update idempotency_key set status_code = ?, response_body = ? where account_id = ? and idem_key = ?")
                .params(answer.getStatusCode().value(), answer.getBody(), accountId, key).update();
    }

    private ResponseEntity<String> replay(long accountId, String key, String hash) {
        long deadline = System.nanoTime() + settings.idempotencyWait().toNanos();
        while (true) {
            Optional<Kept> kept = jdbc.sql("select request_hash, status_code, response_body from idempotency_key where account_id = ? and idem_key = ?")
                    .params(accountId, key)
                    .query((rs, n) -> new Kept(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3))).optional();
            if (kept.isEmpty()) {
                throw new Conflict("the first request with this Idempotency-Key failed; send it again");
            }
            if (!kept.get().hash().equals(hash)) {
                throw new Conflict("this Idempotency-Key was used for a different request; use a new key for a new request");
            }
            if (kept.get().status() != null) {
                int status = kept.get().status();
                return ResponseEntity.status(status)
                        .contentType(status < 400 ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_PROBLEM_JSON)
                        .header("Idempotent-Replayed", "true").body(kept.get().body());
            }
            if (System.nanoTime() > deadline) {
                throw new Conflict("a request with this Idempotency-Key is still being processed; try again shortly");
            }
            sleep(Duration.ofMillis(20));
        }
    }

    private ResponseEntity<String> render(ResponseEntity<?> answer) {
        return ResponseEntity.status(answer.getStatusCode()).contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(answer.getBody()));
    }

    private ResponseEntity<String> refusal(RuntimeException refused) {
        HttpStatus status = switch (refused) {
            case NotFound n -> HttpStatus.NOT_FOUND;
            case InvalidInput i -> HttpStatus.BAD_REQUEST;
            case PaymentFailed p -> p.timedOut() ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.PAYMENT_REQUIRED;
            default -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refused.getMessage());
        problem.setTitle(status.getReasonPhrase());
        if (refused instanceof InvalidInput invalid) {
            problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", invalid.field(), "message", invalid.getMessage())));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(json.writeValueAsString(problem));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Conflict("interrupted while waiting for the first request with this Idempotency-Key");
        }
    }
}
