package com.servelink.adapter.http.web;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class LocalPathsTest {
    @Test
    void a_path_on_this_server_is_followed_and_nothing_else() {
        assertThat(LocalPaths.isLocal("/teams/my-team/support?status=open")).isTrue();
        assertThat(LocalPaths.isLocal("/")).isTrue();
        for (String outside : new String[] {null, "", "https://evil.example/", "//evil.example", "/\\evil.example",
                "javascript:alert(1)", "evil.example", "/ok\r\nSet-Cookie: x=y", "/a b", "/" + "a".repeat(2000)}) {
            assertThat(LocalPaths.isLocal(outside)).as(String.valueOf(outside)).isFalse();
            assertThat(LocalPaths.orHome(outside)).isEqualTo("/");
        }
    }

    /** Strings that look like the tricks: slashes, backslashes, schemes, hosts, encodings, blanks. */
    @Provide
    Arbitrary<String> nextValues() {
        Arbitrary<String> tricky = Arbitraries.strings().withChars("/\\:.@%?#aZ09 \t\r\n").ofMaxLength(16);
        return Arbitraries.oneOf(tricky, tricky.map(s -> "/" + s), tricky.map(s -> "//" + s), Arbitraries.strings());
    }

    /** Whatever a client sends, what is followed resolves to this server's origin. */
    @Property(tries = 2000)
    void what_is_followed_never_leaves_the_origin(@ForAll("nextValues") String candidate) {
        if (LocalPaths.isLocal(candidate)) {
            URI base = URI.create("http://localhost:8000/");
            URI resolved;
            try {
                resolved = base.resolve(candidate);
            } catch (IllegalArgumentException notAUri) {
                return; // a browser would not follow it either
            }
            assertThat(resolved.getHost()).isEqualTo("localhost");
            assertThat(resolved.getScheme()).isEqualTo("http");
        }
    }
}
