package marquee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The embedded store keeps checking its constraints after the connection that ran the migrations is gone. H2 2.4.240
 * did not: a {@code check (kind in (...))} kept the session that created it, so once the pool retired the connection
 * Flyway had used (after 30 minutes), every insert into such a table failed with "Check constraint invalid", on a
 * fresh store of {@code ./marquee serve} as in a long test run.
 */
class StoreCheckConstraintsTest {

    @Test
    void a_store_accepts_rows_checked_by_in_lists_after_the_connection_that_migrated_it_is_closed() throws Exception {
        String url = "jdbc:h2:mem:checks-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        try (Connection keepsTheStoreOpen = DriverManager.getConnection(url)) {
            Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").load().migrate();

            try (Connection later = DriverManager.getConnection(url);
                 var insert = later.prepareStatement("insert into tenant (name, kind, created_at) values (?, ?, ?)")) {
                insert.setString(1, "A chain");
                insert.setString(2, "CINEMA_CHAIN");
                insert.setObject(3, OffsetDateTime.now());
                assertThat(insert.executeUpdate()).isEqualTo(1);
                insert.setString(1, "Not a kind");
                insert.setString(2, "STUDIO");
                assertThat(org.assertj.core.api.Assertions.catchThrowable(insert::executeUpdate))
                        .as("the check still refuses what it should").hasMessageContaining("violation");
                try (ResultSet rows = later.createStatement().executeQuery("select count(*) from tenant where name = 'A chain'")) {
                    rows.next();
                    assertThat(rows.getLong(1)).isEqualTo(1);
                }
            }
        }
    }
}
