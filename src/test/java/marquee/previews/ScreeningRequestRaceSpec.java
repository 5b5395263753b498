package marquee.previews;

import static marquee.previews.RequestParties.acceptance;
import static marquee.previews.RequestParties.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.catalog.Catalog;
import marquee.catalog.Hall;
import marquee.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A request answered twice at once gives one screening: two of the chain's managers accept the same request at the same
 * moment, over HTTP, each in a different hall (so that the catalog's overlap rule cannot be what stops the second).
 * Exactly one gets 200, the other 409, and the film has exactly one screening per request. Repeated over many
 * requests, so that the two acceptances really overlap in time on some of them.
 */
abstract class ScreeningRequestRaceSpec {

    static final int REQUESTS = 20;

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Catalog catalog;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_request_accepted_twice_at_once_gives_one_screening() throws Exception {
        RequestParties parties = RequestParties.make(accounts, tokens, catalog, port);
        Http first = parties.asManager();
        Http second = new Http(port).withToken(
                new marquee.accounts.AccountFixtures(accounts, tokens).staff(marquee.shared.security.Role.CINEMA_MANAGER,
                        parties.manager().tenantId()).token());
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int k = 0; k < REQUESTS; k++) {
                long id = parties.send(1 + k, 50);
                // Each request on its own day: the hall is free for both, whichever wins.
                String inBig = acceptance(parties.big(), at(1 + k, 14));
                String inMedium = acceptance(parties.medium(), at(1 + k, 14));
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Http.Answer> a = threads.submit(() -> {
                    together.await();
                    return first.post("/api/screening-requests/" + id + "/accept", inBig);
                });
                Future<Http.Answer> b = threads.submit(() -> {
                    together.await();
                    return second.post("/api/screening-requests/" + id + "/accept", inMedium);
                });
                List<Integer> statuses = new ArrayList<>(List.of(a.get().status(), b.get().status()));
                assertThat(statuses).as(a.get().body() + " / " + b.get().body()).containsExactlyInAnyOrder(200, 409);
                Http.Answer winner = a.get().status() == 200 ? a.get() : b.get();
                Http.Answer loser = a.get().status() == 200 ? b.get() : a.get();
                assertThat(loser.body()).contains("not SENT");
                long screeningId = winner.json().get("screeningId").asLong();
                Http.Answer now = parties.asDistributor().get("/api/screening-requests/" + id);
                assertThat(now.json().get("status").asString()).isEqualTo("ACCEPTED");
                assertThat(now.json().get("screeningId").asLong()).isEqualTo(screeningId);
            }
        } finally {
            threads.shutdownNow();
        }
        long screenings = jdbc.sql("select count(*) from screening where film_id = ?").param(parties.film().id()).query(Long.class).single();
        assertThat(screenings).as("one screening per request").isEqualTo(REQUESTS);
        Hall unused = parties.small();
        assertThat(jdbc.sql("select count(*) from screening where hall_id = ?").param(unused.id()).query(Long.class).single()).isZero();
    }
}
