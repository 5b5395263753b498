package marquee.shared.web;

import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Says what was wrong with an unreadable JSON body, naming the field, without echoing internals. */
final class JsonProblem {

    private JsonProblem() {
    }

    static String describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return "field '" + path(databind) + "' has the wrong type or format";
        }
        if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            return "the body is missing";
        }
        return "malformed JSON";
    }

    private static String path(DatabindException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
