package com.servelink.adapter.http.web.view;

import java.util.List;

/**
 * The team's support page: the new-ticket form, the filters (a GET form) and a page of tickets,
 * with the link to the next one (null on the last), and the team's history of the last twelve
 * months (chart and table).
 */
public record SupportView(Chrome chrome, TeamHeader team, FormState newTicket, FormState filters,
                          List<Option> statuses, List<Option> categories, List<Option> priorities,
                          List<TicketRow> tickets, String nextHref, String notice, StatsView.HistoryBlock history) {
    public SupportView {
        statuses = List.copyOf(statuses);
        categories = List.copyOf(categories);
        priorities = List.copyOf(priorities);
        tickets = List.copyOf(tickets);
    }
}
