package marquee.booking.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of {@code ./marquee bench booking}.
 *
 * @param url      a running Marquee to load; null: the bench starts one of its own
 * @param seconds  how long the measured part lasts
 * @param warmup   seconds of the same load before it, not measured (JIT, connection pools, caches)
 * @param buyers   concurrent buyers, each on its own connection and API token
 * @param database the PostgreSQL server for the bench's own Marquee; null: the embedded H2 store
 */
record BenchOptions(String url, int seconds, int warmup, int buyers, Database database) {

    static final String USAGE = """
            usage: ./marquee bench booking [--url URL] [--seconds S] [--warmup S] [--buyers N]
                                           [--database h2|postgres] [--jdbc-url URL] [--db-user U] [--db-password P]
              without --url: starts Marquee in this JVM on a free port with a fresh store (H2 in a temporary
              folder, or with --database postgres a new database on the server of --jdbc-url, dropped afterwards)
              defaults: --seconds 30 --warmup 5 --buyers 64; --jdbc-url $MARQUEE_DB_URL or
              jdbc:postgresql://127.0.0.1:5432/postgres, --db-user $MARQUEE_DB_USER or postgres, --db-password $MARQUEE_DB_PASSWORD
            """;

    private static final Set<String> NAMES = Set.of("url", "seconds", "warmup", "buyers", "database", "jdbc-url", "db-user",
            "db-password");

    /** A PostgreSQL server: the database to connect to for creating and dropping the bench's own. */
    record Database(String adminUrl, String user, String password) {
        /** The same server's database {@code name}: the admin URL with its database replaced. */
        String urlOf(String name) {
            int query = adminUrl.indexOf('?');
            String path = query < 0 ? adminUrl : adminUrl.substring(0, query);
            return path.substring(0, path.lastIndexOf('/') + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
        }
    }

    static BenchOptions parse(List<String> args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i).startsWith("--") ? args.get(i).substring(2) : "";
            if (!NAMES.contains(name) || i + 1 >= args.size() || given.put(name, args.get(i + 1)) != null) {
                throw new IllegalArgumentException("unknown, repeated or incomplete option " + args.get(i));
            }
        }
        String kind = given.getOrDefault("database", "h2");
        if (!kind.equals("h2") && !kind.equals("postgres")) {
            throw new IllegalArgumentException("--database must be h2 or postgres");
        }
        if (given.containsKey("url") && given.containsKey("database")) {
            throw new IllegalArgumentException("--database is for the bench's own Marquee; a Marquee at --url has its store");
        }
        Database database = kind.equals("h2") ? null : new Database(
                given.getOrDefault("jdbc-url", env("MARQUEE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres")),
                given.getOrDefault("db-user", env("MARQUEE_DB_USER", "postgres")),
                given.getOrDefault("db-password", env("MARQUEE_DB_PASSWORD", "")));
        return new BenchOptions(given.get("url"), number(given, "seconds", 30, 1, 3600), number(given, "warmup", 5, 0, 600),
                number(given, "buyers", 64, 1, 1000), database);
    }

    private static int number(Map<String, String> given, String name, int fallback, int min, int max) {
        String value = given.get(name);
        if (value == null) {
            return fallback;
        }
        if (!value.matches("\\d{1,7}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw new IllegalArgumentException("--" + name + " must be a whole number from " + min + " to " + max);
        }
        return Integer.parseInt(value);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
