package marquee.console.internal;

import java.util.List;
import java.util.Locale;
import marquee.campaigns.CampaignComparison;
import marquee.campaigns.CampaignReports;
import marquee.campaigns.CampaignResults;
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
    record LiftLine(CampaignResults.OfferResult offer, String purchaseRate, String grossPerPerson, String incremental,
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
                .map(c -> c.bestLift() == null ? "—" : c.bestLift().name() + ": " + points(c.bestLift().purchaseRate())).toList());
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
            String small = "an arm has fewer people than a report shows: suppressed";
            return new LiftLine(o, small, small, small, null, null, null);
        }
        CampaignResults.Figures rate = o.purchaseRate();
        String incremental = o.incrementalTickets() == null ? "not enough members to tell"
                : String.format(Locale.ROOT, "%+.1f incremental tickets", o.incrementalTickets())
                  + (o.costPerIncrementalTicketMinor() == null ? ""
                        : String.format(Locale.ROOT, ", ¥%.2f per incremental ticket", o.costPerIncrementalTicketMinor() / 100.0));
        return new LiftLine(o, points(rate), money(o.grossPerPerson()), incremental,
                pp(rate.low()), pp(rate.high()), pp(rate.absolute()));
    }

    /** "+x pp (95% CI a to b), p = ..." of a purchase rate. */
    static String points(CampaignResults.Figures f) {
        if (f == null || f.absolute() == null) {
            return "no members yet";
        }
        String text = String.format(Locale.ROOT, "%+.1f pp", f.absolute() * 100);
        if (f.relative() != null) {
            text += String.format(Locale.ROOT, " (%+.0f%%)", f.relative() * 100);
        }
        return text + interval(f, 100, "%.1f", " pp");
    }

    private static String money(CampaignResults.Figures f) {
        if (f.absolute() == null) {
            return "no members yet";
        }
        return String.format(Locale.ROOT, "%+.2f ¥ per person", f.absolute() / 100) + interval(f, 0.01, "%.2f", " ¥");
    }

    private static String interval(CampaignResults.Figures f, double scale, String format, String unit) {
        if (f.low() == null) {
            return ", too few members for an interval";
        }
        return String.format(Locale.ROOT, " (95%% CI " + format + " to " + format + "%s), p = %s", f.low() * scale,
                f.high() * scale, unit, f.pValue() < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", f.pValue()));
    }

    private static Double pp(Double x) {
        return x == null ? null : x * 100;
    }
}
