package org.harbormaster.server.inbox;

import java.util.List;
import org.harbormaster.formats.csv.status.DateOrder;
import org.harbormaster.formats.csv.status.StatusCsvParser;
import org.harbormaster.formats.dcsa.DcsaEventParser;
import org.harbormaster.formats.edifact.IftstaParser;
import org.harbormaster.formats.events.EventMessageParser;
import org.harbormaster.formats.x12.X12StatusParser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The parsers of the inbound formats, from {@code formats}; the inbox accepts a format for each parser bean. */
@Configuration(proxyBeanMethods = false)
class EventParsersConfiguration {

    @Bean
    DcsaEventParser dcsaEventParser() {
        return new DcsaEventParser();
    }

    @Bean
    X12StatusParser x12StatusParser() {
        return new X12StatusParser();
    }

    @Bean
    IftstaParser iftstaParser() {
        return new IftstaParser();
    }

    /**
     * Truckers' sheets write numeric dates in their local order; with {@code harbormaster.inbox.csv-date-order}
     * unset, a date such as 03/04/2026 is a failure unless the file says its order (docs/mappings/status-csv.md).
     */
    @Bean
    StatusCsvParser statusCsvParser(@Value("${harbormaster.inbox.csv-date-order:}") DateOrder dateOrder) {
        return new StatusCsvParser(dateOrder);
    }

    /** Events operators record by hand on the shipment page. */
    @Bean
    ManualEventParser manualEventParser() {
        return new ManualEventParser();
    }

    @Bean
    InboundFormats inboundFormats(List<EventMessageParser> parsers) {
        return new InboundFormats(parsers);
    }
}
