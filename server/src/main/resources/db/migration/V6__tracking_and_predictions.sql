-- Shipments made from a tracking feed do not know their containers' size and type.
ALTER TABLE shipment_container ALTER COLUMN size_type DROP NOT NULL;

-- One version of the transit model: the leg observations it learned from, as they were when it was built.
CREATE TABLE prediction_model (
    version       bigserial   PRIMARY KEY,
    built_at      timestamptz NOT NULL,
    shipments     integer     NOT NULL,
    observations  integer     NOT NULL
);

CREATE TABLE prediction_observation (
    model_version bigint      NOT NULL REFERENCES prediction_model (version) ON DELETE CASCADE,
    leg_type      text        NOT NULL,
    mode          text,
    from_locode   char(5)     NOT NULL,
    to_locode     char(5)     NOT NULL,
    carrier       text,
    seconds       bigint      NOT NULL,
    ended_at      timestamptz NOT NULL
);
CREATE INDEX prediction_observation_version ON prediction_observation (model_version);

-- The latest prediction of each shipment, remade whenever an event changes it; which model version made it.
CREATE TABLE shipment_prediction (
    shipment_id   uuid        PRIMARY KEY REFERENCES shipment (id) ON DELETE CASCADE,
    model_version bigint      NOT NULL,
    as_of         timestamptz NOT NULL,
    arrival_key   text,
    arrival_p50   timestamptz,
    arrival_p90   timestamptz,
    milestones    jsonb       NOT NULL
);
