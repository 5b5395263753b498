package marquee.console.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.CinemaFilter;
import marquee.forecasting.ScreeningAdvice;
import marquee.shared.PageOf;
import marquee.shared.PageRequest;
import marquee.shared.security.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's screening advice: a cinema manager picks one of the chain's cinemas and sees tomorrow's advice. */
@Controller
class AllocationPages {

    private static final int MAX_PAGES = 20;
    private static final int MAX_LISTED = 100;

    private final ScreeningAdvice advice;
    private final Catalog catalog;

    AllocationPages(ScreeningAdvice advice, Catalog catalog) {
        this.advice = advice;
        this.catalog = catalog;
    }

    @GetMapping("/forecasts/allocation")
    String allocation(@RequestParam(required = false) Long cinemaId,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                      Model model) {
        Caller caller = Caller.current().orElseThrow();
        model.addAttribute("section", "forecasts");
        model.addAttribute("cinemas", ownCinemas(caller));
        model.addAttribute("cinemaId", cinemaId);
        model.addAttribute("date", date);
        if (cinemaId != null) {
            model.addAttribute("a", advice.advise(caller, cinemaId, date));
        }
        return "console/forecast-allocation";
    }

    /** The chain's own cinemas to choose from (the operator types a cinema's id). */
    private List<Cinema> ownCinemas(Caller caller) {
        List<Cinema> own = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES && own.size() < MAX_LISTED && caller.tenantId() != null; page++) {
            PageOf<Cinema> listed = catalog.cinemas(new CinemaFilter(null, null, null, null),
                    new PageRequest(page, PageRequest.MAX_SIZE));
            listed.items().stream().filter(c -> caller.belongsTo(c.chainTenantId())).forEach(own::add);
            if (page + 1 >= listed.pages()) {
                break;
            }
        }
        return own.stream().limit(MAX_LISTED).toList();
    }
}
