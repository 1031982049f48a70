package com.servelink.application.port.out;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Resolves a host name to its addresses, for the webhook URL guard (SSRF). */
public interface HostResolver {
    List<InetAddress> resolve(String host) throws UnknownHostException;
}
