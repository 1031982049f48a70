package com.servelink.adapter.http.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a redirect may go: only a path on this server. {@code //evil.example}, {@code /\evil},
 * absolute URLs and control characters are not local and are replaced by {@code /}.
 */
public final class LocalPaths {
    private static final int MAX_LENGTH = 2000;

    private LocalPaths() {
    }

    public static boolean isLocal(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || path.charAt(0) != '/') {
            return false;
        }
        if (path.length() > 1 && (path.charAt(1) == '/' || path.charAt(1) == '\\')) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '\\') {
                return false;
            }
        }
        return true;
    }

    public static String orHome(String path) {
        return isLocal(path) ? path : "/";
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
