package marquee.campaigns.internal;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import marquee.campaigns.CampaignEngagement;
import marquee.campaigns.Campaigns;
import marquee.campaigns.EngagementDay;
import marquee.campaigns.EngagementReport;
import marquee.campaigns.Engagements;
import marquee.shared.Conflict;
import marquee.shared.InvalidInput;
import marquee.shared.MarketSettings;
import marquee.shared.csv.BadRow;
import marquee.shared.csv.CsvReader;
import marquee.shared.csv.CsvRow;
import marquee.shared.csv.RejectedRow;
import marquee.shared.csv.UnusableCsv;
import marquee.shared.security.Caller;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports engagement files, all or nothing: the whole file is read and checked first (every bad row is reported by
 * line and reason, and then nothing is stored); a clean file is stored in one transaction, each channel's day
 * inserted, replaced when its figures changed, or left alone when they did not, so the same file twice changes
 * nothing.
 */
@Service
class EngagementImport implements Engagements {

    static final List<String> COLUMNS = List.of("day", "views", "likes", "comments", "shares", "spend");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,15}(\\.\\d+)?");

    private final Engagement engagement;
    private final Campaigns campaigns;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int minorDigits;

    EngagementImport(Engagement engagement, Campaigns campaigns, TransactionTemplate transaction, MarketSettings market,
                     Clock clock) {
        this.engagement = engagement;
        this.campaigns = campaigns;
        this.transaction = transaction;
        this.clock = clock;
        this.minorDigits = Math.max(0, Currency.getInstance(market.currency()).getDefaultFractionDigits());
    }

    @Override
    public EngagementReport importCsv(Caller caller, long campaignId, Reader csv) {
        campaigns.campaign(caller, campaignId); // another tenant's: not found
        try (CsvReader reader = CsvReader.of(csv, "the engagement file", COLUMNS)) {
            return importRows(reader, campaignId);
        }
    }

    @Override
    public CampaignEngagement ofCampaign(Caller caller, long campaignId) {
        campaigns.campaign(caller, campaignId);
        return engagement.ofCampaign(campaignId);
    }

    /** The command's import: rows may name channels of any campaign, or of {@code campaignId} only when given. */
    EngagementReport importFile(Path file, Long campaignId) {
        if (campaignId != null && !engagement.campaignExists(campaignId)) {
            throw new InvalidInput("campaign", "there is no campaign " + campaignId);
        }
        try (CsvReader reader = CsvReader.open(file, COLUMNS)) {
            return importRows(reader, campaignId);
        }
    }

    private EngagementReport importRows(CsvReader reader, Long campaignId) {
        if (!reader.has("post_url") && !reader.has("channel_id")) {
            throw new UnusableCsv("the header names no channel: it needs a post_url or a channel_id column; header is "
                    + reader.header());
        }
        ChannelIndex channels = new ChannelIndex(engagement.channels(campaignId), campaignId);
        Map<Engagement.Key, Row> rows = new LinkedHashMap<>();
        List<RejectedRow> rejected = new ArrayList<>();
        long[] repeated = {0};
        reader.forEach(csv -> {
            Row row = new Row(csv.line(), parse(csv, channels));
            Row first = rows.putIfAbsent(new Engagement.Key(row.day().channelId(), row.day().day()), row);
            if (first != null) {
                if (!first.day().equals(row.day())) {
                    throw new BadRow("channel " + row.day().channelId() + " on " + row.day().day()
                            + " is given twice with different figures (first at line " + first.line() + ")");
                }
                repeated[0]++;
            }
        }, rejected::add);
        long read = rows.size() + repeated[0] + rejected.size();
        if (!rejected.isEmpty()) {
            return EngagementReport.refused(read, rejected);
        }
        return store(rows.values().stream().map(Row::day).toList(), read, repeated[0]);
    }

    private record Row(long line, EngagementDay day) {}

    private EngagementReport store(List<EngagementDay> days, long read, long repeated) {
        try {
            return transaction.execute(status -> {
                Map<Engagement.Key, EngagementDay> stored = engagement.stored(
                        days.stream().map(EngagementDay::channelId).collect(Collectors.toCollection(java.util.TreeSet::new)));
                List<EngagementDay> fresh = new ArrayList<>();
                List<EngagementDay> replaced = new ArrayList<>();
                for (EngagementDay day : days) {
                    EngagementDay before = stored.get(new Engagement.Key(day.channelId(), day.day()));
                    if (before == null) {
                        fresh.add(day);
                    } else if (!before.equals(day)) {
                        replaced.add(day);
                    }
                }
                engagement.update(replaced, clock.instant());
                engagement.insert(fresh, clock.instant());
                long unchanged = days.size() - fresh.size() - replaced.size() + repeated;
                return new EngagementReport(read, fresh.size(), replaced.size(), unchanged, true, List.of());
            });
        } catch (DuplicateKeyException e) {
            throw new Conflict("engagement of these channels was being imported at the same time; send the file again");
        }
    }

    private EngagementDay parse(CsvRow row, ChannelIndex channels) {
        long channelId = channels.resolve(row);
        LocalDate day;
        String dayText = row.required("day");
        try {
            day = LocalDate.parse(dayText);
        } catch (DateTimeParseException e) {
            throw new BadRow("day is not a date (YYYY-MM-DD): '" + dayText + "'");
        }
        return new EngagementDay(channelId, day, count(row, "views"), count(row, "likes"), count(row, "comments"),
                count(row, "shares"), spendMinor(row));
    }

    private static long count(CsvRow row, String column) {
        String text = row.required(column);
        if (text.startsWith("-")) {
            throw new BadRow("negative " + column + ": " + text);
        }
        if (!WHOLE.matcher(text).matches()) {
            throw new BadRow(column + " is not a whole number: '" + text + "'");
        }
        return Long.parseLong(text);
    }

    /** Spend in minor units: a decimal with no more digits after the point than the currency has minor ones. */
    private long spendMinor(CsvRow row) {
        String text = row.required("spend");
        if (text.startsWith("-")) {
            throw new BadRow("negative spend: " + text);
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new BadRow("spend is not a decimal: '" + text + "'");
        }
        BigDecimal spend = new BigDecimal(text);
        if (spend.stripTrailingZeros().scale() > minorDigits) {
            throw new BadRow("spend has more than " + minorDigits + " decimals: '" + text + "'");
        }
        return spend.movePointRight(minorDigits).longValueExact();
    }

    /** The channels a file may name, by id and by post address (compared without a trailing slash). */
    private static final class ChannelIndex {
        private final Map<Long, Engagement.ChannelRef> byId = new HashMap<>();
        private final Map<String, List<Engagement.ChannelRef>> byUrl = new HashMap<>();
        private final String scope;

        ChannelIndex(List<Engagement.ChannelRef> channels, Long campaignId) {
            for (Engagement.ChannelRef c : channels) {
                byId.put(c.id(), c);
                if (c.postUrl() != null) {
                    byUrl.computeIfAbsent(url(c.postUrl()), u -> new ArrayList<>()).add(c);
                }
            }
            this.scope = campaignId == null ? "" : " of campaign " + campaignId;
        }

        long resolve(CsvRow row) {
            String id = row.value("channel_id");
            if (!id.isEmpty() || !row.has("post_url")) {
                return byId(row.required("channel_id"));
            }
            String url = row.required("post_url");
            List<Engagement.ChannelRef> named = byUrl.getOrDefault(url(url), List.of());
            if (named.isEmpty()) {
                throw new BadRow("post_url '" + url + "' is no channel" + scope);
            }
            if (named.size() > 1) {
                throw new BadRow("post_url '" + url + "' is the post of " + named.size() + " channels" + scope + " (ids "
                        + named.stream().map(c -> Long.toString(c.id())).collect(Collectors.joining(", "))
                        + "): name one by channel_id");
            }
            return named.getFirst().id();
        }

        private long byId(String text) {
            long id;
            try {
                id = Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new BadRow("channel_id is not a number: '" + text + "'");
            }
            if (!byId.containsKey(id)) {
                throw new BadRow("channel_id " + id + " is no channel" + scope);
            }
            return id;
        }

        private static String url(String url) {
            String u = url.strip();
            return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
        }
    }
}
