package marquee.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code marquee.web.max-body-bytes} (1 MiB): a declared length
 * over it is a 413 problem before anything reads the body; a body sent without a length (chunked)
 * stops being read past the limit, which the JSON reader answers as a 400 problem. Uploads (multipart)
 * have their own limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BodySizeLimit extends OncePerRequestFilter {

    private final long maxBytes;

    BodySizeLimit(@Value("${marquee.web.max-body-bytes:1048576}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.startsWith("multipart/")) {
            chain.doFilter(request, response);
        } else if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(413);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content too large\",\"status\":413,"
                    + "\"detail\":\"The request body is larger than " + maxBytes + " bytes\"}");
        } else {
            // Only a chunked body has no declared length; other requests stay unwrapped (async requests such as
            // server-sent event streams must see the container's own request).
            boolean chunked = request.getHeader("Transfer-Encoding") != null;
            chain.doFilter(chunked ? new Capped(request, maxBytes) : request, response);
        }
    }

    /** A request whose body cannot be read past the limit. */
    private static final class Capped extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CappedStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }
    }

    private static final class CappedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        CappedStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > maxBytes) {
                throw new IOException("request body larger than " + maxBytes + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
