package marquee.boxoffice.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneId;
import marquee.boxoffice.BoxOffice;
import marquee.boxoffice.FilmSummary;
import marquee.boxoffice.Ranking;
import marquee.boxoffice.Scope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The box office JSON API and its live stream. */
@RestController
@RequestMapping("/api/boxoffice")
@Tag(name = "Box office", description = "Live rankings, film curves, the live stream, imported market history")
class BoxOfficeController {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final BoxOffice boxOffice;
    private final LiveBoard board;

    BoxOfficeController(BoxOffice boxOffice, LiveBoard board) {
        this.boxOffice = boxOffice;
        this.board = board;
    }

    /** The ranking of a day (default today in China) in a scope: market, province, city, tier, chain or cinema. */
    @GetMapping("/ranking")
    Ranking ranking(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                    @RequestParam(defaultValue = "market") String scope,
                    @RequestParam(required = false) String value) {
        return boxOffice.ranking(day != null ? day : LocalDate.now(CHINA), Scope.parse(scope, value));
    }

    @GetMapping("/films/{id}")
    FilmSummary film(@PathVariable long id) {
        return boxOffice.film(id, LocalDate.now(CHINA));
    }

    /** Server-sent events: a "ranking" event with the market ranking of the day whenever it changes. */
    @GetMapping(path = "/live", produces = "text/event-stream")
    SseEmitter live(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return board.watch(day);
    }
}
