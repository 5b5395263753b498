package marquee.console.internal;

import java.util.List;
import java.util.Locale;
import marquee.campaigns.CampaignComparison;
import marquee.campaigns.CampaignReports;
import marquee.campaigns.CampaignResults;
import marquee.shared.Sentence;
import marquee.shared.security.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/** A tenant's campaigns side by side, and one campaign's results: funnel, channels, daily chart, offers' lift. */
@Controller
class CampaignPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An offer's lift in words: the purchase rate in percentage points and gross per person, each with its interval. */
    record LiftLine(CampaignResults.OfferResult offer, Sentence purchaseRate, Sentence grossPerPerson, Sentence incremental,
                    Double low, Double high, Double absolute) {}

    private final CampaignReports reports;

    CampaignPages(CampaignReports reports) {
        this.reports = reports;
    }

    @GetMapping("/campaigns")
    String campaigns(Model model) {
        List<CampaignComparison> campaigns = reports.compare(Caller.current().orElseThrow(), List.of());
        model.addAttribute("campaigns", campaigns);
        model.addAttribute("lifts", campaigns.stream()
                .map(c -> c.bestLift() == null ? Sentence.of("sentence.campaign.noLift")
                        : Sentence.of("sentence.campaign.bestLift", c.bestLift().name(), points(c.bestLift().purchaseRate())))
                .toList());
        model.addAttribute("section", "campaigns");
        return "console/campaigns";
    }

    @GetMapping("/campaigns/{id}")
    String campaign(@PathVariable long id, Model model) {
        CampaignResults results = reports.results(Caller.current().orElseThrow(), id);
        model.addAttribute("r", results);
        model.addAttribute("lifts", results.offers().stream().map(CampaignPages::line).toList());
        // Names go into a script: "</" is written as "<\/" so none can close it.
        model.addAttribute("json", JSON.writeValueAsString(results).replace("</", "<\\/"));
        model.addAttribute("section", "campaigns");
        return "console/campaign";
    }

    private static LiftLine line(CampaignResults.OfferResult o) {
        if (o.suppressed()) {
            Sentence small = Sentence.of("sentence.campaign.suppressed");
            return new LiftLine(o, small, small, small, null, null, null);
        }
        CampaignResults.Figures rate = o.purchaseRate();
        Sentence incremental = o.incrementalTickets() == null ? Sentence.of("sentence.campaign.incremental.unknown")
                : o.costPerIncrementalTicketMinor() == null
                        ? Sentence.of("sentence.campaign.incremental", o.incrementalTickets())
                        : Sentence.of("sentence.campaign.incremental.cost", o.incrementalTickets(),
                                new Sentence.Total(o.costPerIncrementalTicketMinor()));
        return new LiftLine(o, points(rate), money(o.grossPerPerson()), incremental,
                pp(rate.low()), pp(rate.high()), pp(rate.absolute()));
    }

    /** "+x pp (+y%) (95% CI a to b pp), p = ..." of a purchase rate. */
    static Sentence points(CampaignResults.Figures f) {
        if (f == null || f.absolute() == null) {
            return Sentence.of("sentence.campaign.noMembers");
        }
        Sentence interval = f.low() == null ? Sentence.of("sentence.campaign.noInterval")
                : Sentence.of("sentence.campaign.interval.points", f.low() * 100, f.high() * 100, p(f));
        return f.relative() == null ? Sentence.of("sentence.campaign.points", f.absolute() * 100, interval)
                : Sentence.of("sentence.campaign.points.relative", f.absolute() * 100, f.relative() * 100, interval);
    }

    /** "+x ¥ per person (95% CI a to b ¥), p = ..." of gross per person (in fen). */
    private static Sentence money(CampaignResults.Figures f) {
        if (f.absolute() == null) {
            return Sentence.of("sentence.campaign.noMembers");
        }
        Sentence interval = f.low() == null ? Sentence.of("sentence.campaign.noInterval")
                : Sentence.of("sentence.campaign.interval.yuan", f.low() / 100, f.high() / 100, p(f));
        return Sentence.of("sentence.campaign.perPerson", f.absolute() / 100, interval);
    }

    private static String p(CampaignResults.Figures f) {
        return f.pValue() < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", f.pValue());
    }

    private static Double pp(Double x) {
        return x == null ? null : x * 100;
    }
}
