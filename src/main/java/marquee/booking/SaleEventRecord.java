package marquee.booking;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.databind.json.JsonMapper;

/**
 * Booking's sale events as records of a Kafka topic when Marquee runs as a cluster: the key keeps a sale and
 * its refunds in one partition, so every consumer sees them in the order they happened; the type names the
 * event (a record header); the value is the event as JSON, field for field.
 */
public record SaleEventRecord(String key, String type, String json) {

    /** The name of the header that carries {@link #type()}. */
    public static final String TYPE_HEADER = "marquee-event";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Class<?>> TYPES = Map.of(
            "TicketsSold", TicketsSold.class,
            "TicketsRefunded", TicketsRefunded.class,
            "TicketCheckedIn", TicketCheckedIn.class);

    public static SaleEventRecord of(Object event) {
        String key = switch (event) {
            case TicketsSold sale -> sale.saleId();
            case TicketsRefunded refund -> refund.saleId();
            case TicketCheckedIn checkIn -> "ticket-" + checkIn.ticketId();
            default -> throw new IllegalArgumentException("not a sale event: " + event.getClass().getName());
        };
        return new SaleEventRecord(key, event.getClass().getSimpleName(), JSON.writeValueAsString(event));
    }

    /** A record as it arrived from the topic. */
    public static SaleEventRecord from(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader(TYPE_HEADER);
        if (type == null) {
            throw new IllegalArgumentException("a record without the " + TYPE_HEADER + " header at offset " + record.offset());
        }
        return new SaleEventRecord(record.key(), new String(type.value(), StandardCharsets.UTF_8), record.value());
    }

    /** The record to send to {@code topic}. */
    public ProducerRecord<String, String> to(String topic) {
        ProducerRecord<String, String> message = new ProducerRecord<>(topic, key, json);
        message.headers().add(TYPE_HEADER, type.getBytes(StandardCharsets.UTF_8));
        return message;
    }

    /** The event again; a type this version does not know is an error, never skipped. */
    public Object event() {
        Class<?> type = TYPES.get(this.type);
        if (type == null) {
            throw new IllegalArgumentException("unknown sale event type '" + this.type + "'");
        }
        return JSON.readValue(json, type);
    }
}
