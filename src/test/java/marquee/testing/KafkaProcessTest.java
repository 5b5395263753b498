package marquee.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The broker the cluster tests run: a real KRaft Kafka in a process of its own keeps what it acknowledged
 * (records and a consumer group's committed offsets) through a SIGKILL and a start on the same data.
 */
class KafkaProcessTest {

    private static final String TOPIC = "marquee.test.sales";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void a_broker_killed_with_sigkill_keeps_the_records_and_offsets_it_acknowledged() throws Exception {
        Path dir = Path.of("target", "kafka-process-test", "broker-" + System.currentTimeMillis());
        long started = System.nanoTime();
        try (KafkaProcess kafka = KafkaProcess.start(dir)) {
            System.out.printf("broker answering after %d ms (%s)%n", millis(started), kafka.bootstrapServers());
            createTopic(kafka);

            produce(kafka, 0, 100);
            assertThat(consume(kafka, "first-reader", 100)).containsExactlyInAnyOrderElementsOf(values(0, 100));

            kafka.kill();
            assertThat(kafka.isAlive()).isFalse();
            long restarted = System.nanoTime();
            kafka.startAgain();
            System.out.printf("broker answering again %d ms after the kill%n", millis(restarted));

            produce(kafka, 100, 200);
            assertThat(consume(kafka, "first-reader", 100))
                    .as("the group resumes at the offsets it committed before the kill")
                    .containsExactlyInAnyOrderElementsOf(values(100, 200));
            assertThat(consume(kafka, "new-reader", 200))
                    .as("a new group reads the records acknowledged before the kill and after it")
                    .containsExactlyInAnyOrderElementsOf(values(0, 200));
        }
        System.out.printf("KafkaProcessTest took %d ms%n", millis(started));
    }

    /**
     * The topic made before the first send, as Marquee makes its own (KafkaAdmin): an idempotent producer whose first
     * send auto-creates the topic can be told to retry a batch the broker had appended, and then stalls on an out of
     * order sequence until its delivery times out.
     */
    private static void createTopic(KafkaProcess kafka) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 4, (short) 1))).all().get(60, TimeUnit.SECONDS);
        }
    }

    /** Sends sales {@code from} (inclusive) to {@code to} (exclusive), each acknowledged by the broker (acks=all). */
    private static void produce(KafkaProcess kafka, int from, int to) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000),
                new StringSerializer(), new StringSerializer())) {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = from; i < to; i++) {
                sent.add(producer.send(new ProducerRecord<>(TOPIC, "order-" + i, "sale-" + i)));
            }
            for (Future<?> acknowledged : sent) {
                acknowledged.get(60, TimeUnit.SECONDS);
            }
        }
    }

    /** Reads {@code expected} records as {@code group} from its committed offsets (or the beginning), committing them. */
    private static List<String> consume(KafkaProcess kafka, String group, int expected) {
        List<String> read = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (read.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    read.add(record.value());
                }
                consumer.commitSync();
            }
            // A moment more: nothing beyond what was expected (no record read twice).
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                read.add(record.value());
            }
            consumer.commitSync();
        }
        return read;
    }

    private static List<String> values(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "sale-" + i).toList();
    }

    private static long millis(long since) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
    }
}
