-- Request limits that hold across every application instance: one token bucket per key, such
-- as "registration|{tenant}|{client address}". A request takes a token in one atomic UPSERT
-- (the bucket refills continuously up to its capacity); nothing is kept in one JVM's memory.
-- A platform table: the key names the tenant, and the rows hold no tenant's data beyond a
-- client address, deleted once its bucket has been full for a while.
CREATE TABLE rate_limit_bucket (
    bucket       text PRIMARY KEY CHECK (length(bucket) BETWEEN 1 AND 300),
    tokens       double precision NOT NULL,
    refreshed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX rate_limit_bucket_refreshed ON rate_limit_bucket (refreshed_at);

GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limit_bucket TO ${appRole};
