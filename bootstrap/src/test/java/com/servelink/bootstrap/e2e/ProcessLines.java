package com.servelink.bootstrap.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The output of a jar a test started as a process, line by line as it comes (read by a daemon
 * thread until the process ends), for tests that wait on or read its log.
 */
final class ProcessLines {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private ProcessLines(Process process) {
        reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    static ProcessLines of(Process process) {
        return new ProcessLines(process);
    }

    /** The lines so far; the list grows while the process writes. */
    List<String> lines() {
        return lines;
    }

    /** After the process ended: waits until every line it printed has been read. */
    void awaitEnd(long millis) throws InterruptedException {
        reader.join(millis);
    }

    /** A port free now, for a process to listen on. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
