package com.servelink.archfixture.good.bootstrap;

import com.servelink.archfixture.good.adapter.http.CreateWidgetHandler;
import com.servelink.archfixture.good.adapter.persistence.JpaWidgetRepository;
import com.servelink.archfixture.good.adapter.scheduler.WidgetJob;
import com.servelink.archfixture.good.application.service.CreateWidgetService;

/** Fixture: the composition root knows everything. */
public final class Launcher {
    private Launcher() {
    }

    public static CreateWidgetHandler wire() {
        CreateWidgetService service = new CreateWidgetService(new JpaWidgetRepository());
        new WidgetJob(service).run();
        return new CreateWidgetHandler(service);
    }
}
