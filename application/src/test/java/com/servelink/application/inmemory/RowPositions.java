package com.servelink.application.inmemory;

import com.servelink.application.port.out.RowPosition;

import java.util.Comparator;

/** The order of {@link RowPosition}s in the twins: by creation time, then id, as the databases sort them. */
final class RowPositions {
    static final Comparator<RowPosition> OLDEST_FIRST = Comparator.comparing(RowPosition::createdAt)
            .thenComparing(RowPosition::id);

    private RowPositions() {
    }
}
