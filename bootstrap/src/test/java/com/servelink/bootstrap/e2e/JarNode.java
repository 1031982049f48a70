package com.servelink.bootstrap.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built jar started as its own process, as an operator starts it, for the tests that kill
 * it with SIGKILL: no inherited {@code SERVELINK_*} variable, only {@code env}; returned once it
 * listens, with its output lines (collected as they come).
 */
record JarNode(Process process, List<String> lines) {
    static JarNode start(Path workDir, Map<String, String> env) throws IOException {
        Path jar = Path.of(System.getProperty("servelink.jar", "target/servelink.jar")).toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m", "-jar", jar.toString()).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("SERVELINK_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        List<String> lines = ProcessLines.of(process).lines();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines.stream().noneMatch(l -> l.contains("Servelink listening"))) {
            assertThat(process.isAlive()).as("server exited early: %s", lines).isTrue();
            assertThat(System.nanoTime()).as("no start-up line within 60 s: %s", lines).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return new JarNode(process, lines);
    }
}
