package de.fachtag.web.routing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Refuses request bodies over a limit with 413 before they are read: a {@code Content-Length}
 * over the limit at once, a body without one (chunked) as soon as reading it passes the limit.
 * The JSON API gets {@link #API_LIMIT}, the logo upload (the only multipart form)
 * {@link #UPLOAD_LIMIT}, every other form post {@link #FORM_LIMIT}. The API's refusal is an RFC 9457
 * problem ({@code application/problem+json}), a page's a short page in the visitor's language.
 * Declared first in {@code web.xml}, so that no other filter or servlet sees an oversized body.
 */
public class BodyLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Bytes of a JSON API request body: a registration is under 5 KB. */
    public static final long API_LIMIT = 64 * 1024;

    /** Bytes of a Faces form post (the longest form, an event's texts, is far below). */
    public static final long FORM_LIMIT = 1024 * 1024;

    /** Bytes of a multipart post: the logo with the form around it, as web.xml's multipart-config; generous so a too large logo gets a message (SettingsView), not an error page. */
    public static final long UPLOAD_LIMIT = 8 * 1024 * 1024;

    /**
     * Bytes of a refused body still read (and thrown away) so that the client, which is still
     * sending, gets the 413 rather than a reset connection; a longer body loses its connection.
     */
    public static final long SWALLOW_LIMIT = 8 * 1024 * 1024;

    private static final String SEEN = BodyLimit.class.getName() + ".seen";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(SEEN) != null) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(SEEN, Boolean.TRUE);
        boolean api = isApi(request);
        long limit = limitOf(request, api);
        long length = request.getContentLengthLong();
        if (length > limit) {
            if (length <= SWALLOW_LIMIT) {
                swallow(request.getInputStream());
            }
            refuse(request, response, api, limit);
            return;
        }
        Limited limited = new Limited(request, limit);
        try {
            chain.doFilter(limited, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!tooLarge(e)) {
                throw e;
            }
            if (!response.isCommitted()) {
                response.reset();
                refuse(request, response, api, limit);
            }
        } finally {
            if (limited.in != null && limited.in.exceeded) {
                swallow(request.getInputStream());
            }
        }
    }

    /** Reads what is left of a refused body, up to {@link #SWALLOW_LIMIT}, into nothing. */
    private static void swallow(ServletInputStream in) {
        byte[] buffer = new byte[8192];
        long left = SWALLOW_LIMIT;
        try {
            for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0; ) {
                left -= n;
            }
        } catch (IOException | RuntimeException e) {
            // the client went away: nothing to answer
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    static long limitOf(HttpServletRequest request, boolean api) {
        if (api) {
            return API_LIMIT;
        }
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/") ? UPLOAD_LIMIT : FORM_LIMIT;
    }

    /** Whether {@code e} or one of its causes is a body read past its limit. */
    public static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooLargeException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, long limit)
            throws IOException {
        Locale locale = PlainPage.locale(request);
        ResourceBundle texts = PlainPage.texts(locale);
        String title = texts.getString("error.tooLarge.title");
        String text = texts.getString("error.tooLarge.text");
        response.setStatus(413);
        // the rest of the body is not read: the connection ends with this answer
        response.setHeader("Connection", "close");
        response.setHeader("Content-Language", locale.getLanguage());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (api) {
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write(de.fachtag.platform.JsonP.createObjectBuilder()
                            .add("type", "about:blank")
                            .add("title", title)
                            .add("status", 413)
                            .add("detail", text)
                            .add("limit", limit)
                            .build()
                            .toString());
        } else {
            // the security headers are already set: RequestGuard runs before this filter
            PlainPage.write(response, locale, "error.tooLarge");
        }
    }

    /** A body read past its limit. */
    public static final class TooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        TooLargeException(long limit) {
            super("request body over " + limit + " bytes");
        }
    }

    /** The request whose body can be read up to the limit only. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private Counting in;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                in = new Counting(super.getInputStream(), limit);
            }
            return in;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;
        private boolean exceeded;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        private int count(int n) throws IOException {
            if (n > 0) {
                read += n;
                if (read > limit) {
                    exceeded = true;
                    throw new TooLargeException(limit);
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return count(in.read(b, off, len));
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
