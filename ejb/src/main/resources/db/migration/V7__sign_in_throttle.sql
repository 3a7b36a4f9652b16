-- Failed staff sign-ins, counted per account address and per client address, so that guessing a
-- password costs time (de.fachtag.identity.SignInThrottle holds the rule). One table for every
-- instance: a limit kept in one JVM's memory would let an attacker spread attempts over them.
-- Platform-wide like the sign-in lookup itself, since staff sign in before any tenant is known.
-- An account is kept as the SHA-256 of its normalised address, a client as its IP address; a
-- row is deleted by a successful sign-in (account) or when a lock is lifted.
CREATE TABLE sign_in_throttle (
    subject        text PRIMARY KEY CHECK (subject ~ '^(account|client):.{1,100}$'),
    failures       integer NOT NULL CHECK (failures > 0),
    last_failure   timestamptz NOT NULL,
    -- no attempt for this subject is checked before this moment
    blocked_until  timestamptz NOT NULL,
    -- set while the subject is locked (failures reached the lock threshold): a tenant admin or
    -- the operator can lift it before blocked_until
    locked_at      timestamptz
);
GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_throttle TO ${appRole};

-- What the platform did for security that someone may have to account for later: each sign-in
-- lock and who lifted it. Append only for the application role.
CREATE TABLE security_log (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at       timestamptz NOT NULL DEFAULT now(),
    action   text NOT NULL CHECK (action IN ('SIGN_IN_LOCKED', 'SIGN_IN_UNLOCKED')),
    subject  text NOT NULL CHECK (length(subject) <= 200),
    detail   text CHECK (length(detail) <= 500)
);
GRANT SELECT, INSERT ON security_log TO ${appRole};
