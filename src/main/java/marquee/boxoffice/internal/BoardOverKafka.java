package marquee.boxoffice.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * In a cluster each instance counts the sales of the partitions it holds, but every instance's live board must
 * move with every sale: after each written batch the writer's days go out on a topic, and each instance listens
 * to it in a consumer group of its own (from the latest record on) and marks those days changed on its board,
 * which then ranks them from the table. A lost notice only delays a board until the next sale of that day.
 */
@Component
@Profile("cluster")
class BoardOverKafka {

    private static final Logger log = LoggerFactory.getLogger(BoardOverKafka.class);

    private final LiveBoard board;

    BoardOverKafka(SaleWriter writer, LiveBoard board, KafkaTemplate<String, String> kafka,
                   @Value("${marquee.cluster.board-topic}") String topic) {
        this.board = board;
        writer.onWritten(written -> kafka.send(topic, written.days().stream().map(LocalDate::toString)
                        .collect(Collectors.joining(",")))
                .whenComplete((sent, failed) -> {
                    if (failed != null) {
                        log.warn("box office: other instances' boards not told of days {}: {}", written.days(), failed.toString());
                    }
                }));
    }

    @Bean
    static NewTopic boardTopic(@Value("${marquee.cluster.board-topic}") String topic,
                               @Value("${marquee.cluster.replicas}") short replicas) {
        return new NewTopic(topic, 1, replicas);
    }

    @KafkaListener(topics = "${marquee.cluster.board-topic}", groupId = "marquee-board-${random.uuid}",
            properties = "auto.offset.reset=latest")
    void on(String days) {
        Set<LocalDate> changed = Arrays.stream(days.split(",")).filter(d -> !d.isBlank()).map(LocalDate::parse)
                .collect(Collectors.toSet());
        board.changed(changed);
    }
}
