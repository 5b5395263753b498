package marquee.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own (Debian's binaries, a data folder of its own, a free port on
 * 127.0.0.1, no password), which the test may stop hard and start again: {@code pg_ctl -m immediate} ends every
 * server process at once without a checkpoint, as a crash does, and the next start recovers from the WAL.
 * As root, the server runs as the user postgres (initdb refuses root).
 */
public final class PostgresProcess implements AutoCloseable {

    private final Path bin;
    private final Path dir;
    private final int port;

    private PostgresProcess(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** Whether Debian's PostgreSQL is installed (scripts/test installs it). */
    public static boolean available() {
        return binaries() != null;
    }

    /** A new server in a new folder under the system's temporary folder (which the user postgres can reach). */
    public static PostgresProcess start() {
        Path dir;
        try {
            dir = Files.createTempDirectory("marquee-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PostgresProcess postgres = new PostgresProcess(binaries(), dir, ChildProcesses.freePort());
        postgres.run(List.of("chmod", "777", dir.toString()), false);
        postgres.run(List.of(postgres.bin.resolve("initdb").toString(), "-D", postgres.data(), "-U", "postgres",
                "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"), true);
        postgres.startAgain();
        return postgres;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public void createDatabase(String name) {
        run(List.of(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p", "" + port, "-U", "postgres", "-q", "-c",
                "create database " + name), true);
    }

    public void startAgain() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-l", dir.resolve("server.log").toString(), "-w", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=200", "start"), true);
    }

    /** Every server process ends at once, nothing written at the end: the next start recovers from the WAL. */
    public void crash() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "immediate", "-w", "stop"), true);
    }

    @Override
    public void close() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "fast", "-w", "stop"), true);
        run(List.of("rm", "-rf", dir.toString()), false);
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private void run(List<String> command, boolean asPostgres) {
        List<String> full = new ArrayList<>();
        if (asPostgres && "root".equals(System.getProperty("user.name"))) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("pg_ctl.log").toFile())).start();
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed; see " + dir.resolve("pg_ctl.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path binaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(Path::toString)).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
