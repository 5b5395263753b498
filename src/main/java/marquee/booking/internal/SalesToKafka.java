package marquee.booking.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import marquee.booking.SaleEventRecord;
import marquee.booking.TicketCheckedIn;
import marquee.booking.TicketsRefunded;
import marquee.booking.TicketsSold;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * In a cluster, booking's sale events leave through Apache Kafka: each is sent after its transaction committed
 * and its publication is complete only once the broker has it (acks from all in-sync replicas); an event the
 * broker did not take stays incomplete and is delivered again (see {@code EventRedelivery}). Sending twice is
 * harmless, every consumer counts an event once.
 */
@Component
@Profile("cluster")
class SalesToKafka {

    /** Longer than the producer's own delivery timeout (application-cluster.properties), so the producer decides. */
    private static final long SEND_PATIENCE_SECONDS = 30;

    private final KafkaTemplate<String, String> kafka;
    private final String topic;

    SalesToKafka(KafkaTemplate<String, String> kafka, @Value("${marquee.cluster.sales-topic}") String topic) {
        this.kafka = kafka;
        this.topic = topic;
    }

    @Bean
    static NewTopic salesTopic(@Value("${marquee.cluster.sales-topic}") String topic,
                               @Value("${marquee.cluster.sales-partitions}") int partitions,
                               @Value("${marquee.cluster.replicas}") short replicas) {
        return new NewTopic(topic, partitions, replicas);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TicketsSold sale) {
        send(sale);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TicketsRefunded refund) {
        send(refund);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TicketCheckedIn checkIn) {
        send(checkIn);
    }

    private void send(Object event) {
        SaleEventRecord record = SaleEventRecord.of(event);
        try {
            kafka.send(record.to(topic)).get(SEND_PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending " + record.type() + " " + record.key(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take " + record.type() + " " + record.key() + "; it is sent again later", e);
        }
    }
}
