-- Follow-up of a series' recommendations (issue 13): the responsible person of a recommendation
-- of a series documentation (the 2019 regional conferences) gets a personal link like the one of
-- an event's recommendation. A link belongs to exactly one event or one series; a workshop
-- lead's link always to an event (its workshop's).
ALTER TABLE results_access ALTER COLUMN event_id DROP NOT NULL;
ALTER TABLE results_access
    ADD COLUMN series_id uuid,
    ADD CONSTRAINT results_access_event_or_series CHECK (num_nonnulls(event_id, series_id) = 1),
    ADD CONSTRAINT results_access_lead_of_event CHECK (purpose <> 'WORKSHOP_LEAD' OR event_id IS NOT NULL),
    ADD FOREIGN KEY (tenant_id, series_id) REFERENCES event_series (tenant_id, id);
CREATE INDEX results_access_series ON results_access (tenant_id, series_id) WHERE series_id IS NOT NULL;
