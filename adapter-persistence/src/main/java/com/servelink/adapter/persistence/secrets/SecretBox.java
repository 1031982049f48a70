package com.servelink.adapter.persistence.secrets;

import com.servelink.application.port.out.SecretSealer;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Seals secrets the service must read back (the sandbox's webhook signing secret, the teams'
 * webhook endpoints' secrets) before they are stored: AES-256-GCM from the JDK, a fresh 96-bit nonce each time, and the setting's name
 * as associated data so a sealed value cannot be moved to another setting. A sealed value reads
 * {@code aes-gcm:v1:<base64 of nonce and ciphertext>}; a copy of the database alone reveals nothing.
 * The composition root makes one from the key of decision 109.
 */
public final class SecretBox implements SecretSealer {
    static final String PREFIX = "aes-gcm:v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    private SecretBox(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** A box for a key given as text of any length: its SHA-256 is the AES key. */
    public static SecretBox fromPassphrase(String passphrase) {
        return new SecretBox(sha256(passphrase.getBytes(StandardCharsets.UTF_8)));
    }

    /** A box for 32 raw key bytes. */
    public static SecretBox fromKey(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("an AES-256 key is 32 bytes");
        }
        return new SecretBox(key.clone());
    }

    /**
     * A key of its own for {@code purpose} (HMAC-SHA256 of the purpose under this box's key): the
     * signing key of the unsubscribe links, for instance, without reusing the sealing key itself.
     */
    public byte[] derivedKey(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(("servelink:" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** 32 random bytes: a new key. */
    public static byte[] newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    /** Whether a stored value is sealed (as opposed to a plain value of an earlier version). */
    public static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    @Override
    public String seal(String name, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, name);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The secret, or empty when the value was sealed with another key (or for another setting). */
    @Override
    public Optional<String> open(String name, String stored) {
        if (!isSealed(stored)) {
            throw new IllegalArgumentException("not a sealed value");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length <= NONCE_BYTES) {
            return Optional.empty();
        }
        byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, name);
            return Optional.of(new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES),
                    StandardCharsets.UTF_8));
        } catch (AEADBadTagException wrongKey) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String name) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
