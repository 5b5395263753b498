package marquee.boxoffice.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import marquee.booking.Attribution;
import marquee.boxoffice.CampaignTakings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The box office's record of every event it has counted: its idempotency and its source for rebuilds. */
@Repository
class Ledger {

    private static final int IN_LIST = 500;
    private static final String COLUMNS = "event_id, sale_id, kind, film_id, cinema_id, chain, city, province, city_tier, "
            + "box_office_day, presale, admissions, gross_minor, source, recorded_at, campaign_id, channel_id, partner_id";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Ledger(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Set<String> known(Collection<String> eventIds) {
        Set<String> known = new HashSet<>();
        for (List<String> chunk : chunks(eventIds)) {
            known.addAll(jdbc.sql("select event_id from boxoffice_sale where event_id in (:ids)")
                    .param("ids", chunk).query(String.class).list());
        }
        return known;
    }

    /** Whether each of these sales was a presale, for the sales already in the ledger. */
    Map<String, Boolean> presales(Collection<String> saleIds) {
        Map<String, Boolean> presale = new HashMap<>();
        for (List<String> chunk : chunks(saleIds)) {
            jdbc.sql("select sale_id, presale from boxoffice_sale where kind = 'SALE' and sale_id in (:ids)")
                    .param("ids", chunk)
                    .query(rs -> {
                        presale.put(rs.getString(1), rs.getBoolean(2));
                    });
        }
        return presale;
    }

    /** The entries of these event ids that the ledger has, by event id. */
    Map<String, LedgerEntry> entries(Collection<String> eventIds) {
        Map<String, LedgerEntry> entries = new HashMap<>();
        for (List<String> chunk : chunks(eventIds)) {
            jdbc.sql("select " + COLUMNS + " from boxoffice_sale where event_id in (:ids)").param("ids", chunk)
                    .query(Ledger::entry).list().forEach(e -> entries.put(e.eventId(), e));
        }
        return entries;
    }

    /** Every entry of these sales: each sale and the refunds that gave some of it back. */
    List<LedgerEntry> ofSales(Collection<String> saleIds) {
        List<LedgerEntry> entries = new ArrayList<>();
        for (List<String> chunk : chunks(saleIds)) {
            entries.addAll(jdbc.sql("select " + COLUMNS + " from boxoffice_sale where sale_id in (:ids)").param("ids", chunk)
                    .query(Ledger::entry).list());
        }
        return entries;
    }

    private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
        return new LedgerEntry(rs.getString(1), rs.getString(2), LedgerEntry.Kind.valueOf(rs.getString(3)), rs.getLong(4),
                rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                rs.getObject(10, LocalDate.class), rs.getBoolean(11), rs.getInt(12), rs.getLong(13), rs.getString(14),
                rs.getObject(15, OffsetDateTime.class).toInstant(), new Attribution(rs.getObject(16, Long.class),
                rs.getObject(17, Long.class), rs.getObject(18, Long.class)));
    }

    /**
     * Appends entries numbered {@code firstSeq}, {@code firstSeq + 1}, ... in their order ({@code ledger_seq}, the
     * ledger's key, which the rollup watermark refers to); with {@code firstSeq} 0 they take negative numbers from a
     * sequence instead, below every watermark (a writer that is not the only one rolls them up in the same transaction).
     */
    void append(List<LedgerEntry> entries, long firstSeq) {
        long[] seq = {firstSeq};
        String number = firstSeq > 0 ? "?" : "-nextval('boxoffice_sale_unnumbered')";
        batch.batchUpdate("""
                insert into boxoffice_sale (%s, ledger_seq)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s)""".formatted(COLUMNS, number), entries, 1000, (ps, e) -> {
            ps.setString(1, e.eventId());
            ps.setString(2, e.saleId());
            ps.setString(3, e.kind().name());
            ps.setLong(4, e.filmId());
            ps.setLong(5, e.cinemaId());
            ps.setString(6, e.chain());
            ps.setString(7, e.city());
            ps.setString(8, e.province());
            ps.setInt(9, e.cityTier());
            ps.setObject(10, e.day());
            ps.setBoolean(11, e.presale());
            ps.setInt(12, e.admissions());
            ps.setLong(13, e.grossMinor());
            ps.setString(14, e.source());
            ps.setObject(15, e.recordedAt().atOffset(ZoneOffset.UTC));
            ps.setObject(16, e.attribution().campaignId(), java.sql.Types.BIGINT);
            ps.setObject(17, e.attribution().channelId(), java.sql.Types.BIGINT);
            ps.setObject(18, e.attribution().partnerId(), java.sql.Types.BIGINT);
            if (firstSeq > 0) {
                ps.setLong(19, seq[0]++);
            }
        });
    }

    /** The number of the last entry a sole writer appended, 0 when none (the others' numbers are negative). */
    long lastSeq() {
        return jdbc.sql("select coalesce(max(ledger_seq), 0) from boxoffice_sale where ledger_seq > 0").query(Long.class).single();
    }

    /** The entries after {@code seq}, in the order they were appended. */
    List<LedgerEntry> after(long seq) {
        return jdbc.sql("select " + COLUMNS + " from boxoffice_sale where ledger_seq > ? order by ledger_seq").param(seq)
                .query(Ledger::entry).list();
    }

    /** The number of the last entry the stored rollups count. */
    long watermark() {
        return jdbc.sql("select ledger_seq from boxoffice_rollup_watermark where id = 1").query(Long.class).single();
    }

    /** Moves the watermark up to {@code seq}, never down (a second writer in a test must not move it back). */
    void watermark(long seq) {
        jdbc.sql("update boxoffice_rollup_watermark set ledger_seq = greatest(ledger_seq, ?) where id = 1").param(seq).update();
    }

    /** The source of the platform's own sales and refunds: booking's events; any other source is a seller's feed. */
    static final String PLATFORM = "marquee";

    void deleteSource(String source) {
        jdbc.sql("delete from boxoffice_sale where source = ?").param(source).update();
    }

    /** The event ids of every entry of the platform's own sales and refunds. */
    Set<String> platformEventIds() {
        Set<String> ids = new HashSet<>();
        jdbc.sql("select event_id from boxoffice_sale where source = ?").param(PLATFORM)
                .query(rs -> {
                    ids.add(rs.getString(1));
                });
        return ids;
    }

    long countOtherSources() {
        return jdbc.sql("select count(*) from boxoffice_sale where source <> ?").param(PLATFORM).query(Long.class).single();
    }

    /** What the box office counted for a campaign: its sales less their refunds. */
    CampaignTakings ofCampaign(long campaignId) {
        return jdbc.sql("select coalesce(sum(admissions), 0), coalesce(sum(gross_minor), 0) from boxoffice_sale where campaign_id = ?")
                .param(campaignId).query((rs, n) -> new CampaignTakings(campaignId, rs.getLong(1), rs.getLong(2))).single();
    }

    long count() {
        return jdbc.sql("select count(*) from boxoffice_sale").query(Long.class).single();
    }

    private static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_LIST) {
            chunks.add(all.subList(i, Math.min(all.size(), i + IN_LIST)));
        }
        return chunks;
    }
}
