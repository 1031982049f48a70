package com.servelink.bootstrap.packaging;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Dockerfile and compose.yaml as files (no Docker engine runs on the test machines): the
 * image's stages, user and entry point, and the two-node setup's services, ports, environment
 * and health checks. The health check's command itself runs against real nodes in
 * {@code ClusterScriptIT}.
 */
class ContainerFilesTest {
    /** The README's small-node flags, which the image must use as they are measured. */
    private static final List<String> SMALL_NODE_FLAGS = List.of("-Xmx192m", "-Xms32m", "-XX:+UseSerialGC",
            "-XX:ReservedCodeCacheSize=48m", "-XX:MaxMetaspaceSize=100m", "-Xss256k", "-XX:MaxDirectMemorySize=16m");

    @Test
    void the_dockerfile_builds_on_a_jdk_and_runs_the_jar_on_a_jre_as_a_non_root_user() {
        List<String> instructions = Dockerfile.instructions(ProjectFiles.read("Dockerfile"));
        List<String> froms = instructions.stream().filter(i -> i.startsWith("FROM ")).toList();
        assertThat(froms).hasSize(2);
        assertThat(froms.get(0)).matches("FROM eclipse-temurin:17-jdk\\S* AS build");
        assertThat(froms.get(1)).matches("FROM eclipse-temurin:17-jre\\S* AS runtime");

        List<String> runtime = instructions.subList(instructions.indexOf(froms.get(1)), instructions.size());
        assertThat(runtime).anyMatch(i -> i.equals("COPY --from=build /src/bootstrap/target/servelink.jar /app/servelink.jar"));
        List<String> users = runtime.stream().filter(i -> i.startsWith("USER ")).toList();
        assertThat(users).hasSize(1);
        assertThat(users.get(0)).isNotIn("USER root", "USER 0");
        assertThat(instructions.get(instructions.size() - 1)).as("the entry point comes last")
                .startsWith("ENTRYPOINT ");
        // the user is switched to before the entry point, and nothing runs as root after it
        assertThat(runtime.indexOf(users.get(0))).isLessThan(runtime.size() - 1);
        assertThat(runtime.subList(runtime.indexOf(users.get(0)), runtime.size())).noneMatch(i -> i.startsWith("RUN "));

        List<String> entrypoint = Dockerfile.execForm(instructions.get(instructions.size() - 1));
        assertThat(entrypoint.get(0)).isEqualTo("java");
        assertThat(entrypoint).containsAll(SMALL_NODE_FLAGS).endsWith("-jar", "/app/servelink.jar");
        assertThat(runtime).anyMatch(i -> i.startsWith("ENV ") && i.contains("SERVELINK_HTTP_HOST=0.0.0.0")
                && i.contains("SERVELINK_HTTP_PORT=8000") && i.contains("MALLOC_ARENA_MAX=2"));
        assertThat(runtime).contains("EXPOSE 8000");
        // the build stage uses the wrapper's pinned Maven
        assertThat(instructions.subList(0, instructions.indexOf(froms.get(1))))
                .anyMatch(i -> i.startsWith("RUN ") && i.contains("./mvnw ") && i.contains(" package"));
    }

    @Test
    void the_readme_names_the_same_small_node_flags_as_the_image() {
        String readme = ProjectFiles.read("README.md");
        assertThat(readme).contains(String.join(" ", SMALL_NODE_FLAGS.subList(0, 3)));
        SMALL_NODE_FLAGS.forEach(flag -> assertThat(readme).contains(flag));
    }

