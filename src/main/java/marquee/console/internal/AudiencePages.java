package marquee.console.internal;

import java.util.List;
import marquee.audience.OpinionCurves;
import marquee.audience.Portrait;
import marquee.audience.Portraits;
import marquee.audience.WordOfMouth;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.catalog.FilmFilter;
import marquee.shared.PageRequest;
import marquee.shared.security.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The console's audience pages: the films a caller may look at, a film's portrait, two films side by side. */
@Controller
class AudiencePages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Portraits portraits;
    private final WordOfMouth wordOfMouth;
    private final Catalog catalog;

    AudiencePages(Portraits portraits, WordOfMouth wordOfMouth, Catalog catalog) {
        this.portraits = portraits;
        this.wordOfMouth = wordOfMouth;
        this.catalog = catalog;
    }

    @GetMapping("/audience")
    String index(Model model) {
        Caller caller = Caller.current().orElseThrow();
        List<Film> films = catalog.films(new FilmFilter(null, null, null, null), new PageRequest(0, PageRequest.MAX_SIZE)).items()
                .stream().filter(f -> portraits.mayView(caller, f)).toList();
        model.addAttribute("section", "audience");
        model.addAttribute("films", films);
        return "console/audience";
    }

    @GetMapping("/audience/films/{id}")
    String film(@PathVariable long id, Model model) {
        Caller caller = Caller.current().orElseThrow();
        Portrait portrait = portraits.of(caller, List.of(id));
        OpinionCurves curves = wordOfMouth.curves(caller, id);
        model.addAttribute("section", "audience");
        model.addAttribute("p", portrait);
        model.addAttribute("w", curves);
        model.addAttribute("curves", json(curves));
        model.addAttribute("json", json(List.of(portrait)));
        return "console/audience-film";
    }

    @GetMapping("/audience/compare")
    String compare(@RequestParam long a, @RequestParam long b, Model model) {
        Caller caller = Caller.current().orElseThrow();
        Portrait first = portraits.of(caller, List.of(a));
        Portrait second = portraits.of(caller, List.of(b));
        model.addAttribute("section", "audience");
        model.addAttribute("a", first);
        model.addAttribute("b", second);
        model.addAttribute("json", json(List.of(first, second)));
        return "console/audience-compare";
    }

    /** JSON for a page's script, safe inside a script element. */
    private static String json(Object value) {
        return JSON.writeValueAsString(value).replace("</", "<\\/");
    }
}
