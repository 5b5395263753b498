package marquee.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch's link: the page being read, with its other query parameters kept and {@code lang} set
 * (Languages keeps the choice in a cookie from there). Templates call it as {@code @languageLinks.to('zh')}.
 */
@Component("languageLinks")
public class LanguageLinks {

    /** The current page in the given language; {@code ?lang=..} alone outside a request. */
    public String to(String language) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "?lang=" + language;
        }
        return to(attributes.getRequest(), language);
    }

    static String to(HttpServletRequest request, String language) {
        String query = request.getQueryString();
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(query)
                .replaceQueryParam("lang", language)
                .build(true)
                .toUriString();
    }
}
