package marquee.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A whole Marquee in a process of its own (the tests' class path, {@code marquee.MarqueeApplication serve}),
 * so a test can kill it as an operator's machine would: SIGKILL, no shutdown hook, nothing flushed.
 * Its output goes to {@code log} (appended across restarts).
 */
public final class MarqueeProcess implements AutoCloseable {

    private static final long START_PATIENCE_NANOS = TimeUnit.MINUTES.toNanos(3);

    private final List<String> settings;
    private final Path log;
    private final int port;
    private Process process;

    private MarqueeProcess(List<String> settings, Path log, int port) {
        this.settings = settings;
        this.log = log;
        this.port = port;
    }

    /** Starts one with these settings ({@code --name=value}) on a free port, and waits until it is healthy. */
    public static MarqueeProcess start(Path log, String... settings) {
        MarqueeProcess marquee = new MarqueeProcess(List.of(settings), log, ChildProcesses.freePort());
        marquee.startAgain();
        return marquee;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** Starts it again with the same settings and port (after {@link #kill()}), and waits until it is healthy. */
    public void startAgain() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", ChildProcesses.classPath(), "marquee.MarqueeApplication", "serve", "--server.port=" + port));
        command.addAll(settings);
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealthy();
    }

    /** SIGKILL: the process ends at once, whatever it was doing. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    private void awaitHealthy() {
        long deadline = System.nanoTime() + START_PATIENCE_NANOS;
        Http http = new Http(port);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Marquee ended while starting (exit " + process.exitValue() + "); see " + log);
            }
            try {
                if (http.get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            ChildProcesses.sleep(250);
        }
        kill();
        throw new IllegalStateException("Marquee did not become healthy within 3 minutes; see " + log);
    }
}
