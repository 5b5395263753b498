package marquee.console.internal;

import marquee.shared.InvalidInput;
import marquee.shared.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** A page that says what went wrong, instead of a stack trace, for the console's pages. */
@ControllerAdvice(basePackages = "marquee.console")
class ConsoleErrors {

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFound e, Model model) {
        return page(model, "Not found", e.getMessage());
    }

    @ExceptionHandler({InvalidInput.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(Exception e, Model model) {
        return page(model, "That request is not valid", e instanceof InvalidInput invalid
                ? invalid.field() + " " + invalid.getMessage() : "A parameter has the wrong format.");
    }

    private static String page(Model model, String title, String message) {
        model.addAttribute("title", title);
        model.addAttribute("message", message);
        return "console/error";
    }
}
