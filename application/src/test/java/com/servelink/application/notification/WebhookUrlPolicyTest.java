package com.servelink.application.notification;

import com.servelink.application.port.out.HostResolver;
import com.servelink.application.service.notification.WebhookUrlPolicy;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SSRF guard: every internal address form is refused, public ones pass, the operator's switches work. */
class WebhookUrlPolicyTest {
    /** Names resolve as in this map; literals as the JDK parses them (no DNS is asked). */
    private static final HostResolver RESOLVER = host -> {
        Map<String, String> names = Map.of("localhost", "127.0.0.1", "hooks.example.com", "93.184.216.34",
                "rebind.example.com", "10.1.2.3", "metadata.example.com", "169.254.169.254",
                "six.example.com", "2606:4700::1111");
        String address = names.get(host);
        if (address == null && !host.matches("[0-9a-fA-F:.]+")) {
            throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByName(address == null ? host : address));
    };
    private final WebhookUrlPolicy strict = new WebhookUrlPolicy(RESOLVER, false, false);

    @ParameterizedTest
    @ValueSource(strings = {
            "https://127.0.0.1/", "https://127.8.9.10:8443/x", "https://localhost/hook", "https://0.0.0.0/",
            "https://10.0.0.1/", "https://172.16.5.4/", "https://172.31.255.255/", "https://192.168.1.1/",
            "https://169.254.169.254/latest/meta-data/", "https://metadata.example.com/", "https://100.64.0.1/",
            "https://100.127.255.254/", "https://224.0.0.1/", "https://255.255.255.255/", "https://rebind.example.com/",
            "https://[::1]/", "https://[::]/", "https://[fc00::1]/", "https://[fd12:3456::1]/", "https://[fe80::1]/",
            "https://[ff02::1]/", "https://[::ffff:127.0.0.1]/", "https://[::ffff:10.0.0.1]/",
            "https://[::ffff:a9fe:a9fe]/", "https://[64:ff9b::a9fe:a9fe]/", "https://[2002:7f00:1::]/",
            "https://2130706433/", "https://0177.0.0.1/", "https://0x7f.0.0.1/", "https://0x7f000001/",
            "https://127.1/", "https://017700000001/", "https://127.0.0.1./"})
    void internal_addresses_are_refused_naming_the_url(String url) {
        assertThat(strict.refusal(url)).as(url).isPresent();
        assertThatThrownBy(() -> strict.requireCallable(url)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("url"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.example.com/servelink", "https://93.184.216.34:8443/",
            "https://six.example.com/", "https://[2606:4700::1111]/"})
    void public_addresses_pass(String url) {
        assertThat(strict.refusal(url)).as(url).isEmpty();
    }

    @Test
    void http_is_refused_unless_the_operator_allows_it() {
        assertThat(strict.refusal("http://hooks.example.com/")).contains("must be an https URL");
        assertThat(new WebhookUrlPolicy(RESOLVER, true, false).refusal("http://hooks.example.com/")).isEmpty();
        assertThat(new WebhookUrlPolicy(RESOLVER, true, false).refusal("ftp://hooks.example.com/")).isPresent();
    }

    @Test
    void private_addresses_pass_only_when_the_operator_allows_them() {
        WebhookUrlPolicy lenient = new WebhookUrlPolicy(RESOLVER, true, true);
        assertThat(lenient.refusal("http://127.0.0.1:8080/hook")).isEmpty();
        assertThat(lenient.refusal("https://localhost/")).isEmpty();
    }

    @Test
    void a_name_that_does_not_resolve_is_refused() {
        assertThat(strict.refusal("https://nowhere.invalid/")).hasValueSatisfying(
                reason -> assertThat(reason).contains("does not resolve"));
    }

    @Test
    void the_refusal_says_what_the_name_resolves_to() {
        assertThat(strict.refusal("https://localhost/")).hasValueSatisfying(
                reason -> assertThat(reason).contains("loopback").contains("127.0.0.1"));
    }
}
