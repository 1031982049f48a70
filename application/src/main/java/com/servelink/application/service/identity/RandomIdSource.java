package com.servelink.application.service.identity;

import com.servelink.application.port.out.IdSource;

import java.security.SecureRandom;

/** Opaque ids of 20 base-62 characters (about 119 random bits): unique and unguessable. */
public final class RandomIdSource implements IdSource {
    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int LENGTH = 20;
    private final SecureRandom random = new SecureRandom();

    @Override
    public String nextOpaqueId() {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
