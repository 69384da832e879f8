-- Which event set each milestone time (report time and event key), so that a later-reported event
-- supersedes an earlier one and never the other way round, across restarts too.
ALTER TABLE milestone
    ADD COLUMN planned_by_at    timestamptz,
    ADD COLUMN planned_by_key   text,
    ADD COLUMN estimated_by_at  timestamptz,
    ADD COLUMN estimated_by_key text,
    ADD COLUMN actual_by_at     timestamptz,
    ADD COLUMN actual_by_key    text;
