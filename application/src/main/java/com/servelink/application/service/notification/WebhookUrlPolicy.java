package com.servelink.application.service.notification;

import com.servelink.application.port.out.HostResolver;
import com.servelink.domain.shared.DomainException;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SSRF guard of webhook URLs, checked when an endpoint is created and again before each
 * delivery (a name may resolve elsewhere since): https only, unless the operator allows http;
 * and no address of the platform's own network, unless the operator allows private addresses.
 * Refused: loopback, unspecified, RFC 1918 and unique-local (fc00::/7), link-local (169.254/16
 * with the cloud metadata address, fe80::/10), CGNAT (100.64/10), multicast, broadcast and the
 * other reserved IPv4 blocks, including IPv4 addresses embedded in IPv6 (mapped, compatible,
 * NAT64, 6to4). A numeric host must be a plain dotted quad: decimal, octal or hexadecimal forms
 * ({@code 2130706433}, {@code 0177.0.0.1}) are refused outright, whatever a resolver makes of them.
 */
public final class WebhookUrlPolicy {
    private static final Pattern NUMERIC_LABEL = Pattern.compile("(?i)[0-9]+|0x[0-9a-f]*");
    private static final Pattern DOTTED_QUAD =
            Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");

    private final HostResolver resolver;
    private final boolean allowHttp;
    private final boolean allowPrivate;

    public WebhookUrlPolicy(HostResolver resolver, boolean allowHttp, boolean allowPrivate) {
        this.resolver = resolver;
        this.allowHttp = allowHttp;
        this.allowPrivate = allowPrivate;
    }

    /** Refuses the URL (422 naming {@code url}) unless it may be called. */
    public void requireCallable(String url) {
        refusal(url).ifPresent(reason -> {
            throw DomainException.invalidField("url", reason);
        });
    }

    /** Why the URL may not be called now, if it may not. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            return Optional.of(allowHttp ? "must be an http or https URL" : "must be an https URL");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("must name a host");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        boolean literal6 = host.startsWith("[");
        String bare = literal6 ? host.substring(1, host.length() - 1) : host;
        if (!literal6 && numeric(bare) && !DOTTED_QUAD.matcher(bare).matches()) {
            return Optional.of("must write a numeric host as four decimal numbers (a.b.c.d)");
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve: " + bare);
        }
        if (addresses.isEmpty()) {
            return Optional.of("names a host that does not resolve: " + bare);
        }
        for (InetAddress address : addresses) {
            Optional<String> forbidden = forbidden(address);
            if (forbidden.isPresent()) {
                return Optional.of("must not point to " + forbidden.get() + " (" + bare + " resolves to "
                        + address.getHostAddress() + ")");
            }
        }
        return Optional.empty();
    }

    /** Whether every label is a number (decimal, octal or 0x-hexadecimal): an IPv4 address in some form. */
    private static boolean numeric(String host) {
        String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        for (String label : trimmed.split("\\.", -1)) {
            if (!NUMERIC_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Which kind of internal address this is, if it is one. */
    static Optional<String> forbidden(InetAddress address) {
        if (address instanceof Inet6Address six) {
            byte[] b = six.getAddress();
            Optional<byte[]> embedded = embeddedIpv4(b);
            if (embedded.isPresent()) {
                return forbidden4(embedded.get());
            }
            if (address.isLoopbackAddress()) {
                return Optional.of("a loopback address");
            }
            if (address.isAnyLocalAddress()) {
                return Optional.of("the unspecified address");
            }
            if (address.isLinkLocalAddress() || address.isSiteLocalAddress()) {
                return Optional.of("a link-local address");
            }
            if ((b[0] & 0xfe) == 0xfc) {
                return Optional.of("a private address (fc00::/7)");
            }
            if (address.isMulticastAddress()) {
                return Optional.of("a multicast address");
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8) {
                return Optional.of("a documentation address (2001:db8::/32)");
            }
            return Optional.empty();
        }
        return forbidden4(address.getAddress());
    }

    private static Optional<String> forbidden4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        if (a0 == 127) {
            return Optional.of("a loopback address");
        }
        if (a0 == 0) {
            return Optional.of("the unspecified address (0.0.0.0/8)");
        }
        if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)) {
            return Optional.of("a private address (RFC 1918)");
        }
        if (a0 == 169 && a1 == 254) {
            return Optional.of("a link-local address (169.254.0.0/16, cloud metadata included)");
        }
        if (a0 == 100 && a1 >= 64 && a1 <= 127) {
            return Optional.of("a shared (CGNAT) address (100.64.0.0/10)");
        }
        if (a0 >= 224) {
            return Optional.of(a0 < 240 ? "a multicast address" : "a reserved or broadcast address");
        }
        if ((a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) || (a0 == 198 && (a1 == 18 || a1 == 19))
                || (a0 == 198 && a1 == 51 && a2 == 100) || (a0 == 203 && a1 == 0 && a2 == 113)) {
            return Optional.of("a reserved address");
        }
        return Optional.empty();
    }

    /** The IPv4 address inside an IPv6 one: mapped, compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16). */
    private static Optional<byte[]> embeddedIpv4(byte[] b) {
        boolean zeros80 = true;
        for (int i = 0; i < 10; i++) {
            zeros80 &= b[i] == 0;
        }
        boolean mapped = zeros80 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeros80 && b[10] == 0 && b[11] == 0 && !(allZero(b, 12, 15) || isOne(b));
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && allZero(b, 4, 11);
        if (mapped || compatible || nat64) {
            return Optional.of(new byte[]{b[12], b[13], b[14], b[15]});
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return Optional.of(new byte[]{b[2], b[3], b[4], b[5]});
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOne(byte[] b) {
        return allZero(b, 0, 14) && b[15] == 1;
    }
}
