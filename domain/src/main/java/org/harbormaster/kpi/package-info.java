/**
 * KPI definitions: each a named computation from plain facts (milestones, reports, events, alerts, budgets,
 * container clocks) to observations, which are grouped by dimension and period and re-aggregable.
 */
package org.harbormaster.kpi;
