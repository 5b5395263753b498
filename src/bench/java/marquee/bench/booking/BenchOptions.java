package marquee.bench.booking;

import marquee.shared.Command;

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

    /** A PostgreSQL server: the database to connect to for creating and dropping the bench's own. */
    record Database(String adminUrl, String user, String password) {
        /** The same server's database {@code name}: the admin URL with its database replaced. */
        String urlOf(String name) {
            int query = adminUrl.indexOf('?');
            String path = query < 0 ? adminUrl : adminUrl.substring(0, query);
            return path.substring(0, path.lastIndexOf('/') + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
        }
    }

    /** The options as given on the command line: null where not given. */
    static BenchOptions of(String url, int seconds, int warmup, int buyers, String kind, String jdbcUrl, String user,
                           String password) {
        if (!kind.equals("h2") && !kind.equals("postgres")) {
            throw new Command.UsageError("--database must be h2 or postgres");
        }
        if (url != null && kind.equals("postgres")) {
            throw new Command.UsageError("--database is for the bench's own Marquee; a Marquee at --url has its store");
        }
        Database database = kind.equals("h2") ? null : new Database(
                jdbcUrl != null ? jdbcUrl : env("MARQUEE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                user != null ? user : env("MARQUEE_DB_USER", "postgres"),
                password != null ? password : env("MARQUEE_DB_PASSWORD", ""));
        return new BenchOptions(url, within("seconds", seconds, 1, 3600), within("warmup", warmup, 0, 600),
                within("buyers", buyers, 1, 1000), database);
    }

    private static int within(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new Command.UsageError("--" + name + " must be a whole number from " + min + " to " + max);
        }
        return value;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
