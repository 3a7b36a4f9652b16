-- Issue 11: taking an event's seat lock in one statement. SeatLock sent three (set the wait,
-- take the lock, reset the wait), the last of them while holding the lock, which every other
-- registration of the event waits for. Only the advisory lock itself waits at most
-- wait_seconds (lock_timeout 55P03, SeatsBusyException); the transaction's later statements
-- wait as before. Returns the key, as a statement must return something.
CREATE FUNCTION seat_lock(key text, wait_seconds integer) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('lock_timeout', wait_seconds || 's', true);
    PERFORM pg_advisory_xact_lock(hashtextextended(key, 0));
    PERFORM set_config('lock_timeout', '0', true);
    RETURN key;
END
$$;
REVOKE ALL ON FUNCTION seat_lock(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION seat_lock(text, integer) TO ${appRole};
