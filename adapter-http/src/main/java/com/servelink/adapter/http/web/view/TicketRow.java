package com.servelink.adapter.http.web.view;

/** A ticket in a list: its link, labels and first-response figures, formatted. */
public record TicketRow(String id, String href, String subject, String status, String statusCode, String priority,
                        String priorityCode, String category, String created, String createdIso, String team,
                        String due, String dueIso, boolean overdue) {
}
