package marquee.console.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import marquee.boxoffice.BoxOffice;
import marquee.boxoffice.Scope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The live box office board: today's market ranking, kept current by server-sent events. */
@Controller
class BoxOfficePages {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final BoxOffice boxOffice;

    BoxOfficePages(BoxOffice boxOffice) {
        this.boxOffice = boxOffice;
    }

    @GetMapping("/boxoffice")
    String board(Model model) {
        LocalDate today = LocalDate.now(CHINA);
        model.addAttribute("ranking", boxOffice.ranking(today, Scope.MARKET));
        model.addAttribute("day", today);
        model.addAttribute("section", "boxoffice");
        return "console/boxoffice";
    }
}
