-- The operator's workspace: each user's default scope (the region and team whose queue they work), the queue
-- filters they last used (kept across sessions and browsers), and notes on shipments.

ALTER TABLE users ADD COLUMN region text;
ALTER TABLE users ADD COLUMN team text;
ALTER TABLE users ADD COLUMN queue_filters text;   -- the work queue's query string, as the user last set it

CREATE TABLE shipment_note (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shipment_id  uuid        NOT NULL REFERENCES shipment (id) ON DELETE CASCADE,
    written_at   timestamptz NOT NULL,
    written_by   text        NOT NULL,
    text         text        NOT NULL
);
CREATE INDEX shipment_note_by_shipment ON shipment_note (shipment_id, written_at DESC);
