-- Exception cases ("alerts" in code, not to be taken for Java exceptions): one row per case, the columns the work
-- queue filters and sorts by, and the rule's finding (explanation, suggested action, money terms, promise) as JSON.
CREATE TABLE alert (
    id                       uuid          PRIMARY KEY,
    shipment_id              uuid          NOT NULL REFERENCES shipment (id) ON DELETE CASCADE,
    rule_code                text          NOT NULL,
    subject                  text          NOT NULL,
    status                   text          NOT NULL,   -- OPEN, ACKNOWLEDGED, ASSIGNED, SNOOZED, RESOLVED, CLEARED
    active                   boolean       NOT NULL,   -- not RESOLVED or CLEARED
    cause_present            boolean       NOT NULL,
    severity                 text          NOT NULL,   -- LOW, MEDIUM, HIGH, CRITICAL
    team                     text          NOT NULL,
    region                   text          NOT NULL,
    customer_code            text          NOT NULL,
    carrier                  text,                     -- the shipment's carrier (the vendor the case is about)
    assignee                 text,
    opened_at                timestamptz   NOT NULL,
    last_seen_at             timestamptz   NOT NULL,
    acknowledged_at          timestamptz,
    closed_at                timestamptz,
    snoozed_until            timestamptz,
    acknowledge_by           timestamptz   NOT NULL,
    resolve_by               timestamptz   NOT NULL,
    acknowledge_breached_at  timestamptz,
    resolve_breached_at      timestamptz,
    act_by                   timestamptz,
    money_at_risk            numeric(16,2) NOT NULL,   -- the total of the finding's money terms, in money_currency
    money_currency           char(3),
    priority                 numeric(16,2) NOT NULL,   -- the score when last evaluated; priority_terms show how
    resolution_code          text,
    finding                  jsonb         NOT NULL,
    priority_terms           jsonb         NOT NULL,
    version                  bigint        NOT NULL DEFAULT 0
);

-- Once per shipment, rule and subject: the case that holds the key (active, or resolved while its cause persists).
CREATE UNIQUE INDEX alert_holding_key ON alert (shipment_id, rule_code, subject)
    WHERE active OR (status = 'RESOLVED' AND cause_present);
CREATE INDEX alert_queue ON alert (priority DESC, id) WHERE active;
CREATE INDEX alert_act_by ON alert (act_by NULLS LAST, priority DESC, id) WHERE active;
CREATE INDEX alert_shipment ON alert (shipment_id);
CREATE INDEX alert_closed ON alert (closed_at) WHERE closed_at IS NOT NULL;

-- Every change to a case, with who and when; append only.
CREATE TABLE alert_history (
    alert_id     uuid        NOT NULL REFERENCES alert (id) ON DELETE CASCADE,
    seq          integer     NOT NULL,
    at           timestamptz NOT NULL,
    by_user      text        NOT NULL,   -- 'system' for the rules and timers
    action       text        NOT NULL,   -- OPENED, UPDATED, ACKNOWLEDGED, ASSIGNED, SNOOZED, SNOOZE_ENDED, COMMENTED,
                                         -- RESOLVED, CLEARED, CAUSE_GONE_AFTER_RESOLUTION, SLA_BREACHED
    reason_code  text,
    comment      text,
    detail       text,
    PRIMARY KEY (alert_id, seq)
);
