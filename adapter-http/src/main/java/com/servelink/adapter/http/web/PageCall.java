package com.servelink.adapter.http.web;

import com.servelink.adapter.http.web.view.Texts;
import com.servelink.adapter.http.server.Call;
import com.servelink.adapter.http.server.FormBody;
import com.servelink.adapter.http.web.view.Chrome;
import com.servelink.adapter.http.web.view.Link;
import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.access.GetSessionUseCase.OpenSession;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One page request as a page handler sees it: the HTTP call, the signed-in session (checked
 * before the handler runs), the reader's language, texts and formats, and the form of a POST
 * (its anti-forgery token already checked).
 */
public final class PageCall {
    private final Call call;
    private final Optional<OpenSession> session;
    private final Texts texts;
    private final Formats formats;
    private final FormBody form;
    private final Instant now;

    PageCall(Call call, Optional<OpenSession> session, Texts texts, Formats formats, FormBody form, Instant now) {
        this.call = call;
        this.session = session;
        this.texts = texts;
        this.formats = formats;
        this.form = form;
        this.now = now;
    }

    public Call http() {
        return call;
    }

    public Optional<OpenSession> session() {
        return session;
    }

    /** The signed-in actor; page routes run only with a session. */
    public Actor actor() {
        return session.orElseThrow(() -> new IllegalStateException("page run without a session")).actor();
    }

    public boolean staff() {
        return session.map(s -> s.actor() instanceof Actor.Staff).orElse(false);
    }

    public Texts t() {
        return texts;
    }

    public Formats formats() {
        return formats;
    }

    public Instant now() {
        return now;
    }

    /** The POST's fields; empty on a GET. */
    public FormBody form() {
        return form;
    }

    /** The layout's model for a page titled {@code title} with this navigation. */
    public Chrome chrome(String title, List<Link> nav) {
        String target = call.target();
        String back = "?next=" + LocalPaths.encode(target);
        return new Chrome(texts, title, session.map(s -> s.user().name()).orElse(null), staff(),
                session.map(OpenSession::csrfToken).orElse(null), nav, "/lang/fr" + back, "/lang/en" + back);
    }
}
