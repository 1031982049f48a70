package com.servelink.domain.billing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every cell of the payment and add-on status tables, written out here independently of the
 * tables' own source (a cell is "from, move, to", "-" where the move is refused): a changed cell
 * fails its own case, and a state or a move added without a decision fails the coverage case.
 */
class BillingStatusTablesTest {

    private static final List<String> PAYMENT_CELLS = List.of(
            "PENDING   COMPLETE COMPLETED", "COMPLETED COMPLETE -", "FAILED    COMPLETE COMPLETED", "EXPIRED   COMPLETE COMPLETED",
            "PENDING   FAIL     FAILED",    "COMPLETED FAIL     -", "FAILED    FAIL     -",         "EXPIRED   FAIL     -",
            "PENDING   EXPIRE   EXPIRED",   "COMPLETED EXPIRE   -", "FAILED    EXPIRE   -",         "EXPIRED   EXPIRE   -",
            "REFUNDED  COMPLETE -",         "DISPUTED  COMPLETE -",
            "REFUNDED  FAIL     -",         "DISPUTED  FAIL     -",
            "REFUNDED  EXPIRE   -",         "DISPUTED  EXPIRE   -",
            "PENDING   REFUND   -",         "COMPLETED REFUND   REFUNDED",  "FAILED    REFUND   -",  "EXPIRED   REFUND   -",
            "REFUNDED  REFUND   -",         "DISPUTED  REFUND   -",
            "PENDING   DISPUTE  -",         "COMPLETED DISPUTE  DISPUTED",  "FAILED    DISPUTE  -",  "EXPIRED   DISPUTE  -",
            "REFUNDED  DISPUTE  DISPUTED",  "DISPUTED  DISPUTE  -");

    private static final List<String> RESOURCE_CELLS = List.of(
            "PENDING ACTIVATE      ACTIVE",    "ACTIVE ACTIVATE      -",         "EXPIRED ACTIVATE      -", "CANCELLED ACTIVATE      ACTIVE",
            "PENDING CANCEL        CANCELLED", "ACTIVE CANCEL        CANCELLED", "EXPIRED CANCEL        -", "CANCELLED CANCEL        -",
            "PENDING CANCEL_UNPAID CANCELLED", "ACTIVE CANCEL_UNPAID -",         "EXPIRED CANCEL_UNPAID -", "CANCELLED CANCEL_UNPAID -",
            "PENDING EXPIRE        -",         "ACTIVE EXPIRE        EXPIRED",   "EXPIRED EXPIRE        -", "CANCELLED EXPIRE        -",
            "PENDING RENEW         -",         "ACTIVE RENEW         ACTIVE",    "EXPIRED RENEW         ACTIVE", "CANCELLED RENEW         -",
            "PENDING REVOKE        CANCELLED", "ACTIVE REVOKE        CANCELLED", "EXPIRED REVOKE        -", "CANCELLED REVOKE        -");

    static Stream<Arguments> paymentCells() {
        return PAYMENT_CELLS.stream().map(cell -> cell.trim().split("\\s+")).map(c -> Arguments.of(
                PaymentStatus.valueOf(c[0]), PaymentStatus.Move.valueOf(c[1]),
                c[2].equals("-") ? null : PaymentStatus.valueOf(c[2])));
    }

    static Stream<Arguments> resourceCells() {
        return RESOURCE_CELLS.stream().map(cell -> cell.trim().split("\\s+")).map(c -> Arguments.of(
                ResourceStatus.valueOf(c[0]), ResourceStatus.Move.valueOf(c[1]),
                c[2].equals("-") ? null : ResourceStatus.valueOf(c[2])));
    }

    @ParameterizedTest(name = "payment {0} --{1}--> {2}")
    @MethodSource("paymentCells")
    void a_payment_moves_as_its_cell_says(PaymentStatus from, PaymentStatus.Move move, PaymentStatus to) {
        assertThat(from.after(move).orElse(null)).isEqualTo(to);
    }

    @ParameterizedTest(name = "add-on {0} --{1}--> {2}")
    @MethodSource("resourceCells")
    void an_add_on_moves_as_its_cell_says(ResourceStatus from, ResourceStatus.Move move, ResourceStatus to) {
        assertThat(from.after(move).orElse(null)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void the_cells_cover_every_state_and_every_move_once(String table, List<String> cells, Enum<?>[] states,
                                                         Enum<?>[] moves) {
        Map<String, Long> seen = cells.stream().map(cell -> cell.trim().split("\\s+"))
                .collect(Collectors.groupingBy(c -> c[0] + " " + c[1], Collectors.counting()));
        List<String> expected = Arrays.stream(states)
                .flatMap(state -> Arrays.stream(moves).map(move -> state.name() + " " + move.name())).toList();
        assertThat(seen.keySet()).as(table).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(seen.values()).as(table + ": one cell each").containsOnly(1L);
    }

    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("payment", PAYMENT_CELLS, PaymentStatus.values(), PaymentStatus.Move.values()),
                Arguments.of("add-on", RESOURCE_CELLS, ResourceStatus.values(), ResourceStatus.Move.values()));
    }
}
