-- The durable inbox and what came out of it: every inbound message stored raw before it is acknowledged,
-- the events read from it (each stored once, by its key), which shipments each event was applied to, and
-- the data-quality findings about them. See docs/inbox.md.

-- One row per message as delivered. The same bytes from the same sender in the same format are the same
-- message: delivered again, it is recognised by the unique key and has no second effect.
CREATE TABLE inbox_message (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    format            text        NOT NULL,                 -- EventFormat name: DCSA, X12_315, IFTSTA, CSV
    sender            text        NOT NULL,
    content           bytea       NOT NULL,                 -- exactly as received, never changed
    sha256            char(64)    NOT NULL,                 -- hex SHA-256 of content
    received_at       timestamptz NOT NULL,
    status            text        NOT NULL DEFAULT 'RECEIVED'
                                  CHECK (status IN ('RECEIVED', 'PROCESSED', 'QUARANTINED')),
    attempts          integer     NOT NULL DEFAULT 0,       -- processing runs that did not finish (crash, error)
    last_error        text,
    processed_at      timestamptz,
    events_read       integer,
    events_duplicate  integer,
    events_applied    integer,
    events_unmatched  integer,
    CONSTRAINT inbox_message_once UNIQUE (format, sender, sha256)
);
-- What is waiting to be processed (after a crash, or handed to the background) and what is quarantined.
CREATE INDEX inbox_message_by_status ON inbox_message (status, id);

-- A fixed version of a quarantined message, supplied with a replay. The original stays in inbox_message;
-- processing reads the latest revision.
CREATE TABLE inbox_message_revision (
    message_id   bigint      NOT NULL REFERENCES inbox_message (id),
    revision     integer     NOT NULL,
    content      bytea       NOT NULL,
    sha256       char(64)    NOT NULL,
    revised_at   timestamptz NOT NULL,
    revised_by   text,
    PRIMARY KEY (message_id, revision)
);

-- Why (part of) a message could not be read, and exactly where; rewritten by each processing run.
CREATE TABLE parse_failure (
    message_id        bigint  NOT NULL REFERENCES inbox_message (id),
    position          integer NOT NULL,
    where_in_message  text    NOT NULL,
    reason            text    NOT NULL,
    PRIMARY KEY (message_id, position)
);

-- Every event ever read, once: the first message that carried it wins, later copies are duplicates.
-- waiting = it matched no shipment yet, and is applied when a matching shipment appears.
CREATE TABLE milestone_event (
    event_key           text        PRIMARY KEY,
    message_id          bigint      NOT NULL REFERENCES inbox_message (id),
    type                text,                                -- MilestoneType; null: the code maps to none
    source_code         text,
    kind                text        NOT NULL,                -- PLANNED, ESTIMATED, ACTUAL
    event_time          timestamptz NOT NULL,
    location            char(5),
    facility            text,
    mode                text,
    equipment           text[]      NOT NULL,                -- container numbers
    carrier_references  text[]      NOT NULL,                -- 'TYPE:VALUE', e.g. 'BOOKING:ABC123'
    vessel_name         text,
    vessel_imo          char(7),
    voyage              text,
    empty               boolean     NOT NULL,
    source_format       text        NOT NULL,
    sender              text        NOT NULL,
    reported_at         timestamptz NOT NULL,
    received_at         timestamptz NOT NULL,
    timeliness_seconds  bigint      NOT NULL,                -- received_at - event_time
    waiting             boolean     NOT NULL
);
CREATE INDEX milestone_event_message ON milestone_event (message_id);
CREATE INDEX milestone_event_received ON milestone_event (received_at);
-- Finding the waiting events of a shipment that has just been booked, and all of them at start-up.
CREATE INDEX milestone_event_waiting ON milestone_event (event_key) WHERE waiting;
CREATE INDEX milestone_event_waiting_equipment ON milestone_event USING gin (equipment) WHERE waiting;
CREATE INDEX milestone_event_waiting_references ON milestone_event USING gin (carrier_references) WHERE waiting;

-- Which shipment an event was applied to, to which milestone, with what outcome: the shipment's event
-- history. An event can concern several shipments (one container, two house bills).
CREATE TABLE event_application (
    shipment_id    uuid        NOT NULL REFERENCES shipment (id) ON DELETE CASCADE,
    event_key      text        NOT NULL REFERENCES milestone_event (event_key),
    milestone_key  text,
    outcome        text        NOT NULL,                     -- APPLIED, SUPERSEDED, NO_MILESTONE
    applied_at     timestamptz NOT NULL,
    PRIMARY KEY (shipment_id, event_key)
);
CREATE INDEX event_application_event ON event_application (event_key);

-- Data-quality findings, counted per source (format and sender).
CREATE TABLE data_quality_finding (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_key      text        REFERENCES milestone_event (event_key),   -- null: about the message
    message_id     bigint      NOT NULL REFERENCES inbox_message (id),
    shipment_id    uuid,                                                  -- set when judged against a plan
    code           text        NOT NULL,
    detail         text        NOT NULL,
    source_format  text        NOT NULL,
    sender         text        NOT NULL,
    found_at       timestamptz NOT NULL
);
CREATE INDEX data_quality_finding_per_source ON data_quality_finding (found_at, source_format, sender, code);
CREATE INDEX data_quality_finding_event ON data_quality_finding (event_key);
CREATE INDEX data_quality_finding_message ON data_quality_finding (message_id);
