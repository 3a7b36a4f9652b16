-- Issue 11: two reads of every registration went through all of a tenant's (or an event's)
-- rows, so a registration got slower with every one before it (bench/registrations.sh: 2 ms of
-- each insert and 2-3 ms of each placement under the event's seat lock, at a few thousand rows).

-- The first-in-series trigger (V5, V9) looks the new address up among all of the tenant's
-- registrations (its event and every event of its series): without an index on the address
-- across events, every insert read the whole table.
CREATE INDEX registration_address ON registration (tenant_id, email_key) WHERE email_key IS NOT NULL;

-- A waiting person's place (Waitlist.positionOf) counts those waiting in the same event and
-- mode who arrived earlier, in the same workshop or in none: the mode belongs in the index, and
-- the workshop beside it, so that the count reads the index and not each row.
DROP INDEX registration_waitlist;
CREATE INDEX registration_waitlist ON registration (tenant_id, event_id, mode, arrival) INCLUDE (workshop_id)
    WHERE status = 'WAITLISTED';
