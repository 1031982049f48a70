package com.servelink.bootstrap.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jars a library user gets, as the build packaged them (an IT: it runs after every module's
 * {@code package}): each with its {@code Automatic-Module-Name}, equal to its package root, and a
 * sources and a javadoc jar beside it.
 */
class LibraryJarsIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "domain, com.servelink.domain, com/servelink/domain/shared/Money",
            "application, com.servelink.application, com/servelink/application/service/support/CreateTicketService",
            "adapter-persistence, com.servelink.adapter.persistence, com/servelink/adapter/persistence/config/Database",
            "adapter-http, com.servelink.adapter.http, com/servelink/adapter/http/server/HttpServer",
            "adapter-scheduler, com.servelink.adapter.scheduler, com/servelink/adapter/scheduler/QuartzScheduler",
            "adapter-mail, com.servelink.adapter.mail, com/servelink/adapter/mail/SmtpNotificationMailer",
    })
    void a_library_module_ships_a_named_jar_with_its_sources_and_javadoc(String module, String name, String type)
            throws IOException {
        assertThat(ProjectFiles.modules()).contains(module);
        Path target = ProjectFiles.path(module).resolve("target");
        String base = module + "-" + ProjectFiles.version();

        try (JarFile jar = new JarFile(target.resolve(base + ".jar").toFile())) {
            String moduleName = jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
            assertThat(moduleName).isEqualTo(name);
            assertThat(ModuleDescriptor.newAutomaticModule(moduleName).build().name()).isEqualTo(name);
            assertThat(jar.getEntry(type + ".class")).as("the module name is the jar's package root").isNotNull();
            // no package outside the root, so no split package on a module path; the one
            // exception is JTE's precompiled templates, in JTE's own package of generated classes
            assertThat(jar.stream().filter(e -> e.getName().endsWith(".class")))
                    .allMatch(e -> e.getName().startsWith(name.replace('.', '/') + "/")
                            || e.getName().startsWith("gg/jte/generated/precompiled/") && module.equals("adapter-http"));
        }
        try (JarFile sources = new JarFile(target.resolve(base + "-sources.jar").toFile())) {
            assertThat(sources.getEntry(type + ".java")).isNotNull();
        }
        try (JarFile javadoc = new JarFile(target.resolve(base + "-javadoc.jar").toFile())) {
            assertThat(javadoc.stream().map(e -> e.getName()))
                    .anyMatch(entry -> entry.endsWith("index.html"))
                    .anyMatch(entry -> entry.endsWith(type + ".html"));
        }
    }

    @Test
    void the_application_jar_is_named_as_a_module_too() throws IOException {
        Path jar = Path.of(System.getProperty("servelink.jar", "target/servelink.jar"));
        assertThat(Files.exists(jar)).isTrue();
        try (JarFile runnable = new JarFile(jar.toFile())) {
            assertThat(runnable.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
                    .isEqualTo("com.servelink.bootstrap");
        }
    }
}
