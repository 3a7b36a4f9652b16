-- Scheduled jobs run once per cluster and period (issue 11): every instance runs the same timers,
-- and the first one to insert (job, period) does the work; the others find the row and skip.
-- The insert happens in the job's own transaction (INSERT ... ON CONFLICT DO NOTHING), so a
-- concurrent claim waits for that transaction and then finds the row, and a job that fails rolls
-- its claim back and leaves the period to the next attempt. The rows outlive restarts: a period
-- that ran is not run again after a full restart of every instance.
-- A platform table: a job that works per tenant names the tenant in the job column; the rows hold
-- no tenant's data. The daily retention run deletes rows claimed more than 35 days ago.
CREATE TABLE job_run (
    job         text NOT NULL CHECK (job ~ '^[a-z0-9:._-]{1,100}$'),
    -- the period the run stands for, as the job names it: a day (2026-12-06), a minute
    -- (2026-12-06T03:17Z), ...
    period      text NOT NULL CHECK (length(period) BETWEEN 1 AND 40),
    claimed_at  timestamptz NOT NULL DEFAULT statement_timestamp(),
    -- which instance ran it (host and process), for the operator
    claimed_by  text NOT NULL CHECK (length(claimed_by) <= 200),
    PRIMARY KEY (job, period)
);
CREATE INDEX job_run_claimed_at ON job_run (claimed_at);

GRANT SELECT, INSERT, DELETE ON job_run TO ${appRole};
