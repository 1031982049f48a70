package com.servelink.bootstrap.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Lets an appender of logback.xml write only when it is the chosen log format: both the text
 * and the JSON appender stay referenced (an unreferenced one makes logback print its whole
 * start-up status, which would open a JSON log with lines that are not JSON).
 */
public final class LogFormatFilter extends Filter<ILoggingEvent> {
    private String chosen = "text";
    private String format = "text";

    /** The format asked for: {@code SERVELINK_LOG_FORMAT}. */
    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    /** The format of the appender this filter guards. */
    public void setFormat(String format) {
        this.format = format;
    }

    @Override
    public FilterReply decide(ILoggingEvent event) {
        return format.equals(chosen) ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
}
