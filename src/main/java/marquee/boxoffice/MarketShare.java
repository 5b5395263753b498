package marquee.boxoffice;

import java.time.LocalDate;
import java.util.List;
import marquee.shared.InvalidInput;

/**
 * Who took the platform's box office over a period (box office days {@code from} to {@code to}, both
 * included): gross and admissions of the live rollups (the platform's own sales and other sellers' fed
 * sales, not the imported market history) by distributor, country of origin or genre, largest first.
 * Slices add up to the totals exactly; {@code covers} says which sales are counted, {@code note} how films were.
 */
public record MarketShare(By by, LocalDate from, LocalDate to, String currency, long totalGrossMinor,
                          long totalAdmissions, int films, List<Slice> slices, String covers, String note) {

    public enum By {
        DISTRIBUTOR, COUNTRY, GENRE;

        public static By parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInput("by", "must be one of distributor, country, genre");
            }
        }
    }

    /**
     * One distributor, country or genre: its part of the period's gross and admissions, in minor units
     * and in percent of the totals, and how many films contributed.
     *
     * @param key a stable key: the distributor tenant's id, the country or the genre; "unassigned" or "unknown"
     */
    public record Slice(String key, String name, long grossMinor, long admissions, double grossSharePct,
                        double admissionsSharePct, int films) {}
}
