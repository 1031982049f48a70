package com.servelink.domain.shared;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A state machine written as a table: for each move, the state each current state goes to, or
 * nothing where the move is refused. Rows are declared in the order of the states' constants, so
 * the source reads as the table a reviewer checks cell by cell.
 *
 * @param <M> the moves (events, commands) of the machine
 * @param <S> its states
 */
public final class TransitionTable<M extends Enum<M>, S extends Enum<S>> {
    private final Class<S> states;
    private final Map<M, Map<S, S>> rows;

    public TransitionTable(Class<M> moves, Class<S> states) {
        this.states = states;
        this.rows = new EnumMap<>(moves);
    }

    /**
     * Declares what {@code move} does from each state, one target per state in declaration order
     * ({@code null}: refused there).
     */
    @SafeVarargs
    public final TransitionTable<M, S> row(M move, S... targets) {
        S[] from = states.getEnumConstants();
        if (targets.length != from.length) {
            throw new IllegalArgumentException(move + ": " + targets.length + " cells for " + from.length + " states");
        }
        Map<S, S> row = new EnumMap<>(states);
        for (int i = 0; i < from.length; i++) {
            if (targets[i] != null) {
                row.put(from[i], targets[i]);
            }
        }
        rows.put(move, row);
        return this;
    }

    /** The state after {@code move} from {@code state}, or empty when the table refuses it. */
    public Optional<S> after(S state, M move) {
        Map<S, S> row = rows.get(move);
        if (row == null) {
            throw new IllegalStateException("no row for " + move);
        }
        return Optional.ofNullable(row.get(state));
    }
}
