package com.servelink.adapter.http.webhook;

import com.servelink.application.port.out.HostResolver;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Resolves names as the JDK's HTTP client will when it connects: through {@link InetAddress}. */
public final class JdkHostResolver implements HostResolver {
    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(host));
    }
}
