package marquee.console.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The problems of one form, each next to its field in plain words of the reader's language. Fields are named as in the
 * API's bodies (originalTitle, releaseDate, validUntil...), so the API's own rules (bean validation of the same records,
 * then the services' checks) name the field a problem belongs to. One problem per field: the first found.
 */
final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final MessageSource messages;
    private final Locale locale = LocaleContextHolder.getLocale();

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** The bean validation rules of the API's record, with the constraint's own limits in the sentence. */
    <T> FormErrors validate(Validator validator, String prefix, T value) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        for (ConstraintViolation<T> violation : violations) {
            String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            Map<String, Object> limits = violation.getConstraintDescriptor().getAttributes();
            Object limit = limits.containsKey("max") ? limits.get("max") : limits.get("value");
            add(prefix + topField(violation.getPropertyPath()),
                    text("dist.error." + constraint, new Object[] {limit}, violation.getMessage()));
        }
        return this;
    }

    /** A problem with its text from the bundle. */
    FormErrors add(String field, String key, Object... args) {
        return put(field, text(key, args, key));
    }

    /** A problem in words a service gave (its InvalidInput or Conflict reason). */
    FormErrors put(String field, String sentence) {
        byField.putIfAbsent(field, sentence);
        return this;
    }

    boolean any() {
        return !byField.isEmpty();
    }

    Map<String, String> byField() {
        return byField;
    }

    String text(String key, Object[] args, String fallback) {
        return messages.getMessage(key, args, fallback, locale);
    }

    /** "genres[0].<list element>" and "credits[2].name" belong to the genres and credits fields. */
    private static String topField(Path path) {
        for (Path.Node node : path) {
            if (node.getName() != null) {
                return node.getName();
            }
        }
        return "";
    }
}
