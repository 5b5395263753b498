package marquee.console.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import marquee.forecasting.AcquisitionValuations;
import marquee.forecasting.AcquisitionViews.AcquisitionRequest;
import marquee.forecasting.AcquisitionViews.Valuation;
import marquee.forecasting.ForecastNotReady;
import marquee.shared.Conflict;
import marquee.shared.InvalidInput;
import marquee.shared.NotFound;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's acquisition valuation page: find a US film of the history (or enter a new film's figures), pick a
 * planned China date, and see the valuation with its interval next to both baselines, its comparables and the
 * backtest. A GET form, so a valuation has a link of its own.
 */
@Controller
class AcquisitionPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AcquisitionValuations valuations;

    AcquisitionPages(AcquisitionValuations valuations) {
        this.valuations = valuations;
    }

    @GetMapping("/forecasts/acquisition")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) String usFilmId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate chinaReleaseDate,
                @RequestParam(required = false) String title,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate usReleaseDate,
                @RequestParam(required = false) Double usGrossToDate, @RequestParam(required = false) Double usOpeningGross,
                @RequestParam(required = false) Integer usTheaters, @RequestParam(required = false) String usDistributor,
                Model model, HttpServletResponse response) {
        model.addAttribute("section", "forecasts");
        model.addAttribute("q", q);
        model.addAttribute("usFilmId", usFilmId);
        model.addAttribute("chinaReleaseDate", chinaReleaseDate);
        model.addAttribute("filmTitle", title);
        model.addAttribute("usReleaseDate", usReleaseDate);
        model.addAttribute("usGrossToDate", usGrossToDate);
        model.addAttribute("usOpeningGross", usOpeningGross);
        model.addAttribute("usTheaters", usTheaters);
        model.addAttribute("usDistributor", usDistributor);
        String missing = valuations.missing();
        if (missing != null) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", missing);
            return "console/forecast-acquisition";
        }
        try {
            if (q != null && !q.isBlank()) {
                model.addAttribute("found", valuations.usFilms(q, 20));
            }
            boolean figures = usReleaseDate != null || usGrossToDate != null;
            if ((usFilmId != null && !usFilmId.isBlank()) || figures) {
                Valuation v = valuations.value(new AcquisitionRequest(figures ? null : usFilmId, chinaReleaseDate, title,
                        usReleaseDate, usGrossToDate, usOpeningGross, usTheaters, usDistributor, null));
                model.addAttribute("v", v);
                model.addAttribute("json", JSON.writeValueAsString(v).replace("</", "<\\/"));
            }
            model.addAttribute("backtest", valuations.backtest());
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", e.field() + ": " + e.getMessage());
        } catch (NotFound | Conflict e) {
            response.setStatus(e instanceof NotFound ? HttpStatus.NOT_FOUND.value() : HttpStatus.CONFLICT.value());
            model.addAttribute("problem", e.getMessage());
        } catch (ForecastNotReady e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("refresh", e.retryAfterSeconds());
        }
        return "console/forecast-acquisition";
    }
}
