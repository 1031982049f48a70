package com.servelink.bootstrap;

import com.servelink.bootstrap.config.Configuration;
import com.servelink.bootstrap.config.InvalidConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code main}: reads the environment, starts Servelink, and stops it cleanly on SIGTERM
 * (requests in flight finish, then the database closes). A bad configuration stops the start
 * with a message naming each bad variable and exit code 2.
 */
public final class Launcher {
    private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);

    private Launcher() {
    }

    public static void main(String[] args) {
        Servelink servelink;
        try {
            Configuration configuration = Configuration.fromSystemEnvironment();
            Configuration.unrecognizedVariables(System.getenv())
                    .forEach(name -> LOG.warn("ignoring unknown variable {} (a typo?)", name));
            servelink = Servelink.start(configuration, System.out);
        } catch (InvalidConfigurationException e) {
            System.err.println("Servelink cannot start: " + e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            LOG.error("Servelink cannot start: {}", e.getMessage(), e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("shutting down: draining requests in flight");
            servelink.close();
            LOG.info("stopped");
        }, "servelink-shutdown"));
    }
}
