package com.servelink.application.support;

import com.servelink.application.port.in.support.CreateTicketUseCase.CreateTicketCommand;
import com.servelink.application.port.in.support.GetTicketUseCase.GetTicketQuery;
import com.servelink.application.port.in.support.PostMessageUseCase.PostMessageCommand;
import com.servelink.application.port.in.support.TicketScope;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.support.TicketStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static com.servelink.application.testing.TestCore.ACME;
import static org.assertj.core.api.Assertions.assertThat;

/** Replies racing on one ticket are all kept; the status ends where the table allows. */
class ConcurrentRepliesTest {
    private final TestCore core = new TestCore();

    @Test
    void fifty_simultaneous_replies_are_all_stored() throws Exception {
        TicketId ticket = core.createTicket.create(CreateTicketCommand.of(core.member, ACME, "Course", "d", null, null))
                .ticket().id();
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Object>> replies = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                boolean staff = i % 2 == 0;
                String text = "réponse " + i;
                replies.add(() -> core.postMessage.post(staff
                        ? new PostMessageCommand(core.staff, TicketScope.staff(), ticket, text, false)
                        : new PostMessageCommand(core.member, TicketScope.ofTeam(ACME), ticket, text, false)));
            }
            for (var future : pool.invokeAll(replies)) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        var view = core.getTicket.get(new GetTicketQuery(core.staff, TicketScope.staff(), ticket));
        assertThat(view.messages()).hasSize(51);
        assertThat(view.ticket().status()).isIn(TicketStatus.IN_PROGRESS, TicketStatus.WAITING);
    }
}
