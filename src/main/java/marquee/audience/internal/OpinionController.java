package marquee.audience.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import marquee.audience.OpinionCurves;
import marquee.audience.WordOfMouth;
import marquee.shared.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Moviegoers mark films they want to see and rate the ones they saw; staff read the curves and flags. */
@RestController
@Tag(name = "Word of mouth", description = "Want-to-see marks, ratings and reviews, and their curves and anomaly flags")
class OpinionController {

    record RatingRequest(@NotNull @Min(1) @Max(10) Integer rating, @Size(max = 2000) String review) {}

    private final WordOfMouth wordOfMouth;

    OpinionController(WordOfMouth wordOfMouth) {
        this.wordOfMouth = wordOfMouth;
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

    @PutMapping("/api/films/{id}/rating")
    ResponseEntity<Void> rate(@PathVariable long id, @Valid @RequestBody RatingRequest request) {
        wordOfMouth.rate(Caller.current().orElseThrow(), id, request.rating(), request.review());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/audience/films/{id}/word-of-mouth")
    OpinionCurves curves(@PathVariable long id) {
        return wordOfMouth.curves(Caller.current().orElseThrow(), id);
    }
}
