package com.servelink.adapter.mail;

import java.util.List;

/**
 * What the two templates of a notification show, already written in the recipient's language:
 * the templates only lay it out (and the HTML one escapes it).
 *
 * @param lines    the paragraphs of the message
 * @param quote    a text quoted from the event (a reply's public text), or empty
 */
public record MailView(String language, String subject, String greeting, List<String> lines, String quote,
                       String actionLabel, String pageUrl, String footer, String unsubscribeLabel,
                       String unsubscribeUrl) {
    public MailView {
        lines = List.copyOf(lines);
    }

    public boolean hasQuote() {
        return !quote.isEmpty();
    }
}
