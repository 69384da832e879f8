-- Shipments: what was booked, the plan's legs, and the milestones those legs imply.
-- One row per shipment plus child tables; children are rewritten whole when the shipment changes.

CREATE SEQUENCE shipment_reference_seq START 1000;

CREATE TABLE shipment (
    id                     uuid PRIMARY KEY,
    reference              text        NOT NULL,
    customer_code          text        NOT NULL,
    customer_name          text        NOT NULL,
    mode                   text        NOT NULL,
    direction              text        NOT NULL,
    incoterm               text,
    origin_locode          char(5)     NOT NULL,
    origin_door_street     text,
    origin_door_city       text,
    origin_door_postal     text,
    origin_door_country    char(2),
    dest_locode            char(5)     NOT NULL,
    dest_door_street       text,
    dest_door_city         text,
    dest_door_postal       text,
    dest_door_country      char(2),
    cargo_pieces           integer,
    cargo_weight_kg        numeric(14, 3),
    cargo_volume_cbm       numeric(14, 3),
    cargo_description      text,
    carrier_scac           text,
    region                 text        NOT NULL,
    team                   text,
    promised_delivery      date,
    status                 text        NOT NULL,
    cancelled_reason       text,
    cancelled_at           timestamptz,
    cancelled_by           text,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    version                bigint      NOT NULL,
    CONSTRAINT shipment_reference_unique UNIQUE (reference)
);

CREATE INDEX shipment_list_order ON shipment (created_at DESC, id DESC);
CREATE INDEX shipment_customer ON shipment (customer_code);
CREATE INDEX shipment_region_status ON shipment (region, status);

CREATE TABLE shipment_party (
    shipment_id   uuid    NOT NULL REFERENCES shipment (id) ON DELETE CASCADE,
    position      integer NOT NULL,
    role          text    NOT NULL,
    name          text    NOT NULL,
    street        text,
    city          text,
    postal_code   text,
    country_code  char(2),
    PRIMARY KEY (shipment_id, position)
);

CREATE TABLE shipment_container (
    shipment_id       uuid     NOT NULL REFERENCES shipment (id) ON DELETE CASCADE,
    position          integer  NOT NULL,
    container_number  char(11) NOT NULL,
    size_type         char(4)  NOT NULL,
    PRIMARY KEY (shipment_id, position)
);
CREATE INDEX shipment_container_number ON shipment_container (container_number);

CREATE TABLE shipment_reference (
    shipment_id  uuid    NOT NULL REFERENCES shipment (id) ON DELETE CASCADE,
    position     integer NOT NULL,
    type         text    NOT NULL,
    value        text    NOT NULL,
    PRIMARY KEY (shipment_id, position)
);
CREATE INDEX shipment_reference_value ON shipment_reference (value);

CREATE TABLE shipment_cost_line (
    shipment_id  uuid           NOT NULL REFERENCES shipment (id) ON DELETE CASCADE,
    position     integer        NOT NULL,
    category     text           NOT NULL,
    description  text           NOT NULL,
    amount       numeric(16, 4) NOT NULL,
    currency     char(3)        NOT NULL,
    PRIMARY KEY (shipment_id, position)
);

CREATE TABLE plan_leg (
    shipment_id       uuid        NOT NULL REFERENCES shipment (id) ON DELETE CASCADE,
    position          integer     NOT NULL,
    type              text        NOT NULL,
    mode              text,
    vendor_code       text,
    vendor_name       text,
    from_locode       char(5)     NOT NULL,
    from_facility     text,
    to_locode         char(5)     NOT NULL,
    to_facility       text,
    planned_start     timestamptz NOT NULL,
    planned_end       timestamptz NOT NULL,
    conveyance_name   text,
    conveyance_imo    char(7),
    voyage_or_flight  text,
    documentation_cutoff timestamptz,
    vgm_cutoff        timestamptz,
    cargo_cutoff      timestamptz,
    PRIMARY KEY (shipment_id, position)
);

CREATE TABLE milestone (
    shipment_id  uuid        NOT NULL REFERENCES shipment (id) ON DELETE CASCADE,
    key          text        NOT NULL,
    position     integer     NOT NULL,
    type         text        NOT NULL,
    locode       char(5)     NOT NULL,
    facility     text,
    leg_index    integer     NOT NULL,
    planned      timestamptz,
    estimated    timestamptz,
    actual       timestamptz,
    PRIMARY KEY (shipment_id, key)
);
