package com.servelink.adapter.http.web.view;

import java.util.List;

/**
 * The staff's article editor: the form (create when {@code action} is the list's, edit otherwise),
 * the preview of the Markdown as readers will see it (safe HTML, null before any text), the status
 * and the buttons its status allows (null hrefs are not shown), and a proposed draft's tickets.
 */
public record KbEditorView(Chrome chrome, String heading, String action, FormState form, List<Option> languages,
                           List<Option> categories, String version, String status, String previewHtml,
                           String publishHref, String unpublishHref, String archiveHref, String publicHref,
                           List<Link> sourceTickets, String notice) {
    public KbEditorView {
        languages = List.copyOf(languages);
        categories = List.copyOf(categories);
        sourceTickets = List.copyOf(sourceTickets);
    }
}