    @Test
    @SuppressWarnings("unchecked")
    void compose_runs_postgres_and_two_nodes_behind_two_ports() {
        Map<String, Object> compose = new Yaml().load(ProjectFiles.read("compose.yaml"));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsOnlyKeys("postgres", "node1", "node2");

        Map<String, Object> postgres = services.get("postgres");
        assertThat((String) postgres.get("image")).startsWith("postgres:");
        assertThat(postgres).as("PostgreSQL is not published").doesNotContainKey("ports");
        assertThat(healthcheck(postgres)).contains("pg_isready");

        for (int n = 1; n <= 2; n++) {
            Map<String, Object> node = services.get("node" + n);
            assertThat(node.get("build")).isEqualTo(".");
            assertThat((List<String>) node.get("ports")).containsExactly((8000 + n) + ":8000");
            Map<String, String> env = (Map<String, String>) node.get("environment");
            assertThat(env.get("SERVELINK_DB_URL")).isEqualTo("jdbc:postgresql://postgres:5432/servelink");
            assertThat(env.get("SERVELINK_DB_USER")).isEqualTo(((Map<String, String>) postgres.get("environment"))
                    .get("POSTGRES_USER"));
            assertThat(env.get("SERVELINK_DB_PASSWORD")).isEqualTo(((Map<String, String>) postgres.get("environment"))
                    .get("POSTGRES_PASSWORD"));
            assertThat(env.get("SERVELINK_PAYMENT_PROVIDER")).isEqualTo("sandbox");
            assertThat(env.get("SERVELINK_PUBLIC_URL")).isEqualTo("http://localhost:" + (8000 + n));
            assertThat(env.get("SERVELINK_ADMIN_TOKEN")).as("required, never a default").startsWith("${SERVELINK_ADMIN_TOKEN:?");
            // each container has its own file system: a generated key file would differ per node
            // and the second could not read the sandbox secret the first stored (decision 109)
            assertThat(env.get("SERVELINK_SECRET_KEY")).as("required, the same on both nodes")
                    .startsWith("${SERVELINK_SECRET_KEY:?");
            assertThat(node.get("mem_limit")).isEqualTo("256m");
            assertThat(healthcheck(node)).contains("/ready");
            Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) node.get("depends_on");
            assertThat(dependsOn.get("postgres")).containsEntry("condition", "service_healthy");
        }
        assertThat(((Map<String, Map<String, String>>) services.get("node2").get("depends_on")).get("node1"))
                .as("node 2 starts once node 1 has migrated the schema").containsEntry("condition", "service_healthy");
    }

    @SuppressWarnings("unchecked")
    static String healthcheck(Map<String, Object> service) {
        Map<String, Object> healthcheck = (Map<String, Object>) service.get("healthcheck");
        assertThat(healthcheck).as("a health check").isNotNull();
        return String.join(" ", (List<String>) healthcheck.get("test"));
    }

    /** The nodes' health check's shell command, as the container's bash receives it. */
    @SuppressWarnings("unchecked")
    static String nodeHealthcheckScript() {
        Map<String, Object> compose = new Yaml().load(ProjectFiles.read("compose.yaml"));
        Map<String, Object> node = ((Map<String, Map<String, Object>>) compose.get("services")).get("node1");
        List<String> test = (List<String>) ((Map<String, Object>) node.get("healthcheck")).get("test");
        assertThat(test.subList(0, 3)).containsExactly("CMD", "bash", "-c");
        return test.get(3).replace("$$", "$"); // compose's escape of a literal $
    }

    /** Just enough of the Dockerfile syntax: comments, line continuations, the exec form. */
    static final class Dockerfile {
        private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

        static List<String> instructions(String text) {
            String joined = Arrays.stream(text.split("\n"))
                    .filter(line -> !line.strip().startsWith("#"))
                    .reduce("", (all, line) -> all + line + "\n")
                    .replaceAll("\\\\\n\\s*", " ");
            return Arrays.stream(joined.split("\n")).map(String::strip).filter(line -> !line.isEmpty())
                    .map(line -> line.replaceAll("\\s+", " ")).toList();
        }

        static List<String> execForm(String instruction) {
            String array = instruction.substring(instruction.indexOf('['), instruction.lastIndexOf(']') + 1);
            Matcher matcher = QUOTED.matcher(array);
            return matcher.results().map(result -> result.group(1)).toList();
        }
    }
}
