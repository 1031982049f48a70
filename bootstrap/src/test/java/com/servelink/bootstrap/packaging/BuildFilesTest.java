package com.servelink.bootstrap.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a fresh machine and a library user rely on: the wrapper's pinned Maven, the README's
 * commands that {@code .ci/run} runs, the JDK check it uses, the BOM, the license and the
 * build's enforced requirements.
 */
class BuildFilesTest {

    @Test
    void the_wrapper_pins_a_maven_3_9_release_and_is_executable() throws IOException {
        Properties wrapper = new Properties();
        wrapper.load(new StringReader(ProjectFiles.read(".mvn/wrapper/maven-wrapper.properties")));
        assertThat(wrapper.getProperty("distributionUrl"))
                .matches("https://repo\\.maven\\.apache\\.org/maven2/org/apache/maven/apache-maven/"
                        + "(3\\.9\\.\\d+)/apache-maven-\\1-bin\\.zip");
        assertThat(Files.isExecutable(ProjectFiles.path("mvnw"))).isTrue();
    }

    @Test
    void ci_runs_the_readme_commands_through_the_wrapper() {
        List<String> commands = readmeCommands();
        assertThat(commands).hasSize(2);
        assertThat(commands.get(0)).isEqualTo("./mvnw -B -q -DskipTests package && java -jar bootstrap/target/servelink.jar");
        assertThat(commands.get(1)).startsWith("./mvnw ");
        String ci = ProjectFiles.read(".ci/run");
        assertThat(ci.strip()).endsWith("\n" + commands.get(1));
        assertThat(ci).as("Maven comes from the wrapper").doesNotContain("apt_install maven");
    }

    /** The README's first indented commands, before its first rule. */
    private static List<String> readmeCommands() {
        String head = ProjectFiles.read("README.md").split("\n---\n", 2)[0];
        Matcher matcher = Pattern.compile("(?m)^    (\\S.*)$").matcher(head);
        return matcher.results().map(result -> result.group(1).strip()).toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "'javac 17.0.15', true",
            "'javac 21.0.2', true",
            "'javac 25-ea', true",
            "'javac 17', true",
            "'javac 11.0.22', false",
            "'javac 1.8.0_392', false",
            "'bash: javac: command not found', false",
            "'', false",
    })
    void ci_accepts_java_17_or_newer(String javacVersion, boolean accepted) throws Exception {
        Process check = new ProcessBuilder("bash", ProjectFiles.path(".ci/jdk-ok").toString(), javacVersion)
                .redirectErrorStream(true).start();
        assertThat(check.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue() == 0).isEqualTo(accepted);
    }

    @Test
    void the_bom_lists_every_library_module_at_the_parent_version() {
        Element bom = ProjectFiles.pom("bom/pom.xml");
        assertThat(ProjectFiles.children(bom, "parent")).as("no third-party pins leak in").isEmpty();
        assertThat(ProjectFiles.child(bom, "groupId")).isEqualTo("com.servelink");
        assertThat(ProjectFiles.child(bom, "version")).isEqualTo(ProjectFiles.version());
        assertThat(ProjectFiles.child(bom, "packaging")).isEqualTo("pom");
        Element managed = ProjectFiles.children(ProjectFiles.children(bom, "dependencyManagement").get(0),
                "dependencies").get(0);
        List<Element> dependencies = ProjectFiles.children(managed, "dependency");
        assertThat(dependencies).allSatisfy(dependency -> {
            assertThat(ProjectFiles.child(dependency, "groupId")).isEqualTo("com.servelink");
            assertThat(ProjectFiles.child(dependency, "version")).isEqualTo(ProjectFiles.version());
        });
        List<String> libraries = ProjectFiles.modules().stream()
                .filter(module -> !module.equals("bootstrap") && !module.equals("bom")).toList();
        assertThat(dependencies.stream().filter(d -> ProjectFiles.children(d, "type").isEmpty())
                .map(d -> ProjectFiles.child(d, "artifactId")))
                .containsExactlyElementsOf(libraries);
        // the one test-jar embedders need: the in-memory twins of every port (issue 19)
        assertThat(dependencies.stream().filter(d -> !ProjectFiles.children(d, "type").isEmpty())
                .map(d -> ProjectFiles.child(d, "artifactId") + ":" + ProjectFiles.child(d, "type")))
                .containsExactly("application:test-jar");
        assertThat(ProjectFiles.modules()).contains("bom");
    }

    @Test
    void the_project_is_apache_2_licensed_in_the_poms_and_the_license_file() {
        assertThat(ProjectFiles.read("LICENSE")).contains("Apache License").contains("Version 2.0, January 2004");
        for (String pom : List.of("pom.xml", "bom/pom.xml")) {
            Element licenses = ProjectFiles.children(ProjectFiles.pom(pom), "licenses").get(0);
            assertThat(ProjectFiles.child(ProjectFiles.children(licenses, "license").get(0), "name"))
                    .isEqualTo("Apache-2.0");
        }
    }

    @Test
    void the_build_enforces_java_17_maven_3_8_and_dependency_convergence() {
        String parent = ProjectFiles.read("pom.xml");
        Matcher enforcer = Pattern.compile("<artifactId>maven-enforcer-plugin</artifactId>\\s*<executions>(.*?)</executions>",
                Pattern.DOTALL).matcher(parent);
        assertThat(enforcer.find()).as("the enforcer runs in the build, not only in pluginManagement").isTrue();
        assertThat(enforcer.group(1).replaceAll("\\s+", ""))
                .contains("<requireJavaVersion><version>[17,)</version></requireJavaVersion>")
                .contains("<requireMavenVersion><version>[3.8,)</version></requireMavenVersion>")
                .contains("<dependencyConvergence/>");
    }
}
