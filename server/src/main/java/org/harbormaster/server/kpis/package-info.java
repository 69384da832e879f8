/**
 * KPIs over the database: facts read with one set-based query per kind, computed by the domain's definitions,
 * at {@code GET /api/v1/kpis} and {@code harbormaster kpi}. See docs/kpis.md.
 */
package org.harbormaster.server.kpis;
