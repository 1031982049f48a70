package com.servelink.bootstrap.packaging;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The repository's own files (poms, scripts, container files), read from the project root. */
final class ProjectFiles {
    private ProjectFiles() {
    }

    /** The root: the directory above bootstrap, where the tests run, holding the parent pom. */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("bootstrap"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no project root above " + here);
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    static String read(String relative) {
        try {
            return Files.readString(path(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Element pom(String relative) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(path(relative).toFile());
            return document.getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException(relative, e);
        }
    }

    /** The text of the first direct child of that name, or null. */
    static String child(Element parent, String name) {
        for (Element element : children(parent, name)) {
            return element.getTextContent().trim();
        }
        return null;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    /** The parent pom's modules, in build order. */
    static List<String> modules() {
        return children(children(pom("pom.xml"), "modules").get(0), "module").stream()
                .map(module -> module.getTextContent().trim()).toList();
    }

    static String version() {
        return child(pom("pom.xml"), "version");
    }
}
