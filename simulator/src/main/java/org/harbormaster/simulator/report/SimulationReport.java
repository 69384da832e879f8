package org.harbormaster.simulator.report;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The outcome of one run: its KPIs as a tree of sorted maps (what the JSON report holds, the same for the
 * same scenario, policy, days and seed), and the run's performance on this machine, which is not part of that
 * tree because it depends on the machine.
 */
public record SimulationReport(SortedMap<String, Object> kpis, Performance performance) {

    /** Wall-clock figures of the run. */
    public record Performance(long shipments, long simulatedEvents, long messages, long parsedEvents,
                              long wallMillis) {

        public double simulatedEventsPerSecond() {
            return wallMillis == 0 ? 0 : simulatedEvents * 1000.0 / wallMillis;
        }

        public double shipmentsPerSecond() {
            return wallMillis == 0 ? 0 : shipments * 1000.0 / wallMillis;
        }

        public double parsedEventsPerSecond() {
            return wallMillis == 0 ? 0 : parsedEvents * 1000.0 / wallMillis;
        }
    }

    /** A number of the report by its dotted path, e.g. {@code truth.scheduleReliability.onTimeShare}. */
    public double number(String path) {
        Object value = value(path);
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(path + " is not a number: " + value);
    }

    public Object value(String path) {
        Object node = kpis;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map) || !map.containsKey(part)) {
                throw new IllegalArgumentException("the report has no " + path);
            }
            node = map.get(part);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> weekly() {
        return (List<Map<String, Object>>) kpis.get("weekly");
    }
}
