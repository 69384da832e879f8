-- Indexes for the KPI queries (docs/kpis.md): each kind of fact is read for a window of its own date.
CREATE INDEX milestone_kpi_dated ON milestone (type, (coalesce(planned, actual)));
CREATE INDEX milestone_kpi_reported ON milestone (actual) WHERE actual_by_key IS NOT NULL;
CREATE INDEX milestone_kpi_discharged ON milestone (actual) WHERE type = 'DISCHARGED';
CREATE INDEX inbox_message_received ON inbox_message (received_at);
CREATE INDEX alert_opened ON alert (opened_at);
