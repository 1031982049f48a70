package com.servelink.bootstrap.secrets;

import com.servelink.adapter.persistence.secrets.SecretBox;
import com.servelink.bootstrap.config.Configuration;
import com.servelink.bootstrap.config.InvalidConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Set;

/**
 * Where the key of the stored secrets comes from (decision 109): {@code SERVELINK_SECRET_KEY}
 * when set (what several nodes must share); on an in-memory database a key of this process
 * alone (nothing stored outlives it); otherwise a key generated once into
 * {@code SERVELINK_SECRET_KEY_FILE} ({@code ./data/secret.key}), readable by its owner only and
 * kept outside the database, so a copy of the database is not enough to read the secrets.
 */
public final class SecretKeys {
    private static final Logger LOG = LoggerFactory.getLogger(SecretKeys.class);

    private SecretKeys() {
    }

    public static SecretBox box(Configuration configuration) {
        var safeguards = configuration.safeguards();
        if (safeguards.secretKey().isPresent()) {
            return SecretBox.fromPassphrase(safeguards.secretKey().get());
        }
        if (configuration.isInMemory()) {
            return SecretBox.fromKey(SecretBox.newKey());
        }
        return SecretBox.fromKey(fromFile(safeguards.secretKeyFile()));
    }

    static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length != 32) {
                throw new InvalidConfigurationException("the secret key file " + file.toAbsolutePath()
                        + " does not hold a key (32 bytes in base64); restore it or set SERVELINK_SECRET_KEY");
            }
            return key;
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidConfigurationException("the secret key file " + file.toAbsolutePath()
                    + " cannot be read or written: " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        if (directory != null) {
            Files.createDirectories(directory);
        }
        String encoded = Base64.getEncoder().encodeToString(SecretBox.newKey()) + "\n";
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        try {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, encoded, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            LOG.info("generated the key of stored secrets in {} (keep it with backups, outside the database)",
                    file.toAbsolutePath());
        } catch (FileAlreadyExistsException anotherProcessWon) {
            // a process starting beside this one wrote it first: read theirs
        }
    }
}
