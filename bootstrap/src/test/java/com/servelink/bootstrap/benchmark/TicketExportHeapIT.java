package com.servelink.bootstrap.benchmark;

import com.servelink.bootstrap.browser.JarServer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ticket export streams with a flat heap (issue 15): the packaged jar, started with
 * {@code -Xmx64m} on PostgreSQL, exports a team's 100,000 tickets (subjects of about 640 bytes,
 * so the CSV is larger than the whole heap) while {@code jstat} samples its heap every 100 ms;
 * the CSV is read back by commons-csv as it arrives, row by row. Figures go to standard output
 * and {@code target/ticket-export-heap.txt} (docs/benchmarks.md). Skipped without PostgreSQL.
 */
class TicketExportHeapIT {
    private static final int TICKETS = 100_000;

    /** Every ticket of {@code my-team}, server-side: no row passes through this JVM or the server's. */
    private static void load(String dbUrl) throws SQLException {
        try (Connection c = DriverManager.getConnection(dbUrl); Statement s = c.createStatement()) {
            String team;
            long user;
            try (ResultSet row = s.executeQuery("select m.team_id, m.user_id from team_membership m join team t"
                    + " on t.id = m.team_id where t.slug = 'my-team' order by m.user_id limit 1")) {
                row.next();
                team = row.getString(1);
                user = row.getLong(2);
            }
            s.execute("""
                    insert into support_ticket (id, team_id, user_id, subject, description, priority, priority_rank,
                        status, category, created_at, updated_at, first_response_due_at, search_text)
                    select 'ticket_bench' || g, '%s', %d,
                           case when g %% 1000 = 0 then '=HYPERLINK(' || g || ')' else 'Ticket ' || g || ' ' end
                               || repeat('déploiement bloqué, ', 30),
                           '', 'normal', 1, 'open', 'technical',
                           now() - g * interval '1 second', now() - g * interval '1 second',
                           now() - g * interval '1 second' + interval '1 hour', 'ticket ' || g
                    from generate_series(1, %d) g""".formatted(team, user, TICKETS));
            s.execute("analyze support_ticket");
        }
    }

    /** Heap in use (survivors, eden, old), in KiB, from {@code jstat -gc}; old generation separately. */
    private record Heap(double usedKb, double oldKb) {
        static Heap of(long pid) {
            try {
                Process jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid)).redirectErrorStream(true).start();
                String[] lines = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim()
                        .split("\n");
                jstat.waitFor();
                String[] names = lines[0].trim().split("\\s+");
                String[] values = lines[1].trim().split("\\s+");
                double used = 0;
                double old = 0;
                for (int i = 0; i < names.length; i++) {
                    switch (names[i]) {
                        case "S0U", "S1U", "EU" -> used += Double.parseDouble(values[i]);
                        case "OU" -> {
                            old = Double.parseDouble(values[i]);
                            used += old;
                        }
                        default -> {
                        }
                    }
                }
                return new Heap(used, old);
            } catch (IOException e) {
                throw new IllegalStateException("jstat failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Heap afterFullGc(long pid) throws IOException, InterruptedException {
        new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true).start().waitFor();
        return Heap.of(pid);
    }

    @Test
    void a_hundred_thousand_tickets_stream_through_a_64_mb_heap() throws Exception {
        try (JarServer server = JarServer.postgres("64m")) {
            long started = System.nanoTime();
            load(server.dbUrl());
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            long pid = server.pid();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                            + "/api/support/my-team/tickets/export.csv"))
                    .header("Authorization", "Bearer " + server.memberToken()).timeout(Duration.ofMinutes(5)).build();
            // a first export warms the code paths up; the second is measured
            client.send(request, HttpResponse.BodyHandlers.discarding());
            Heap before = afterFullGc(pid);

            AtomicLong peakKb = new AtomicLong();
            AtomicLong samples = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peakKb.accumulateAndGet((long) Heap.of(pid).usedKb(), Math::max);
                    samples.incrementAndGet();
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "jstat-sampler");
            long exportStart = System.nanoTime();
            sampler.start();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
            AtomicLong bytes = new AtomicLong();
            long rows = 0;
            long neutralised = 0;
            java.time.Instant previousCreated = null;
            try (InputStream counted = new FilterInputStream(response.body()) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        bytes.addAndGet(n);
                    }
                    return n;
                }
            }; CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(counted, StandardCharsets.UTF_8))) {
                for (CSVRecord row : parser) {
                    rows++;
                    if (row.get("subject").startsWith("'=HYPERLINK(")) {
                        neutralised++;
                    }
                    java.time.Instant created = java.time.Instant.parse(row.get("created_at"));
                    if (previousCreated != null) {
                        assertThat(created).as("newest first").isBeforeOrEqualTo(previousCreated);
                    }
                    previousCreated = created;
                }
            }
            double exportSeconds = (System.nanoTime() - exportStart) / 1e9;
            sampler.interrupt();
            sampler.join();
            Heap after = afterFullGc(pid);

            String figures = String.format(java.util.Locale.ROOT,
                    "tickets=%d bytes=%d export_s=%.2f load_s=%.1f heap_after_gc_before_kb=%.0f old_before_kb=%.0f"
                            + " peak_used_kb=%d samples=%d heap_after_gc_after_kb=%.0f old_after_kb=%.0f",
                    rows, bytes.get(), exportSeconds, loadSeconds, before.usedKb(), before.oldKb(), peakKb.get(),
                    samples.get(), after.usedKb(), after.oldKb());
            System.out.println("TicketExportHeapIT " + figures);
            Files.writeString(Path.of("target", "ticket-export-heap.txt"), figures + "\n");

            assertThat(rows).isEqualTo(TICKETS);
            assertThat(neutralised).isEqualTo(TICKETS / 1000);
            assertThat(bytes.get()).as("the CSV is larger than the server's whole heap").isGreaterThan(64L << 20);
            // what stays after the export: no more than a few MB over what was there before
            assertThat(after.oldKb() - before.oldKb()).as("old generation growth, KiB").isLessThan(8 * 1024);
        }
    }
}
