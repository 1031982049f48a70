package com.servelink.adapter.http.web.view;

import java.util.List;

/** The staff's list of articles, every status, filtered (a GET form), newest first. */
public record KbListView(Chrome chrome, FormState filters, List<Option> statuses, List<Option> languages,
                         List<Option> categories, List<Row> rows, String nextHref, String notice) {
    public KbListView {
        statuses = List.copyOf(statuses);
        languages = List.copyOf(languages);
        categories = List.copyOf(categories);
        rows = List.copyOf(rows);
    }

    public record Row(String title, String href, String slug, String status, String language, String category,
                      String updated, boolean proposed) {
    }
}
