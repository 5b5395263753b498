package marquee.campaigns;

import static marquee.catalog.CatalogFixtures.aFilm;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import marquee.Launcher;
import marquee.accounts.AccountFixtures;
import marquee.accounts.AccountFixtures.Person;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.catalog.Catalog;
import marquee.shared.security.Role;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Engagement import: the platforms' daily figures per post, uploaded for a campaign or imported by
 * {@code ./marquee import engagement}: a corrected row replaces its day, the same file twice changes nothing, and a
 * file with any bad row is refused by line and reason with nothing stored.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EngagementImportTest {

    private static final AtomicInteger POSTS = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Catalog catalog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext application;
    @TempDir
    Path dir;

    AccountFixtures people;
    Person distributor;
    Http api;
    long campaign;
    long video;
    String videoUrl;
    long creator;
    String creatorUrl;

    @BeforeEach
    void a_distributors_campaign_with_a_short_video_and_a_creators_post() {
        people = new AccountFixtures(accounts, tokens);
        distributor = people.staff(Role.DISTRIBUTOR_ADMIN);
        api = new Http(port).withToken(distributor.token());
        campaign = campaign(api, distributor);
        videoUrl = post();
        video = channel(api, campaign, ChannelKind.SHORT_VIDEO, videoUrl);
        creatorUrl = post();
        creator = channel(api, campaign, ChannelKind.CREATOR, creatorUrl);
    }

    @Test
    void an_upload_stores_every_row_and_a_corrected_row_replaces_its_day() {
        Http.Answer first = upload(distributor.token(), campaign, """
                POST_URL,Day,Views,Likes,Comments,Shares,Spend,platform
                %s,2026-11-01,120000,8000,300,150,1500.00,douyin
                %s,2026-11-02,90000,6000,200,90,1500,douyin
                %s,2026-11-01,5000,400,30,12,0.5,kuaishou
                """.formatted(videoUrl, videoUrl, creatorUrl));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("applied").asBoolean()).isTrue();
        assertThat(counts(first)).containsExactly(3L, 3L, 0L, 0L);
        assertThat(stored()).containsExactly(
                new EngagementDay(video, LocalDate.of(2026, 11, 1), 120_000, 8_000, 300, 150, 150_000),
                new EngagementDay(video, LocalDate.of(2026, 11, 2), 90_000, 6_000, 200, 90, 150_000),
                new EngagementDay(creator, LocalDate.of(2026, 11, 1), 5_000, 400, 30, 12, 50));

        Http.Answer corrected = upload(distributor.token(), campaign, """
                channel_id,day,views,likes,comments,shares,spend
                %d,2026-11-02,95000,6100,210,95,1450.25
                """.formatted(video));

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(counts(corrected)).containsExactly(1L, 0L, 1L, 0L);
        assertThat(stored()).contains(new EngagementDay(video, LocalDate.of(2026, 11, 2), 95_000, 6_100, 210, 95, 145_025))
                .hasSize(3);
        JsonNode read = api.get("/api/campaigns/" + campaign + "/engagement").json();
        assertThat(read.get("days")).hasSize(3);
        assertThat(read.get("perChannel").get(Long.toString(video)).get("views").asLong()).isEqualTo(215_000);
        assertThat(read.get("perDay").get("2026-11-01").get("views").asLong()).isEqualTo(125_000);
        assertThat(read.get("total").get("spendMinor").asLong()).isEqualTo(150_000 + 145_025 + 50);
    }

    @Test
    void the_same_file_twice_changes_nothing() {
        String file = """
                post_url,day,views,likes,comments,shares,spend
                %s,2026-11-01,1000,10,1,1,20.00
                %s,2026-11-01,2000,20,2,2,0
                %s,2026-11-01,1000,10,1,1,20
                """.formatted(videoUrl, creatorUrl, videoUrl);
        assertThat(upload(distributor.token(), campaign, file).status()).isEqualTo(200);
        List<Map<String, Object>> before = rowsWithTimes();

        Http.Answer again = upload(distributor.token(), campaign, file);

        assertThat(again.status()).isEqualTo(200);
        assertThat(counts(again)).as("a row repeated with the same figures counts as unchanged").containsExactly(3L, 0L, 0L, 3L);
        assertThat(rowsWithTimes()).isEqualTo(before);
    }

    @Test
    void a_years_figures_of_both_posts_go_through_in_one_upload_under_the_body_limit() {
        StringBuilder file = new StringBuilder("post_url,day,views,likes,comments,shares,spend\n");
        LocalDate first = LocalDate.of(2026, 1, 1);
        for (int d = 0; d < 365; d++) {
            for (String url : List.of(videoUrl, creatorUrl)) {
                file.append(url).append(',').append(first.plusDays(d)).append(",123456,7890,123,45,1234.56\n");
            }
        }

        Http.Answer year = upload(distributor.token(), campaign, file.toString());

        assertThat(year.status()).as(year.body()).isEqualTo(200);
        assertThat(counts(year)).containsExactly(730L, 730L, 0L, 0L);
        assertThat(stored()).hasSize(730);
    }

    @Test
    void a_file_with_any_bad_row_is_refused_by_line_and_reason_and_nothing_is_stored() {
        long otherCampaign = campaign(api, distributor);
        long otherChannel = channel(api, otherCampaign, ChannelKind.SHORT_VIDEO, post());

        Http.Answer refused = upload(distributor.token(), campaign, """
                post_url,day,views,likes,comments,shares,spend,channel_id
                %s,2026-11-01,1000,10,1,1,20.00,
                https://video.example/unknown,2026-11-01,1000,10,1,1,20.00,
                %s,2026-11-02,-5,10,1,1,20.00,
                %s,2026-13-01,1000,10,1,1,20.00,
                %s,2026-11-03,1000,10,1,1,20.005,
                %s,2026-11-04,1000,10,1,1
                ,2026-11-01,1000,10,1,1,20.00,%d
                %s,2026-11-05,1000,10,1,1,20.00,
                """.formatted(videoUrl, videoUrl, videoUrl, videoUrl, videoUrl, otherChannel, creatorUrl));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("applied").asBoolean()).isFalse();
        assertThat(counts(refused)).containsExactly(8L, 0L, 0L, 0L);
        assertThat(rejected(refused)).containsExactly(
                "3: post_url 'https://video.example/unknown' is no channel of campaign " + campaign,
                "4: negative views: -5",
                "5: day is not a date (YYYY-MM-DD): '2026-13-01'",
                "6: spend has more than 2 decimals: '20.005'",
                "7: wrong column count: expected 8 fields, found 6",
                "8: channel_id " + otherChannel + " is no channel of campaign " + campaign);
        assertThat(stored()).as("not even the good rows").isEmpty();
    }

    @Test
    void a_file_without_the_columns_is_a_clear_400_and_another_tenants_campaign_is_not_found() {
        Http.Answer noChannel = upload(distributor.token(), campaign, "day,views,likes,comments,shares,spend\n2026-11-01,1,1,1,1,1\n");
        Http.Answer noSpend = upload(distributor.token(), campaign, "post_url,day,views,likes,comments,shares\n");
        assertThat(noChannel.status()).isEqualTo(400);
        assertThat(noChannel.body()).contains("post_url or a channel_id");
        assertThat(noSpend.status()).isEqualTo(400);
        assertThat(noSpend.body()).contains("lacks column(s) [spend]");

        Person stranger = people.staff(Role.DISTRIBUTOR_ADMIN);
        Http theirs = new Http(port).withToken(stranger.token());
        String file = "post_url,day,views,likes,comments,shares,spend\n" + videoUrl + ",2026-11-01,1,1,1,1,1\n";
        assertThat(upload(stranger.token(), campaign, file).status()).isEqualTo(404);
        assertThat(theirs.get("/api/campaigns/" + campaign + "/engagement").status()).isEqualTo(404);
        assertThat(stored()).isEmpty();
        assertThat(upload(null, campaign, file).status()).as("anonymous").isEqualTo(401);
    }

    @Test
    void the_import_engagement_command_stores_the_file_and_reports_and_refuses_a_bad_file_whole() throws IOException {
        Path good = Files.writeString(dir.resolve("engagement.csv"), """
                post_url,day,views,likes,comments,shares,spend
                %s,2026-11-01,1000,10,1,1,20.00
                %s,2026-11-01,2000,20,2,2,35.10
                """.formatted(videoUrl, creatorUrl));
        Path bad = Files.writeString(dir.resolve("bad.csv"), """
                post_url,day,views,likes,comments,shares,spend
                %s,2026-11-02,1000,10,1,1,20.00
                %s,2026-11-02,-1,20,2,2,35.10
                """.formatted(videoUrl, creatorUrl));

        assertThat(command("import", "engagement", good.toString())).isZero();
        assertThat(output()).contains("rows read: 2", "stored: 2 new, 0 replaced, 0 unchanged");
        assertThat(command("import", "engagement", good.toString(), "--campaign", Long.toString(campaign))).isZero();
        assertThat(output()).contains("stored: 0 new, 0 replaced, 2 unchanged");

        assertThat(command("import", "engagement", bad.toString())).isEqualTo(3);
        assertThat(output()).contains("rejected: 1 (nothing stored", "line 3: negative views: -1");
        assertThat(stored()).hasSize(2);

        assertThat(command("import", "engagement", dir.resolve("missing.csv").toString())).isEqualTo(1);
        assertThat(command("import", "engagement", good.toString(), "--campaign", "-1")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not exist", "there is no campaign -1");
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int command(String... args) {
        out.reset();
        return new Launcher(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(application, args);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private long campaign(Http as, Person owner) {
        long film = aFilm().ownedBy(owner.tenantId()).addTo(catalog).id();
        Http.Answer created = as.post("/api/campaigns", Http.json(Map.of("filmId", film, "name", "Messages to heaven",
                "budgetMinor", 5_000_000)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static long channel(Http as, long campaign, ChannelKind kind, String postUrl) {
        Http.Answer added = as.post("/api/campaigns/" + campaign + "/channels", Http.json(Map.of("kind", kind.name(),
                "name", kind + " post", "platform", "Douyin", "postUrl", postUrl, "costMinor", 100_000)));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    /** A post address no other test uses (the command may resolve posts of every campaign). */
    private static String post() {
        return "https://video.example/p/" + POSTS.incrementAndGet() + "-" + System.nanoTime();
    }

    private List<EngagementDay> stored() {
        return jdbc.sql("""
                        select e.* from campaign_engagement e join campaign_channel c on c.id = e.channel_id
                        where c.campaign_id = ? order by c.id, e.engaged_on""").param(campaign)
                .query((rs, n) -> new EngagementDay(rs.getLong("channel_id"), rs.getObject("engaged_on", LocalDate.class),
                        rs.getLong("views"), rs.getLong("likes"), rs.getLong("comments"), rs.getLong("shares"),
                        rs.getLong("spend_minor")))
                .list();
    }

    private List<Map<String, Object>> rowsWithTimes() {
        return jdbc.sql("""
                        select e.* from campaign_engagement e join campaign_channel c on c.id = e.channel_id
                        where c.campaign_id = ? order by e.channel_id, e.engaged_on""").param(campaign).query().listOfRows();
    }

    private static List<Long> counts(Http.Answer report) {
        JsonNode json = report.json();
        return List.of(json.get("rowsRead").asLong(), json.get("stored").asLong(), json.get("replaced").asLong(),
                json.get("unchanged").asLong());
    }

    private static List<String> rejected(Http.Answer report) {
        return report.json().get("rejected").valueStream()
                .map(r -> r.get("line").asLong() + ": " + r.get("reason").asString()).toList();
    }

    /** Posts a CSV body as a platform's export is uploaded. */
    private Http.Answer upload(String token, long campaign, String csv) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/campaigns/"
                            + campaign + "/engagement"))
                    .header("Content-Type", "text/csv").header("Accept", "application/json, */*;q=0.8")
                    .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Http.Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
