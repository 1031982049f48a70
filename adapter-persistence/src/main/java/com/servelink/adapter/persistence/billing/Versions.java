package com.servelink.adapter.persistence.billing;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

/** The check that an aggregate is saved from the version it was loaded with. */
final class Versions {
    private Versions() {
    }

    static void requireSame(long stored, long loaded, String what) {
        if (stored != loaded) {
            throw new DomainException(ErrorCode.CONFLICT, what + " was changed concurrently; reload and retry");
        }
    }
}
