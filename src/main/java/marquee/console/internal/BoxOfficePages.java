package marquee.console.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import marquee.boxoffice.BoxOffice;
import marquee.boxoffice.MarketShare;
import marquee.boxoffice.Scope;
import marquee.shared.MarketSettings;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live box office board (today's market ranking, kept current by server-sent events) and the
 * market page (who took the box office of a period, by distributor, country and genre).
 */
@Controller
class BoxOfficePages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BoxOffice boxOffice;
    private final MarketSettings market;
    private final Clock clock;

    BoxOfficePages(BoxOffice boxOffice, MarketSettings market, Clock clock) {
        this.boxOffice = boxOffice;
        this.market = market;
        this.clock = clock;
    }

    @GetMapping("/boxoffice")
    String board(Model model) {
        LocalDate today = market.today(clock);
        model.addAttribute("ranking", boxOffice.ranking(today, Scope.MARKET));
        model.addAttribute("day", today);
        model.addAttribute("section", "boxoffice");
        return "console/boxoffice";
    }

    @GetMapping("/boxoffice/market")
    String market(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  Model model) {
        List<MarketShare> shares = Arrays.stream(MarketShare.By.values()).map(by -> boxOffice.share(by, from, to)).toList();
        MarketShare first = shares.getFirst();
        LocalDate today = market.today(clock);
        model.addAttribute("shares", shares);
        model.addAttribute("total", first);
        // Titles and tenant names go into a script: "</" is written as "<\/" so none can close it.
        model.addAttribute("json", JSON.writeValueAsString(shares).replace("</", "<\\/"));
        model.addAttribute("today", today);
        model.addAttribute("lastMonthFrom", today.minusDays(29));
        model.addAttribute("section", "boxoffice");
        return "console/boxoffice-market";
    }
}
