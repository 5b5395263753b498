package marquee.campaigns.internal;

import java.util.List;
import marquee.booking.SaleEventRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.annotation.Profile;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In a cluster, campaigns take booking's events from Kafka (a consumer group of their own). A poll's records are
 * stored in one transaction and the offsets committed after it, so a crash delivers them again, stored once.
 */
@Component
@Profile("cluster")
class CampaignSalesFromKafka {

    private final AttributedSales sales;
    private final TransactionTemplate transaction;

    CampaignSalesFromKafka(AttributedSales sales, TransactionTemplate transaction) {
        this.sales = sales;
        this.transaction = transaction;
    }

    @KafkaListener(topics = "${marquee.cluster.sales-topic}", groupId = "marquee-campaigns", batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        transaction.executeWithoutResult(status -> records.forEach(r -> sales.deliver(SaleEventRecord.from(r).event())));
    }
}
