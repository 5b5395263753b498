package marquee.boxoffice;

import marquee.boxoffice.internal.RollupTable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every live rollup row as text, in a fixed order: equal fingerprints mean identical rollups. */
final class RollupFingerprint {

    private static final String COLUMNS = "film_id, box_office_day, cinema_id, chain, city, province, city_tier, "
            + "gross_minor, admissions, presale_gross_minor, presale_admissions";

    private RollupFingerprint() {
    }

    /** The rows after the writer has flushed what it holds in memory: the table trails the ledger by up to a second. */
    static String of(ApplicationContext context) {
        RollupTable.flush(context);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        StringBuilder text = new StringBuilder();
        jdbc.sql("select " + COLUMNS + " from boxoffice_cinema_day order by box_office_day, film_id, cinema_id")
                .query(rs -> {
                    for (int i = 1; i <= 11; i++) {
                        text.append(rs.getString(i)).append(i < 11 ? ',' : '\n');
                    }
                });
        return text.toString();
    }
}
