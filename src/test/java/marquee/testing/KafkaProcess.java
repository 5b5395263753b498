package marquee.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker in a process of its own: one KRaft node that is both broker and controller,
 * run as {@code kafka.Kafka server.properties} from the tests' class path (the Kafka jars are test-scoped
 * Maven dependencies), so a test can kill it as an operator's machine would: SIGKILL, nothing flushed.
 * Everything lives under {@code dir}: {@code server.properties}, the log directory {@code data/}, and the
 * broker's output {@code kafka.log} (appended across restarts). The storage is formatted once; a start
 * after {@link #kill()} finds the same data on the same ports.
 */
public final class KafkaProcess implements AutoCloseable {

    private static final long START_PATIENCE_NANOS = TimeUnit.MINUTES.toNanos(2);

    static {
        // Kafka's clients in the test JVM (the admin client here, a test's producers and consumers) log at
        // DEBUG where no logging configuration says otherwise (plain JUnit tests, outside Spring): megabytes.
        if (LoggerFactory.getLogger("org.apache.kafka") instanceof ch.qos.logback.classic.Logger kafkaLogger
                && kafkaLogger.getLevel() == null) {
            kafkaLogger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private Process process;

    private KafkaProcess(Path dir, int port, int controllerPort) {
        this.dir = dir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Starts a broker on free ports with its files under {@code dir}, and waits until it answers. */
    public static KafkaProcess start(Path dir) {
        int port = ChildProcesses.freePort();
        int controllerPort = ChildProcesses.freePort();
        while (controllerPort == port) {
            controllerPort = ChildProcesses.freePort();
        }
        return start(dir, port, controllerPort);
    }

    /** Starts a broker listening on {@code port} (clients) and {@code controllerPort} (KRaft), and waits until it answers. */
    public static KafkaProcess start(Path dir, int port, int controllerPort) {
        KafkaProcess kafka = new KafkaProcess(dir, port, controllerPort);
        kafka.prepare();
        kafka.startAgain();
        return kafka;
    }

    /** What a Kafka client is given as {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return dir.resolve("kafka.log");
    }

    /** Starts it again with the same ports and data (after {@link #kill()}), and waits until it answers. */
    public void startAgain() {
        process = launch("kafka.Kafka", dir.resolve("server.properties").toString());
        awaitAnswering();
    }

    /** SIGKILL: the broker ends at once, whatever it was writing. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
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

    /** Writes the settings and the logging configuration, and formats the storage unless an earlier start did. */
    private void prepare() {
        Path data = dir.resolve("data");
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("server.properties"), String.join("\n",
                    "# A single KRaft node, broker and controller in one JVM (written by marquee.testing.KafkaProcess)",
                    "process.roles=broker,controller",
                    "node.id=1",
                    "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                    "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                    "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                    "controller.listener.names=CONTROLLER",
                    "inter.broker.listener.name=PLAINTEXT",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "log.dirs=" + data,
                    "offsets.topic.replication.factor=1",
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "share.coordinator.state.topic.replication.factor=1",
                    "share.coordinator.state.topic.min.isr=1",
                    "group.initial.rebalance.delay.ms=0",
                    // A broker started again after a SIGKILL waits until the controller gives up on its former
                    // registration (the session timeout, 9 s by default) before it may register anew.
                    "broker.session.timeout.ms=5000",
                    "broker.heartbeat.interval.ms=1000",
                    "num.partitions=4",
                    "auto.create.topics.enable=true",
                    ""));
            // Without a configuration Logback logs everything at DEBUG; the broker is chatty enough at INFO.
            Files.writeString(dir.resolve("logback.xml"), """
                    <configuration>
                      <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                        <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{30} - %msg%n</pattern></encoder>
                      </appender>
                      <root level="INFO"><appender-ref ref="OUT"/></root>
                    </configuration>
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (Files.exists(data.resolve("meta.properties"))) {
            return;
        }
        Process format = launch("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                "-c", dir.resolve("server.properties").toString());
        try {
            if (!format.waitFor(2, TimeUnit.MINUTES)) {
                format.destroyForcibly();
                throw new IllegalStateException("formatting Kafka's storage took over 2 minutes; see " + log());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (format.exitValue() != 0) {
            throw new IllegalStateException("formatting Kafka's storage failed (exit " + format.exitValue() + "); see " + log());
        }
    }

    private Process launch(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-Xss1m", "-XX:+UseSerialGC",
                "-Dlogback.configurationFile=" + dir.resolve("logback.xml"),
                "-cp", ChildProcesses.classPath(), mainClass));
        command.addAll(List.of(arguments));
        try {
            return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the broker describes its cluster to a client: listening, and the controller has elected itself. */
    private void awaitAnswering() {
        long deadline = System.nanoTime() + START_PATIENCE_NANOS;
        // First the port (a client asked too early only logs warnings about the connection), then the cluster.
        while (!listening() && System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka ended while starting (exit " + process.exitValue() + "); see " + log());
            }
            ChildProcesses.sleep(250);
        }
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500))) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka ended while starting (exit " + process.exitValue() + "); see " + log());
                }
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException notYet) {
                    // not answering yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                ChildProcesses.sleep(250);
            }
        }
        kill();
        throw new IllegalStateException("Kafka did not answer within " + Duration.ofNanos(START_PATIENCE_NANOS).toMinutes()
                + " minutes; see " + log());
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }
}
