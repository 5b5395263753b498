package marquee.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Gives each PostgreSQL test context a database of its own on the server that scripts/test started
 * (MARQUEE_TEST_PG_URL, default jdbc:postgresql://127.0.0.1:55432/postgres, user postgres, no password).
 */
public final class TestDatabases {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestDatabases() {
    }

    public static void usePostgres(DynamicPropertyRegistry registry) {
        String admin = env("MARQUEE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:55432/postgres");
        String user = env("MARQUEE_TEST_PG_USER", "postgres");
        String password = env("MARQUEE_TEST_PG_PASSWORD", "");
        String name = "marquee_test_" + ProcessHandle.current().pid() + "_" + SEQUENCE.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(admin, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL tests need a server at " + admin + " (scripts/test starts one): " + e.getMessage(), e);
        }
        registry.add("spring.datasource.url", () -> admin.substring(0, admin.lastIndexOf('/') + 1) + name);
        registry.add("spring.datasource.username", () -> user);
        registry.add("spring.datasource.password", () -> password);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
