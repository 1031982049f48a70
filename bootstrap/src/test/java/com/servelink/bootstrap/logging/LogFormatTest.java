package com.servelink.bootstrap.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusUtil;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production logback.xml (not the tests' logback-test.xml), configured as the jar would
 * be: {@code SERVELINK_LOG_FORMAT} (read as a system property here, as logback reads either)
 * picks one JSON object a line or the text pattern; both carry the request id.
 */
class LogFormatTest {
    private static final String VARIABLE = "SERVELINK_LOG_FORMAT";
    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

    @AfterEach
    void restoreTheTestConfiguration() throws Exception {
        System.clearProperty(VARIABLE);
        configure("logback-test.xml");
    }

    private void configure(String resource) throws Exception {
        URL url = getClass().getClassLoader().getResource(resource);
        assertThat(url).as(resource).isNotNull();
        context.reset();
        context.getStatusManager().clear();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(url);
        // a warning makes logback print its whole status at start: lines that are not JSON
        assertThat(new StatusUtil(context).getHighestLevel(0)).as(resource + " configures without a warning")
                .isLessThan(Status.WARN);
    }

    /** What the production configuration prints for one request's line, with the request id in the MDC. */
    private List<String> printed(String format) throws Exception {
        if (format != null) {
            System.setProperty(VARIABLE, format);
        }
        PrintStream console = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            configure("logback.xml");
            MDC.put("request_id", "req-42");
            try {
                LoggerFactory.getLogger("servelink.access").atInfo().addKeyValue("status", 200)
                        .log("GET {} 200 1.5 ms", "/api/resources/{team_slug}/limits");
                LoggerFactory.getLogger("com.servelink.Example").debug("below the level: not printed");
            } finally {
                MDC.remove("request_id");
            }
        } finally {
            System.setOut(console);
        }
        return out.toString(StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
    }

    @Test
    void json_prints_one_object_a_line_with_level_logger_message_and_request_id() throws Exception {
        List<String> lines = printed("json");

        assertThat(lines).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        assertThat(line.path("level").asText()).isEqualTo("INFO");
        assertThat(line.path("loggerName").asText()).isEqualTo("servelink.access");
        assertThat(line.path("formattedMessage").asText()).isEqualTo("GET /api/resources/{team_slug}/limits 200 1.5 ms");
        assertThat(line.path("mdc").path("request_id").asText()).isEqualTo("req-42");
        assertThat(line.path("kvpList").toString()).contains("status", "200");
        assertThat(line.path("timestamp").asLong()).isPositive();
    }

    @Test
    void text_is_the_default_and_shows_the_request_id() throws Exception {
        List<String> lines = printed(null);

        assertThat(lines).singleElement().asString()
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO  servelink.access \\[req-42] - "
                        + "GET /api/resources/\\{team_slug}/limits 200 1.5 ms");
    }
}
