package com.servelink.application.inmemory;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

/** Optimistic locking as a database does it: an update must come from the stored version. */
final class Versions {
    private Versions() {
    }

    /** The version to store, given the stored one (null when new) and the one the aggregate was loaded with. */
    static long next(Long stored, long loaded, String what) {
        if (stored == null ? loaded != 0 : stored != loaded) {
            throw new DomainException(ErrorCode.CONFLICT, what + " was changed concurrently; reload and retry");
        }
        return stored == null ? 0 : stored + 1;
    }
}
