package marquee.shared.web;

import java.util.List;
import marquee.shared.Conflict;
import marquee.shared.InvalidInput;
import marquee.shared.NotFound;
import marquee.shared.TooManyRequests;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the JSON API as RFC 9457 problem details. Invalid fields are listed one by one
 * under {@code errors} so a client can show each next to its input; nothing internal leaks out.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ProblemAnswers extends ResponseEntityExceptionHandler {

    public record FieldProblem(String field, String message) {}

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", said(e.sentence(), e.getMessage()));
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        return problem(HttpStatus.CONFLICT, "Conflict", said(e.sentence(), e.getMessage()));
    }

    @ExceptionHandler(TooManyRequests.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequests e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", e.getMessage()));
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        return invalidFields(List.of(new FieldProblem(e.field(), said(e.sentence(), e.getMessage()))));
    }

    /**
     * A reason given as a sentence, as the JSON API writes sentences: English unless a person chose Chinese in the
     * console (a console page's script shows the detail to that person), see {@link Sentences#forJson}.
     */
    private static String said(marquee.shared.Sentence sentence, String english) {
        return sentence == null ? english : Sentences.forJson(sentence);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalidFields(List.of(new FieldProblem(e.getName(), "has the wrong type or format")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return ResponseEntity.badRequest().body(invalidFields(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unreadable request body",
                "The body is not valid JSON for this request: " + JsonProblem.describe(e)));
    }

    static ProblemDetail invalidFields(List<FieldProblem> problems) {
        ProblemDetail detail = problem(HttpStatus.BAD_REQUEST, "Invalid input",
                problems.size() == 1 ? problems.getFirst().field() + " " + problems.getFirst().message()
                        : problems.size() + " fields are invalid");
        detail.setProperty("errors", problems);
        return detail;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
