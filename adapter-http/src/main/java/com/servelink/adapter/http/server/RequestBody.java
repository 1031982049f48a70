package com.servelink.adapter.http.server;

import java.io.ByteArrayOutputStream;

/**
 * A request body as read by the IO thread before the route runs: its bytes, or the fact that it
 * was over the API's limit. Over the limit, the rest is still read and dropped (up to the
 * server's entity limit) so that the client reads the 413 instead of a reset connection.
 */
record RequestBody(byte[] bytes, boolean tooLarge) {
    static final RequestBody EMPTY = new RequestBody(new byte[0], false);
    static final RequestBody TOO_LARGE = new RequestBody(new byte[0], true);

    /** Collects the chunks of a body, keeping at most {@code limit + 1} bytes. */
    static final class Collector {
        private final int limit;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private boolean over;

        Collector(int limit) {
            this.limit = limit;
        }

        void add(byte[] chunk) {
            if (over) {
                return;
            }
            if (kept.size() + chunk.length > limit) {
                over = true;
                kept.reset();
                return;
            }
            kept.write(chunk, 0, chunk.length);
        }

        RequestBody body() {
            return over ? TOO_LARGE : new RequestBody(kept.toByteArray(), false);
        }
    }
}
