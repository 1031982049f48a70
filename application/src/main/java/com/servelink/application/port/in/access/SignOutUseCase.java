package com.servelink.application.port.in.access;

/** Ends a browser session at once: its id signs no one in afterwards. */
public interface SignOutUseCase {
    void signOut(String sessionId);
}
