package com.servelink.adapter.http.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the route of a method and a path in a tree of path segments. A literal segment wins over
 * a parameter at the same place ({@code /api/payments/webhooks/{provider}} before
 * {@code /api/payments/{team_slug}/{payment_id}}); when the literal branch has no route for the
 * method, the parameter branch is tried. A parameter matches one whole, non-empty segment (an
 * empty segment finds no route); one trailing slash is ignored on every path.
 *
 * <p>Written for the request path: it reads the path in place and allocates only the parameter
 * values, where Undertow's template matcher cut a substring per template length and filled a map
 * per candidate on every request (7 % of the CPU samples of a limits request).
 */
final class RouteTable {
    /** The outcome of a look-up. */
    sealed interface Lookup permits Found, WrongMethod, NotFound {
    }

    /** A route and its path parameters by name. */
    record Found(Route route, Map<String, String> parameters) implements Lookup {
    }

    /** The path exists, but not for this method: a 405 listing what is allowed. */
    record WrongMethod(Set<String> allowed) implements Lookup {
    }

    /** No route has this path. */
    record NotFound() implements Lookup {
    }

    private static final NotFound NOT_FOUND = new NotFound();

    private final Node root = new Node();
    /** The most parameters of one route: the size of the values array a look-up fills. */
    private int maxParameters;

    RouteTable(List<Route> routes) {
        for (Route route : routes) {
            add(route);
        }
    }

    private void add(Route route) {
        String template = route.template();
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a route template starts with /: " + template);
        }
        Node node = root;
        List<String> names = new ArrayList<>();
        for (String segment : segments(template)) {
            if (segment.isEmpty()) {
                throw new IllegalArgumentException("empty segment in route template " + template);
            }
            if (segment.startsWith("{") && segment.endsWith("}")) {
                String name = segment.substring(1, segment.length() - 1);
                if (name.isEmpty() || names.contains(name)) {
                    throw new IllegalArgumentException("bad or repeated parameter {" + name + "} in " + template);
                }
                names.add(name);
                if (node.parameter == null) {
                    node.parameter = new Node();
                }
                node = node.parameter;
            } else if (segment.indexOf('{') >= 0 || segment.indexOf('}') >= 0) {
                throw new IllegalArgumentException("a parameter is a whole segment: " + template);
            } else {
                node = node.literal(segment);
            }
        }
        maxParameters = Math.max(maxParameters, names.size());
        if (node.routes.putIfAbsent(route.method(), new Leaf(route, names.toArray(String[]::new))) != null) {
            throw new IllegalArgumentException("two routes for " + route.method() + " " + template);
        }
    }

    private static String[] segments(String template) {
        return template.equals("/") ? new String[0] : template.substring(1).split("/", -1);
    }

    Lookup find(String method, String path) {
        if (path.isEmpty() || path.charAt(0) != '/') {
            return NOT_FOUND;
        }
        int limit = path.length() > 1 && path.charAt(path.length() - 1) == '/' ? path.length() - 1 : path.length();
        String[] values = new String[maxParameters];
        Node node = match(root, path, limit, 1, values, 0, method);
        if (node != null) {
            Leaf leaf = node.routes.get(method);
            return new Found(leaf.route, leaf.parameters(values));
        }
        node = match(root, path, limit, 1, values, 0, null);
        return node == null ? NOT_FOUND : new WrongMethod(new TreeSet<>(node.routes.keySet()));
    }

    /**
     * The node of the path's last segment that has a route for {@code method} (any method when
     * null), literals tried before the parameter; the path is read up to {@code limit}, from
     * {@code from}, the index after a slash.
     */
    private static Node match(Node node, String path, int limit, int from, String[] values, int count,
                              String method) {
        if (from > limit || limit == 1) { // the whole path is consumed, or it is "/" itself
            boolean routed = method == null ? !node.routes.isEmpty() : node.routes.containsKey(method);
            return routed ? node : null;
        }
        int end = path.indexOf('/', from);
        if (end < 0 || end > limit) {
            end = limit;
        }
        int length = end - from;
        for (int i = 0; i < node.literalNames.length; i++) {
            String literal = node.literalNames[i];
            if (literal.length() == length && path.regionMatches(from, literal, 0, length)) {
                Node found = match(node.literalNodes[i], path, limit, end + 1, values, count, method);
                if (found != null) {
                    return found;
                }
                break;
            }
        }
        if (node.parameter != null && length > 0 && count < values.length) {
            Node found = match(node.parameter, path, limit, end + 1, values, count + 1, method);
            if (found != null) {
                values[count] = path.substring(from, end);
                return found;
            }
        }
        return null;
    }

    private static final class Node {
        private String[] literalNames = new String[0];
        private Node[] literalNodes = new Node[0];
        private Node parameter;
        private final Map<String, Leaf> routes = new HashMap<>(4);

        Node literal(String name) {
            for (int i = 0; i < literalNames.length; i++) {
                if (literalNames[i].equals(name)) {
                    return literalNodes[i];
                }
            }
            Node child = new Node();
            literalNames = Arrays.copyOf(literalNames, literalNames.length + 1);
            literalNodes = Arrays.copyOf(literalNodes, literalNodes.length + 1);
            literalNames[literalNames.length - 1] = name;
            literalNodes[literalNodes.length - 1] = child;
            return child;
        }
    }

    private record Leaf(Route route, String[] names) {
        Map<String, String> parameters(String[] values) {
            switch (names.length) {
                case 0:
                    return Map.of();
                case 1:
                    return Map.of(names[0], values[0]);
                case 2:
                    return Map.of(names[0], values[0], names[1], values[1]);
                default:
                    Map<String, String> parameters = new LinkedHashMap<>();
                    for (int i = 0; i < names.length; i++) {
                        parameters.put(names[i], values[i]);
                    }
                    return parameters;
            }
        }
    }
}
