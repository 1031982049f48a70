package com.servelink.application.embedding;

import com.servelink.application.inmemory.InMemoryTicketRepository;
import com.servelink.application.service.support.CreateTicketService;
import com.servelink.domain.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's embedding example, taken from the README's own text ("Embedding the core", its
 * java block), compiled against the domain and application modules and the application's test-jar
 * of in-memory twins alone (no third-party class) and run: the two cannot drift.
 */
class EmbeddingExampleTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path work;

    @Test
    void the_readme_example_compiles_against_the_library_modules_and_runs() throws Exception {
        String source = readmeExample();
        assertThat(source).contains("public class EmbeddingExample");
        Path file = work.resolve("src/EmbeddingExample.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(work.resolve("classes"));

        // the two library jars and the test-jar of the in-memory twins (issue 19: not in the core jar)
        List<Path> library = List.of(codeSource(Money.class), codeSource(CreateTicketService.class),
                codeSource(InMemoryTicketRepository.class));
        compile(file, classes, library);

        String printed = run(classes, library);
        assertThat(printed.strip()).matches("ticket_[0-9A-Za-z]+ HIGH");
    }

    private static String readmeExample() throws IOException {
        String readme = Files.readString(readme(), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Embedding the core"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        Matcher matcher = JAVA_BLOCK.matcher(section);
        assertThat(matcher.find()).as("a java block in the README's embedding section").isTrue();
        return matcher.group(1);
    }

    private static Path readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("application"))) {
                return dir.resolve("README.md");
            }
        }
        throw new IllegalStateException("no README.md above " + Path.of("").toAbsolutePath());
    }

    /** The jar or classes directory a type was loaded from: the module's own output. */
    private static Path codeSource(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static void compile(Path source, Path classes, List<Path> classpath) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            String path = String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList());
            boolean compiled = compiler.getTask(null, files, diagnostics,
                    List.of("--release", "17", "-classpath", path, "-d", classes.toString(), "-Xlint:all", "-Werror"),
                    null, files.getJavaFileObjects(source)).call();
            assertThat(compiled).as("the README's example compiles: %s", diagnostics.getDiagnostics()).isTrue();
        }
    }

    /** Runs main in a loader that sees the library and the JDK only, and returns what it printed. */
    private static String run(Path classes, List<Path> library) throws Exception {
        URL[] urls = new URL[library.size() + 1];
        urls[0] = classes.toUri().toURL();
        for (int i = 0; i < library.size(); i++) {
            urls[i + 1] = library.get(i).toUri().toURL();
        }
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            Method main = loader.loadClass("EmbeddingExample").getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(console);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
