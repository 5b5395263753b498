package marquee.audience.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import marquee.audience.OpinionCurves;
import marquee.audience.Reviews;
import marquee.audience.WordOfMouth;
import marquee.shared.InvalidInput;
import marquee.shared.PageOf;
import marquee.shared.PageRequest;
import marquee.shared.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moviegoers mark films they want to see, rate and review the ones they saw, and vote on reviews; the storefront
 * reads a film's score, histogram and reviews; staff read the curves and flags and hide reviews.
 */
@RestController
@Tag(name = "Word of mouth", description = "Want-to-see marks, ratings and reviews, and their curves and anomaly flags")
class OpinionController {

    record RatingRequest(@NotNull @Min(1) @Max(10) Integer rating, @Size(max = WordOfMouth.REVIEW_LENGTH) String review) {}

    record ReportRequest(@Size(max = 300) String reason) {}

    private final WordOfMouth wordOfMouth;
    private final Reviews reviews;

    OpinionController(WordOfMouth wordOfMouth, Reviews reviews) {
        this.wordOfMouth = wordOfMouth;
        this.reviews = reviews;
    }

    @PutMapping("/api/films/{id}/want-to-see")
    ResponseEntity<Void> wantToSee(@PathVariable long id) {
        wordOfMouth.wantToSee(Caller.current().orElseThrow(), id);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/films/{id}/want-to-see")
    ResponseEntity<Void> noLongerWantToSee(@PathVariable long id) {
        wordOfMouth.noLongerWantToSee(Caller.current().orElseThrow(), id);
        return ResponseEntity.noContent().build();
    }

    /** Verified viewers only (403 otherwise); rating again replaces the rating and review. */
    @PutMapping("/api/films/{id}/rating")
    ResponseEntity<Void> rate(@PathVariable long id, @Valid @RequestBody RatingRequest request) {
        wordOfMouth.rate(Caller.current().orElseThrow(), id, request.rating(), request.review());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/films/{id}/opinion")
    Reviews.FilmOpinion opinion(@PathVariable long id) {
        return reviews.opinion(Caller.current(), id);
    }

    @GetMapping("/api/films/{id}/reviews")
    PageOf<Reviews.Review> reviews(@PathVariable long id, @RequestParam(defaultValue = "newest") String sort,
                                   @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return reviews.reviews(Caller.current(), id, order(sort), new PageRequest(page, size));
    }

    @PutMapping("/api/reviews/{id}/helpful")
    ResponseEntity<Void> helpful(@PathVariable long id) {
        reviews.vote(Caller.current().orElseThrow(), id, Reviews.Vote.HELPFUL, null);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/reviews/{id}/report")
    ResponseEntity<Void> report(@PathVariable long id, @Valid @RequestBody(required = false) ReportRequest request) {
        reviews.vote(Caller.current().orElseThrow(), id, Reviews.Vote.REPORT, request == null ? null : request.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/audience/films/{id}/word-of-mouth")
    OpinionCurves curves(@PathVariable long id) {
        return wordOfMouth.curves(Caller.current().orElseThrow(), id);
    }

    @GetMapping("/api/audience/films/{id}/reviews/flagged")
    List<Reviews.FlaggedReview> flagged(@PathVariable long id) {
        return reviews.flagged(Caller.current().orElseThrow(), id);
    }

    @PutMapping("/api/audience/reviews/{id}/hidden")
    ResponseEntity<Void> hide(@PathVariable long id) {
        reviews.hide(Caller.current().orElseThrow(), id, true);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/audience/reviews/{id}/hidden")
    ResponseEntity<Void> show(@PathVariable long id) {
        reviews.hide(Caller.current().orElseThrow(), id, false);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(WordOfMouth.NotAViewer.class)
    ProblemDetail notAViewer(WordOfMouth.NotAViewer e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Not a verified viewer");
        return problem;
    }

    private static Reviews.Order order(String sort) {
        return switch (sort) {
            case "newest" -> Reviews.Order.NEWEST;
            case "helpful" -> Reviews.Order.HELPFUL;
            default -> throw new InvalidInput("sort", "must be newest or helpful");
        };
    }
}
