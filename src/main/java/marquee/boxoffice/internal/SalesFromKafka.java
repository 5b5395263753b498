package marquee.boxoffice.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import marquee.booking.SaleEventRecord;
import marquee.booking.TicketsRefunded;
import marquee.booking.TicketsSold;
import marquee.boxoffice.SalesIntake;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.annotation.Profile;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * In a cluster, the box office takes booking's sale events from Kafka (one consumer group: each partition
 * counted by one instance at a time). A poll's records are written together and the listener returns once
 * they are durable, so the offsets committed after it never pass a sale that was not counted; a record
 * delivered again after a crash or a rebalance is skipped as known.
 */
@Component
@Profile("cluster")
class SalesFromKafka {

    private final SalesIntake intake;

    SalesFromKafka(SalesIntake intake) {
        this.intake = intake;
    }

    @KafkaListener(topics = "${marquee.cluster.sales-topic}", groupId = "marquee-boxoffice", batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        List<CompletableFuture<Void>> counted = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            switch (SaleEventRecord.from(record).event()) {
                case TicketsSold sale -> counted.add(intake.accept(sale));
                case TicketsRefunded refund -> counted.add(intake.accept(refund));
                default -> { } // check-ins count no admission
            }
        }
        CompletableFuture.allOf(counted.toArray(CompletableFuture[]::new)).join();
    }
}
