package com.servelink.adapter.http.web.view;

import java.util.List;

/**
 * One ticket with its thread, for a member ({@code team} set) or for staff ({@code team} null,
 * internal notes included and marked). {@code promise} is the first-response promise while it
 * is pending; the action hrefs are null when the state machine allows no such move. {@code sla}
 * is the staff's view of the SLA and {@code billing} the team's billing beside it (both null
 * on members' pages).
 */
public record TicketPageView(Chrome chrome, TeamHeader team, Ticket ticket, List<Entry> thread, String promise,
                             boolean promiseOverdue, String replyAction, String noteAction, String resolveAction,
                             String closeAction, String updateAction, List<Option> statuses,
                             List<Option> priorities, FormState reply, FormState note, FormState update,
                             String notice, Sla sla, BillingPanel billing) {
    public TicketPageView {
        thread = List.copyOf(thread);
        statuses = List.copyOf(statuses);
        priorities = List.copyOf(priorities);
    }

    /** The ticket's fields, formatted. */
    public record Ticket(String id, String subject, String status, String statusCode, String priority,
                         String priorityCode, String category, String created, String createdIso, String assignedTo,
                         String teamId, String resolved) {
    }

    /**
     * The SLA as staff see it: the running due times (null while paused or stopped), the
     * standing against the targets (code and label) and the targets breached (labels, or null).
     */
    public record Sla(String nextResponseDue, String nextResponseDueIso, String resolutionDue,
                      String resolutionDueIso, String statusCode, String status, String breached) {
    }

    /** One message of the thread; {@code internal} ones are staff notes, never shown to members. */
    public record Entry(String id, String author, String authorCode, String text, String at, String atIso,
                        boolean internal) {
    }
}
