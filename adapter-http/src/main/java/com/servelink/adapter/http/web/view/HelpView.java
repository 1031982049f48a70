package com.servelink.adapter.http.web.view;

import java.util.List;

/**
 * The help centre's page: the search box and language filter (a GET form), then either the
 * search's results (each with its excerpt already escaped, the found words marked) or the
 * published articles, with the link to the next page (null on the last).
 */
public record HelpView(Chrome chrome, FormState search, List<Option> languages, boolean searched,
                       List<Entry> entries, String nextHref) {
    public HelpView {
        languages = List.copyOf(languages);
        entries = List.copyOf(entries);
    }

    /** An article in the list: its title and link, what it is about, and the excerpt's safe HTML (null in the list). */
    public record Entry(String title, String href, String language, String category, String date, String excerptHtml) {
    }
}
