package com.servelink.bootstrap.e2e;

import com.servelink.bootstrap.config.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slow and silent clients, on raw sockets, against a server whose timeouts are set short (the
 * defaults are seconds to minutes): a slowloris of 200 connections dripping their request head
 * does not stop normal requests and is cut off by the read timeout; a connection that never
 * sends a request, or stays silent after one, is closed; so is a body that stops arriving.
 */
class SlowClientsTest {
    private static final Duration READ = Duration.ofMillis(1_500);
    private static final Duration IDLE = Duration.ofSeconds(3);
    private static final Duration NO_REQUEST = Duration.ofSeconds(1);
    /** How long past a timeout the server may take to close (its timers are not exact). */
    private static final Duration SLACK = Duration.ofSeconds(3);

    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.h2(Map.of(Configuration.HTTP_READ_TIMEOUT, "PT" + READ.toMillis() / 1000.0 + "S",
                Configuration.HTTP_IDLE_TIMEOUT, "PT3S", Configuration.HTTP_NO_REQUEST_TIMEOUT, "PT1S"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.servelink().port());
        socket.setSoTimeout((int) (IDLE.plus(SLACK).plus(SLACK).toMillis()));
        return socket;
    }

    /** Whether the server closed the connection (end of stream or reset) within {@code within}. */
    private static boolean closedWithin(Socket socket, Duration within) throws IOException {
        long deadline = System.nanoTime() + within.toNanos();
        socket.setSoTimeout((int) Math.max(1, within.toMillis()));
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[4096];
        try {
            while (System.nanoTime() < deadline) {
                if (in.read(buffer) < 0) {
                    return true;
                }
            }
            return false;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Test
    void a_slowloris_of_200_connections_neither_blocks_normal_requests_nor_holds_its_connections() throws Exception {
        assertThat(server.get("/health", null).status()).isEqualTo(200); // the client's own start-up, not timed
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                Socket socket = connect();
                socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            long started = System.nanoTime();
            List<Socket> open = new ArrayList<>(slow);
            int served = 0;
            // keep dripping one header byte per connection every 200 ms, serving a normal request between
            while (Duration.ofNanos(System.nanoTime() - started).compareTo(READ.plus(SLACK)) < 0 && !open.isEmpty()) {
                for (var it = open.iterator(); it.hasNext(); ) {
                    try {
                        OutputStream out = it.next().getOutputStream();
                        out.write('X');
                        out.flush();
                    } catch (IOException closedByTheServer) {
                        it.remove();
                    }
                }
                long before = System.nanoTime();
                assertThat(server.get("/health", null).status()).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - before)).as("a normal request during the attack")
                        .isLessThan(Duration.ofSeconds(3));
                served++;
                Thread.sleep(200);
            }
            assertThat(served).isPositive();
            int closed = 0;
            for (Socket socket : slow) {
                if (closedWithin(socket, Duration.ofMillis(100)) || socket.isClosed()) {
                    closed++;
                }
            }
            assertThat(closed).as("slow connections the server cut off within the read timeout").isEqualTo(200);
            assertThat(server.get("/health", null).status()).isEqualTo(200);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void a_connection_that_never_sends_a_request_is_closed() throws Exception {
        try (Socket silent = connect()) {
            assertThat(closedWithin(silent, NO_REQUEST.plus(SLACK))).isTrue();
        }
    }

    @Test
    void a_kept_alive_connection_left_silent_after_its_answer_is_closed() throws Exception {
        try (Socket socket = connect()) {
            socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] head = new byte[12];
            assertThat(socket.getInputStream().readNBytes(head, 0, 12)).isEqualTo(12);
            assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
            assertThat(closedWithin(socket, NO_REQUEST.plus(SLACK))).isTrue();
        }
    }

    @Test
    void a_body_that_stops_arriving_is_cut_off() throws Exception {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(("POST /api/support/my-team/tickets HTTP/1.1\r\nHost: x\r\n"
                    + "Authorization: Bearer " + server.tokens().member() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"subject\":")
                    .getBytes(StandardCharsets.US_ASCII));
            assertThat(closedWithin(socket, IDLE.plus(SLACK))).isTrue();
        }
    }
}
