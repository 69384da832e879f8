package org.harbormaster.server.exceptions;

import java.util.List;

/**
 * A work-queue query: which cases (filters, all optional and combined with AND; lists match any of their values)
 * in which order.
 *
 * @param status   ACTIVE (default: open, acknowledged, assigned, not snoozed now), SNOOZED, CLOSED, ALL
 * @param sla      ON_TRACK, DUE_SOON (an SLA ends within four hours), BREACHED
 * @param sort     PRIORITY (highest first, default), OPENED (oldest first), ACT_BY (least time left first)
 */
record AlertQuery(List<String> regions, List<String> teams, List<String> assignees, List<String> severities,
                  List<String> rules, List<String> customers, List<String> carriers, String shipment, Status status,
                  SlaState sla, Sort sort) {

    enum Status { ACTIVE, SNOOZED, CLOSED, ALL }

    enum SlaState { ON_TRACK, DUE_SOON, BREACHED }

    enum Sort { PRIORITY, OPENED, ACT_BY }

    AlertQuery {
        regions = List.copyOf(regions);
        teams = List.copyOf(teams);
        assignees = List.copyOf(assignees);
        severities = List.copyOf(severities);
        rules = List.copyOf(rules);
        customers = List.copyOf(customers);
        carriers = List.copyOf(carriers);
        status = status == null ? Status.ACTIVE : status;
        sort = sort == null ? Sort.PRIORITY : sort;
    }
}
