package org.chancery.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first handler of every request: refuses a query string or a body over the {@link RequestLimit}
 * (413), and reads every other body whole before any handler answers.
 *
 * <p>Why read first: a handler that refuses a request (a write to a read-only server, a wrong
 * password) answers without reading its body. Jetty must then either read the rest itself or close
 * the connection, and when the body has not all arrived yet it closes it, at times after the answer
 * has gone out as a kept-alive one; a client that sends its next request on that connection (the JDK's
 * HttpClient, curl, a browser) then meets a closed socket. A body read before the answer leaves the
 * connection clean whatever the answer. Bodies the limit does not bound (Graph Store writes of
 * {@code --allow-update}, which may be large) are streamed as before.
 */
final class RequestBounds extends Handler.Wrapper {
    private final RequestLimit limit;
    private final Predicate<Request> streamed;

    /** {@code streamed}: the requests whose bodies pass unread and unbounded. */
    RequestBounds(Handler handler, RequestLimit limit, Predicate<Request> streamed) {
        super(handler);
        this.limit = limit;
        this.streamed = streamed;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength(); // -1: chunked, or no body
        boolean body = length > 0 || (length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING));
        String query = request.getHttpURI().getQuery();
        if (query != null && query.length() > limit.bytes()) {
            return refuse(response, callback, body, "the query string holds " + query.length() + " characters");
        }
        if (!body || streamed.test(request)) return super.handle(request, response, callback);
        if (length > limit.bytes()) return refuse(response, callback, true, "the body holds " + length + " bytes");
        new BodyReader(request, response, callback).run();
        return true;
    }

    /** 413; a body left unread closes the connection, said in the answer (Connection: close), so no client reuses it. */
    private boolean refuse(Response response, Callback callback, boolean unreadBody, String what) {
        response.setStatus(413);
        if (unreadBody) response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        String text = "Request too large: " + what + "; this server takes at most " + limit.describe()
                + " (chancery:requestLimit in fuseki-config/chancery.ttl).\n";
        response.write(true, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    /** Reads the body without blocking a thread, then hands the request on with the body it read. */
    private final class BodyReader implements Runnable {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        BodyReader(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
        }

        @Override
        public void run() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    Response.writeError(request, response, callback, chunk.getFailure());
                    return;
                }
                ByteBuffer b = chunk.getByteBuffer();
                boolean last = chunk.isLast();
                if (bytes.size() + b.remaining() > limit.bytes()) {
                    chunk.release();
                    refuse(response, callback, !last, "the body holds more than " + limit.bytes() + " bytes");
                    return;
                }
                byte[] copy = new byte[b.remaining()];
                b.get(copy);
                bytes.write(copy, 0, copy.length);
                chunk.release();
                if (last) {
                    pass();
                    return;
                }
            }
        }

        private void pass() {
            Request read = new Request.Wrapper(request) {
                private final Content.Source content = Content.Source.from(ByteBuffer.wrap(bytes.toByteArray()));

                @Override
                public Content.Chunk read() {
                    return content.read();
                }

                @Override
                public void demand(Runnable demandCallback) {
                    content.demand(demandCallback);
                }

                @Override
                public void fail(Throwable failure) {
                    content.fail(failure);
                }
            };
            try {
                if (!RequestBounds.super.handle(read, response, callback)) Response.writeError(read, response, callback, 404);
            } catch (Throwable t) {
                Response.writeError(read, response, callback, t);
            }
        }
    }
}
