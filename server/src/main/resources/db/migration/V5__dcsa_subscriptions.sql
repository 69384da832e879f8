-- DCSA Track & Trace 2.2 both ways: carriers that push events to our callback (and that we poll), and our
-- own subscribers, to whom we push the events applied to shipments. See docs/dcsa.md.

-- A carrier we receive DCSA events from. The secret is the one we generated and gave the carrier to sign
-- its notifications with: a credential, shown once when the subscription is registered and never again.
CREATE TABLE carrier_subscription (
    id                     uuid        PRIMARY KEY,
    carrier_code           text        NOT NULL,
    base_url               text        NOT NULL,            -- the carrier's DCSA API root; we GET {base}/v2/events
    secret                 bytea       NOT NULL,            -- HMAC-SHA256 key of the Notification-Signature
    created_at             timestamptz NOT NULL,
    created_by             text        NOT NULL,
    active                 boolean     NOT NULL DEFAULT true,
    last_event_created_at  timestamptz,                     -- newest eventCreatedDateTime pulled so far
    last_polled_at         timestamptz
);
CREATE INDEX carrier_subscription_by_carrier ON carrier_subscription (carrier_code, created_at);

-- Someone (a customer's system) subscribed to our events at /v2/event-subscriptions. The filters are the
-- subscription body without callbackUrl and secret, as DCSA names them.
CREATE TABLE event_subscription (
    id            uuid        PRIMARY KEY,
    owner         text        NOT NULL,                     -- the user who created it; only they see it
    callback_url  text        NOT NULL,
    secret        bytea       NOT NULL,                     -- the subscriber's key for the Notification-Signature
    filters       jsonb       NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX event_subscription_by_owner ON event_subscription (owner, created_at, id);

-- One event due to one subscriber: queued when the event is applied, sent (bundled per subscriber) with
-- bounded retries. published_id names the DCSA event: event key, shipment, and container for equipment.
CREATE TABLE event_notification (
    subscription_id   uuid        NOT NULL REFERENCES event_subscription (id) ON DELETE CASCADE,
    published_id      text        NOT NULL,
    event_created_at  timestamptz NOT NULL,
    attempts          integer     NOT NULL DEFAULT 0,
    next_attempt_at   timestamptz NOT NULL,
    delivered_at      timestamptz,
    gave_up_at        timestamptz,
    last_error        text,
    PRIMARY KEY (subscription_id, published_id)
);
CREATE INDEX event_notification_due ON event_notification (next_attempt_at)
    WHERE delivered_at IS NULL AND gave_up_at IS NULL;

-- How far the notifier has looked at event_application.applied_at (it re-reads a short overlap before it,
-- so an application committed late is not missed; the primary key above makes that harmless).
CREATE TABLE event_notification_watermark (
    id             integer     PRIMARY KEY CHECK (id = 1),
    applied_up_to  timestamptz NOT NULL
);

-- A name-based (version 3, MD5) UUID, the same as Java's UUID.nameUUIDFromBytes(name as UTF-8): the
-- published eventID and transportCallID, derived from our keys so that they never change.
CREATE FUNCTION dcsa_name_uuid(name text) RETURNS uuid
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
$$
SELECT overlay(overlay(md5(name) PLACING '3' FROM 13 FOR 1)
               PLACING substr('89ab', ((('x' || substr(md5(name), 17, 1))::bit(4)::integer) & 3) + 1, 1)
               FROM 17 FOR 1)::uuid
$$;

-- The notifier asks every few seconds for what was applied since it last looked, and GET /v2/events pages in
-- order of application: both read event_application by applied_at.
CREATE INDEX event_application_applied_at ON event_application (applied_at);
