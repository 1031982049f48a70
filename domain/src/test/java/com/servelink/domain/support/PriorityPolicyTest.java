package com.servelink.domain.support;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PriorityPolicyTest {

    @ParameterizedTest(name = "asks {0}, priority support {1} -> {2}")
    @CsvSource(nullValues = "none", value = {
            // requested, priority support (pro), effective
            "low,    true,  HIGH",
            "normal, true,  HIGH",
            "high,   true,  HIGH",
            "urgent, true,  URGENT",
            "none,   true,  HIGH",
            "low,    false, LOW",
            "normal, false, NORMAL",
            "high,   false, NORMAL",
            "urgent, false, NORMAL",
            "none,   false, NORMAL",
    })
    void the_effective_priority_of_a_new_ticket(String requested, boolean prioritySupport, TicketPriority expected) {
        TicketPriority asked = requested == null ? null : TicketPriority.fromCode(requested, "priority");

        assertThat(PriorityPolicy.effective(asked, prioritySupport)).isEqualTo(expected);
        assertThat(Tickets.fresh(asked, prioritySupport).priority()).as("the ticket shows the effective priority")
                .isEqualTo(expected);
    }
}
