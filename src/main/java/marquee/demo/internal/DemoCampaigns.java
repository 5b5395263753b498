package marquee.demo.internal;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import marquee.accounts.Accounts;
import marquee.campaigns.Campaign;
import marquee.campaigns.Campaigns;
import marquee.campaigns.Channel;
import marquee.campaigns.Engagements;
import marquee.campaigns.ChannelKind;
import marquee.campaigns.NewCampaign;
import marquee.campaigns.NewChannel;
import marquee.campaigns.NewOffer;
import marquee.campaigns.NewPartners;
import marquee.campaigns.Offers;
import marquee.shared.InvalidInput;
import marquee.demo.internal.ScreeningPlan.SlateEntry;
import marquee.shared.security.Caller;
import org.springframework.stereotype.Component;

/**
 * The demo market's campaigns, one per press-release film, set up through the campaigns API as the film's
 * distributor would: a short-video series for Departures, climbing creators and 200 climbing-gym partners with a
 * code each for Free Solo, a virtual-idol tie-in and an offer to anime fans for Suzume, a targeted offer with a
 * holdout for Capernaum. Costs are made up for the demo.
 */
@Component
class DemoCampaigns {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoCampaigns.class);

    private final Campaigns campaigns;
    private final Offers offers;
    private final Engagements engagements;
    private final Accounts accounts;

    DemoCampaigns(Campaigns campaigns, Offers offers, Engagements engagements, Accounts accounts) {
        this.campaigns = campaigns;
        this.offers = offers;
        this.engagements = engagements;
        this.accounts = accounts;
    }

    /**
     * Sets the campaigns up once (none when the store has campaigns or no demo accounts), with the engagement their
     * posts had on the days before {@code today}; returns those made.
     */
    List<Campaign> seed(List<SlateEntry> slate, LocalDate today) {
        if (accounts.accountByEmail("operator@marquee.demo").isEmpty() || !campaigns.campaigns(operator()).isEmpty()) {
            return List.of();
        }
        List<Campaign> made = new ArrayList<>();
        film(slate, "Departures").ifPresent(id -> made.add(departures(id)));
        film(slate, "Free Solo").ifPresent(id -> made.add(freeSolo(id)));
        film(slate, "Suzume").ifPresent(id -> made.add(suzume(id)));
        film(slate, "Capernaum").ifPresent(id -> made.add(capernaum(id)));
        made.forEach(c -> engagement(c, today));
        return made;
    }

    /**
     * Made-up daily figures for every post of the campaign up to yesterday: views rising to the release and fading
     * after it, with likes, comments and shares as shares of views, and the post's cost spread over its days. Departures'
     * three posts add up to about the 1.2 billion views of the real re-release's short videos.
     */
    private void engagement(Campaign c, LocalDate today) {
        List<Channel> posts = c.channels().stream().filter(ch -> ch.postUrl() != null).toList();
        LocalDate last = today.minusDays(1).isBefore(c.endsOn()) ? today.minusDays(1) : c.endsOn();
        if (posts.isEmpty() || last.isBefore(c.startsOn())) {
            return;
        }
        LocalDate release = c.phases().stream().filter(p -> p.name().equals("Opening week")).map(Campaign.Phase::startsOn)
                .findFirst().orElse(c.startsOn());
        long days = java.time.temporal.ChronoUnit.DAYS.between(c.startsOn(), last) + 1;
        SplittableRandom random = new SplittableRandom(c.filmId());
        StringBuilder csv = new StringBuilder("channel_id,day,views,likes,comments,shares,spend\n");
        double scale = c.filmTitle().contains("入殓师") || c.name().startsWith("Departures") ? 1_200_000_000.0 / posts.size() : 20_000_000.0;
        for (Channel post : posts) {
            for (LocalDate day = c.startsOn(); !day.isAfter(last); day = day.plusDays(1)) {
                double fromRelease = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(release, day));
                double weight = Math.exp(-fromRelease / 6.0) * (0.7 + 0.6 * random.nextDouble());
                long views = Math.round(scale * weight / 6.0);
                csv.append(post.id()).append(',').append(day).append(',').append(views).append(',')
                        .append(views / 46).append(',').append(views / 900).append(',').append(views / 400).append(',')
                        .append(java.math.BigDecimal.valueOf(post.costMinor() / days, 2)).append('\n');
            }
        }
        engagements.importCsv(operator(), c.id(), new java.io.StringReader(csv.toString()));
    }

    private Campaign departures(long filmId) {
        Caller huaxia = caller("admin@huaxia.demo");
        Campaign c = campaigns.create(huaxia, new NewCampaign(filmId, "Departures re-release: farewells on short video",
                "Bring a 2008 classic back to cinemas through stories of farewell", 30_000_000L, null, null, null));
        campaigns.addChannel(huaxia, c.id(), video("Interviews with funeral professionals", "Douyin", "https://www.douyin.com/video/7300000000000000001", 6_000_000));
        campaigns.addChannel(huaxia, c.id(), video("Audience stories after screenings", "Douyin", "https://www.douyin.com/video/7300000000000000002", 4_000_000));
        campaigns.addChannel(huaxia, c.id(), video("Messages to heaven (interactive post)", "Weibo", "https://weibo.com/7300000000/messages-to-heaven", 2_500_000));
        return campaigns.campaign(huaxia, c.id());
    }

    private Campaign freeSolo(long filmId) {
        Caller huaxia = caller("admin@huaxia.demo");
        Campaign c = campaigns.create(huaxia, new NewCampaign(filmId, "Free Solo: climbers bring climbers",
                "Reach the climbing community through its creators and gyms", 12_000_000L, null, null, null));
        campaigns.addChannel(huaxia, c.id(), new NewChannel(ChannelKind.CREATOR, "Bouldering creator reacts to El Capitan", "Bilibili",
                "https://www.bilibili.com/video/BV1demo0001", "@crag-and-chalk", 1_500_000L, null, null));
        campaigns.addChannel(huaxia, c.id(), new NewChannel(ChannelKind.CREATOR, "Trad climber's route breakdown", "Xiaohongshu",
                "https://www.xiaohongshu.com/explore/demo0002", "@granite-line", 900_000L, null, null));
        Channel gyms = campaigns.addChannel(huaxia, c.id(), new NewChannel(ChannelKind.PARTNERS, "Climbing gyms", null, null, null,
                2_000_000L, null, null));
        List<String> names = IntStream.rangeClosed(1, 200).mapToObj(i -> "Climbing gym %03d (%s)".formatted(i, GYM_CITIES.get(i % GYM_CITIES.size())))
                .toList();
        campaigns.addPartners(huaxia, c.id(), gyms.id(), new NewPartners(names, 1, 15));
        return campaigns.campaign(huaxia, c.id());
    }

    private Campaign suzume(long filmId) {
        Caller lumen = caller("admin@lumen.demo");
        Campaign c = campaigns.create(lumen, new NewCampaign(filmId, "Suzume x virtual idol",
                "Anime fans through a virtual idol cosplaying Suzume", 8_000_000L, null, null, null));
        campaigns.addChannel(lumen, c.id(), new NewChannel(ChannelKind.TIE_IN, "Virtual idol cosplays Suzume (live stream)", "Bilibili",
                "https://live.bilibili.com/demo-idol", "@virtual-idol", 3_000_000L, "SUZUME-IDOL", 10));
        offer(lumen, c, "15% off for anime fans", "anime", 15, 500_000L);
        return campaigns.campaign(lumen, c.id());
    }

    /**
     * A targeted offer to the moviegoers who care about family themes, 20% off, with the default 10% held out at random.
     * In a market without consenting moviegoers of that interest (a small or empty population) the campaign has no offer.
     */
    private Campaign capernaum(long filmId) {
        Caller huaxia = caller("admin@huaxia.demo");
        Campaign c = campaigns.create(huaxia, new NewCampaign(filmId, "Capernaum: for those who care about family",
                "An art film to the audience of family stories, measured against a held-out group", 5_000_000L, null, null, null));
        offer(huaxia, c, "20% off for family-story lovers", "family", 20, 1_000_000L);
        return campaigns.campaign(huaxia, c.id());
    }

    /** A targeted offer to the consenting moviegoers of an interest, with the default holdout; none if nobody is eligible. */
    private void offer(Caller owner, Campaign c, String name, String interest, int percent, long costMinor) {
        try {
            offers.make(owner, c.id(), new NewOffer(name, new NewOffer.Segment("INTERESTS", null, null, interest, null, null),
                    percent, null, costMinor));
        } catch (InvalidInput noneEligible) {
            log.info("demo market: no targeted offer for {} ({})", c.filmTitle(), noneEligible.getMessage());
        }
    }

    private static final List<String> GYM_CITIES = List.of("Beijing", "Shanghai", "Chengdu", "Guangzhou", "Shenzhen",
            "Hangzhou", "Wuhan", "Xi'an", "Chongqing", "Nanjing", "Kunming", "Xiamen");

    private static NewChannel video(String name, String platform, String url, long costMinor) {
        return new NewChannel(ChannelKind.SHORT_VIDEO, name, platform, url, null, costMinor, null, null);
    }

    private static java.util.Optional<Long> film(List<SlateEntry> slate, String englishTitle) {
        return slate.stream().filter(e -> englishTitle.equals(e.film().film().englishTitle())).map(SlateEntry::filmId).findFirst();
    }

    private Caller caller(String email) {
        return Accounts.callerOf(accounts.accountByEmail(email).orElseThrow());
    }

    private Caller operator() {
        return caller("operator@marquee.demo");
    }
}
