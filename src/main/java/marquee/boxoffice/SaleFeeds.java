package marquee.boxoffice;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Other sellers' sales, one row a sale or refund, turned into the same {@code TicketsSold} and
 * {@code TicketsRefunded} events as the platform's own and counted through the same {@link SalesIntake}.
 *
 * <p>The feed, UTF-8, as CSV with a header or as JSON lines (one object a line with the same names):
 * <pre>
 * sale_id,kind,film_id,cinema_id,screening_starts_at,seats,amount_minor,currency,sold_at,refunds_sale_id
 * s-1001,SALE,12,340,2026-11-20T19:30:00+08:00,2,9000,CNY,2026-11-18T10:02:11+08:00,
 * r-17,REFUND,12,340,2026-11-20T19:30:00+08:00,1,4500,CNY,2026-11-19T08:00:00+08:00,s-1001
 * </pre>
 * <ul>
 *   <li>{@code sale_id}: the seller's id of the row (at most 50 characters), unique in its feed; a refund has its own</li>
 *   <li>{@code kind}: {@code SALE} or {@code REFUND}</li>
 *   <li>{@code film_id}, {@code cinema_id}: ids of the catalog; the film's release is its latest on or before
 *       the screening's day in the cinema's time zone (the box office day)</li>
 *   <li>{@code screening_starts_at}, {@code sold_at}: ISO-8601 instants with an offset or {@code Z};
 *       {@code sold_at} is the refund's time on a refund</li>
 *   <li>{@code seats} (1 to 1,000) and {@code amount_minor} (integer minor units, not negative): what was sold,
 *       or given back</li>
 *   <li>{@code currency}: the market's ({@code marquee.market.currency}, CNY by default)</li>
 *   <li>{@code refunds_sale_id}: on a refund only, the {@code sale_id} of the sale it gives back, all or part.
 *       The sale must come earlier in the file or in an earlier import, the refund must be for its film, cinema and
 *       box office day, and refunds never give back more seats or money than the sale had. The column may be
 *       left out of a file without refunds.</li>
 * </ul>
 * Other columns are ignored. Event ids are the feed's name and the row's {@code sale_id}, so importing a
 * file again changes nothing, and a row that comes back with other values is rejected. Every row is
 * checked whole before it is counted: a rejected row leaves nothing behind.
 */
public interface SaleFeeds {

    enum Format { CSV, JSON_LINES }

    /**
     * Imports a feed of the seller {@code source} (lower-case letters, digits, '.', '_' or '-', at most 20).
     * {@code format} null: JSON lines when the first line is an object, CSV otherwise. {@code progress}
     * hears about every hundred thousand rows.
     */
    ImportReport importSales(Path file, Format format, String source, Consumer<String> progress);
}
