package marquee.console.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import marquee.shared.Conflict;
import marquee.shared.InvalidInput;
import marquee.shared.NotFound;
import marquee.shared.Sentence;
import marquee.shared.web.Sentences;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page that says what went wrong in the console's layout, with a plain sentence (errors.properties) and ways on,
 * instead of a stack trace, for the console's pages; {@link PageErrors} gives every other page the same. A page
 * asked without a parameter it needs, or with one it cannot read, shows a form that asks for its parameters.
 */
@ControllerAdvice(basePackages = "marquee.console")
class ConsoleErrors {

    /** A field of the form that asks for a page's parameters. */
    record Field(String name, String labelKey, String type, boolean required, String value, boolean missing) {}

    /** A way on from an error page: where, and the key of its text. */
    record Link(String href, String key) {}

    private final Sentences sentences;

    ConsoleErrors(Sentences sentences) {
        this.sentences = sentences;
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(NotFound e, HttpServletRequest request) {
        return withDetail(page(HttpStatus.NOT_FOUND, request.getRequestURI()), sentences.text(e.sentence()));
    }

    @ExceptionHandler(Conflict.class)
    ModelAndView conflict(Conflict e, HttpServletRequest request) {
        return withDetail(page(HttpStatus.CONFLICT, request.getRequestURI()),
                e.sentence() == null ? e.getMessage() : sentences.text(e.sentence()));
    }

    @ExceptionHandler({InvalidInput.class, MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView invalid(Exception e, HandlerMethod handler, HttpServletRequest request) {
        ModelAndView page = page(HttpStatus.BAD_REQUEST, request.getRequestURI());
        String culprit = switch (e) {
            case InvalidInput invalid -> invalid.field();
            case MethodArgumentTypeMismatchException mismatch -> mismatch.getName();
            case MissingServletRequestParameterException missing -> missing.getParameterName();
            default -> null;
        };
        if (e instanceof InvalidInput invalid) {
            // The field by its label in the reader's language, and the reason in it when it is a sentence.
            Object reason = invalid.sentence() == null ? invalid.getMessage() : invalid.sentence();
            withDetail(page, sentences.text(Sentence.of("sentence.invalid",
                    new Sentence.Name("errors.param", invalid.field()), reason, invalid.field())));
        }
        if ("GET".equals(request.getMethod())) {
            askFor(page, handler, request, culprit, request.getRequestURI());
        }
        return page;
    }

    /** The error page of a status for a request of {@code path}: its title and sentence, and the ways on. */
    static ModelAndView page(HttpStatus status, String path) {
        ModelAndView page = new ModelAndView("console/error", status);
        String key = switch (status.value()) {
            case 400, 403, 404, 405, 409 -> String.valueOf(status.value());
            default -> status.is5xxServerError() ? "500" : "other";
        };
        page.addObject("status", status.value());
        page.addObject("titleKey", "errors.title." + key);
        page.addObject("sentenceKey", "errors.sentence." + key);
        page.addObject("section", "");
        List<Link> links = new ArrayList<>();
        boolean storefront = path != null && (path.startsWith("/tickets") || path.startsWith("/me") || path.startsWith("/coming-soon"));
        if (storefront) {
            links.add(new Link("/tickets", "errors.link.tickets"));
            links.add(new Link("/account", "errors.link.account"));
        } else {
            links.add(new Link("/", "errors.link.home"));
            links.add(new Link("/films", "errors.link.catalog"));
            links.add(new Link("/boxoffice", "errors.link.boxoffice"));
            links.add(new Link("/tickets", "errors.link.tickets"));
        }
        if (status == HttpStatus.FORBIDDEN) {
            links.add(new Link("/login", "errors.link.login"));
        }
        page.addObject("links", links);
        return page;
    }

    private static ModelAndView withDetail(ModelAndView page, String detail) {
        page.addObject("detail", detail);
        return page;
    }

    /**
     * Adds the form that asks for the page's request parameters (the handler's {@code @RequestParam}s), filled with
     * what the request gave, the missing or unreadable one ({@code culprit}) marked.
     */
    static void askFor(ModelAndView page, HandlerMethod handler, HttpServletRequest request, String culprit, String path) {
        List<Field> fields = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null || java.util.Map.class.isAssignableFrom(parameter.getParameterType())) {
                continue;
            }
            String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
                    : parameter.getParameterName();
            if (name == null) {
                continue;
            }
            boolean required = param.required() && param.defaultValue().equals(org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE)
                    && parameter.getParameterType() != java.util.Optional.class;
            fields.add(new Field(name, "errors.param." + name, type(parameter.getNestedParameterType()), required,
                    request.getParameter(name), name.equals(culprit)));
        }
        if (!fields.isEmpty()) {
            page.addObject("fields", fields);
            page.addObject("action", path);
            page.addObject("titleKey", "errors.title.form");
            page.addObject("sentenceKey", "errors.sentence.form");
        }
    }

    private static String type(Class<?> type) {
        if (type == LocalDate.class) {
            return "date";
        }
        if (Temporal.class.isAssignableFrom(type) || type == String.class || type.isEnum()) {
            return "text";
        }
        if (type.isPrimitive() && type != boolean.class || Number.class.isAssignableFrom(type)) {
            return "number";
        }
        return "text";
    }
}
