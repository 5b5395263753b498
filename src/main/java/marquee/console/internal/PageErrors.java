package marquee.console.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error the servlet container sends to {@code /error} (no page at the address, a role that may not see it, a
 * missing or malformed parameter, a method the address does not take, a failure): the JSON API's paths answer
 * problem details (application/problem+json) as the API does everywhere; every other page answers in the console's
 * layout with a plain sentence and ways on, and a page asked without a parameter it needs shows a form that asks
 * for it. Replaces Spring Boot's "Whitelabel Error Page".
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class PageErrors implements ErrorController {

    private final org.springframework.beans.factory.ObjectProvider<ErrorAttributes> errors;
    private final org.springframework.beans.factory.ObjectProvider<RequestMappingHandlerMapping> mappings;

    /** Both looked up when needed: an application without a web server (commands, most tests) has neither. */
    PageErrors(org.springframework.beans.factory.ObjectProvider<ErrorAttributes> errors,
               @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
               org.springframework.beans.factory.ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.errors = errors;
        this.mappings = mappings;
    }

    @RequestMapping
    Object error(HttpServletRequest request, Locale locale) {
        HttpStatus status = status(request);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (status == HttpStatus.FORBIDDEN && path != null && !isApi(path) && !exists(path)) {
            // Security refuses every address without a rule, signed in or not: for a page that is not there, say so.
            status = HttpStatus.NOT_FOUND;
        }
        ErrorAttributes attributes = errors.getIfAvailable();
        Throwable error = attributes == null ? null : attributes.getError(new ServletWebRequest(request));
        if (isApi(path) || !acceptsHtml(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, apiDetail(status, error));
            problem.setTitle(status.getReasonPhrase());
            return ResponseEntity.status(status.value()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = ConsoleErrors.page(status, path);
        if (Boolean.TRUE.equals(request.getAttribute("marquee.error.csrf"))) {
            page.addObject("titleKey", "errors.title.csrf");
            page.addObject("sentenceKey", "errors.sentence.csrf");
        }
        if (status == HttpStatus.BAD_REQUEST
                && request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && "GET".equals(request.getMethod())) {
            ConsoleErrors.askFor(page, handler, request, error instanceof MissingServletRequestParameterException missing
                    ? missing.getParameterName() : null, path);
        }
        return page;
    }

    /** Whether a page or endpoint answers at this path (for some method). */
    private boolean exists(String path) {
        RequestMappingHandlerMapping mapping = mappings.getIfAvailable();
        if (mapping == null) {
            return true;
        }
        PathContainer container = PathContainer.parsePath(path);
        return mapping.getHandlerMethods().keySet().stream()
                .filter(info -> info.getPathPatternsCondition() != null)
                .flatMap(info -> info.getPathPatternsCondition().getPatterns().stream())
                .anyMatch(pattern -> pattern.matches(container));
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer n ? HttpStatus.resolve(n) : null;
        return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    static boolean isApi(String path) {
        return path != null && (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator")
                || path.startsWith("/v3/"));
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return true;
        }
        List<MediaType> types = new ArrayList<>();
        try {
            types.addAll(MediaType.parseMediaTypes(accept));
        } catch (RuntimeException unreadable) {
            return true;
        }
        return types.stream().anyMatch(t -> t.includes(MediaType.TEXT_HTML) || t.isWildcardType())
                && types.stream().noneMatch(t -> t.equals(MediaType.APPLICATION_JSON) || t.equals(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /** What the API says: the reason only, never an exception's text (nothing internal leaks out). */
    private static String apiDetail(HttpStatus status, Throwable error) {
        if (error instanceof MissingServletRequestParameterException missing) {
            return "the parameter " + missing.getParameterName() + " is missing";
        }
        return switch (status) {
            case NOT_FOUND -> "No resource at this address";
            case METHOD_NOT_ALLOWED -> "This address does not take this method";
            case FORBIDDEN -> "Your role may not do this";
            case BAD_REQUEST -> "The request is not valid";
            default -> status.is5xxServerError() ? "Something went wrong on our side; it has been logged" : status.getReasonPhrase();
        };
    }
}
