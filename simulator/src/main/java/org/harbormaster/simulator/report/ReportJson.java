package org.harbormaster.simulator.report;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON report: the KPI tree with keys sorted and numbers rounded, no wall-clock time in it, so that the
 * same run gives the same bytes.
 */
public final class ReportJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private ReportJson() {
    }

    public static byte[] bytes(SimulationReport report) {
        return (JSON.writeValueAsString(report.kpis()) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] bytes(Map<String, Object> tree) {
        return (JSON.writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
