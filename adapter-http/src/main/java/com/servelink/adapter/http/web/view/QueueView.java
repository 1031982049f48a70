package com.servelink.adapter.http.web.view;

import java.util.List;

/** The staff queue: open tickets of at least {@code minPriority}, urgent first, then by due time. */
public record QueueView(Chrome chrome, List<TicketRow> tickets, List<Option> priorities, String minPriority,
                        int overdue) {
    public QueueView {
        tickets = List.copyOf(tickets);
        priorities = List.copyOf(priorities);
    }
}
