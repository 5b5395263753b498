package marquee.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finds a request's controller method by its path first.
 *
 * <p>Why: for a path with a variable ({@code /api/films/{id}}) Spring MVC tries each of the application's few hundred
 * mappings in turn, and checks its method, parameters, headers and media types before its path, each through the
 * request's wrappers (the security filters wrap it several times): a quarter of a simple read's CPU. Almost every
 * mapping fails on its path, most of them on its first segments: here each mapping's literal start (the part of its
 * patterns before the first variable or wildcard, {@code /api/films/}) is worked out once, and a mapping none of whose
 * starts begins the request's path is turned down with a string comparison. Every other mapping is checked in full
 * as before, so the same method is chosen and the same 404, 405, 406 and 415 answers are given (those come from the
 * full check of every mapping that Spring makes when none matched, which this does not touch). Only for a plain path
 * (no percent-encoding, no {@code ;} parameters), where the raw path is what the patterns are matched against.
 */
@Configuration(proxyBeanMethods = false)
class PathFirstMappings implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new PathFirst();
    }

    private static final class PathFirst extends RequestMappingHandlerMapping {

        /** The path being looked up on this thread, when it is plain. */
        private static final ThreadLocal<String> LOOKED_UP = new ThreadLocal<>();

        /** Each mapping's literal starts, one per pattern; a mapping registered later has none and is checked in full. */
        private volatile Map<RequestMappingInfo, String[]> starts = Map.of();

        @Override
        protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
            super.handlerMethodsInitialized(handlerMethods);
            // By identity: the same instances are handed to getMatchingMapping, and equals compares every condition.
            Map<RequestMappingInfo, String[]> found = new IdentityHashMap<>();
            for (RequestMappingInfo info : handlerMethods.keySet()) {
                PathPatternsRequestCondition paths = info.getPathPatternsCondition();
                if (paths != null) {
                    found.put(info, paths.getPatterns().stream().map(p -> literalStart(p.getPatternString())).toArray(String[]::new));
                }
            }
            starts = found;
        }

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            if (lookupPath.indexOf('%') >= 0 || lookupPath.indexOf(';') >= 0) {
                return super.lookupHandlerMethod(lookupPath, request);
            }
            LOOKED_UP.set(lookupPath);
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                LOOKED_UP.remove();
            }
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            String path = LOOKED_UP.get();
            if (path != null) {
                String[] literal = starts.get(info);
                if (literal != null && !anyBegins(literal, path)) {
                    return null;
                }
            }
            return super.getMatchingMapping(info, request);
        }

        private static boolean anyBegins(String[] starts, String path) {
            for (String start : starts) {
                if (path.startsWith(start)) {
                    return true;
                }
            }
            return false;
        }

        /** The pattern up to its first variable or wildcard; empty (no check) for a pattern not starting with a slash. */
        static String literalStart(String pattern) {
            if (!pattern.startsWith("/")) {
                return "";
            }
            int end = pattern.length();
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '{' || c == '*' || c == '?' || c == '\\') {
                    end = i;
                    break;
                }
            }
            return pattern.substring(0, end);
        }
    }
}
