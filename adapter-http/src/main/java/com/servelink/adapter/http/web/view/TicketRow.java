package com.servelink.adapter.http.web.view;

/**
 * A ticket in a list: its link, labels and first-response figures, formatted, and its SLA: the
 * earliest running due time ({@code slaDue}, null while the clock is paused or stopped) and its
 * standing ({@code slaStatusCode} {@code ok}, {@code warning} or {@code breached}, with its label).
 */
public record TicketRow(String id, String href, String subject, String status, String statusCode, String priority,
                        String priorityCode, String category, String created, String createdIso, String team,
                        String due, String dueIso, boolean overdue, String slaDue, String slaDueIso,
                        String slaStatusCode, String slaStatus) {
}
