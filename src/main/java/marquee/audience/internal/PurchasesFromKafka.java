package marquee.audience.internal;

import java.util.List;
import marquee.booking.SaleEventRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.annotation.Profile;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In a cluster, the audience takes booking's events from Kafka (a consumer group of its own, so it sees every
 * event the box office sees). A poll's records are stored in one transaction; the offsets are committed after
 * it, so a crash before the commit delivers them again, and each is stored once.
 */
@Component
@Profile("cluster")
class PurchasesFromKafka {

    private final AudienceTickets tickets;
    private final TransactionTemplate transaction;

    PurchasesFromKafka(AudienceTickets tickets, TransactionTemplate transaction) {
        this.tickets = tickets;
        this.transaction = transaction;
    }

    @KafkaListener(topics = "${marquee.cluster.sales-topic}", groupId = "marquee-audience", batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        transaction.executeWithoutResult(status -> records.forEach(r -> tickets.deliver(SaleEventRecord.from(r).event())));
    }
}
