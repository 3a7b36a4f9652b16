-- V12: a mail is delivered at most once, also across a crash or a redeploy.
-- The delivery records the attempt (sending_since) in a transaction of its own before it talks to
-- SMTP, and the outcome (sent_at, or a failure with its next attempt) in another one afterwards.
-- A row still "sending" long after its attempt started lost its outcome (a crash between the
-- server's "250 OK" and the commit): it is never sent again on its own but marked uncertain
-- (uncertain_since), shown on the platform operator's dashboard, and left to the operator.
ALTER TABLE outbox_mail ADD COLUMN sending_since timestamptz;
ALTER TABLE outbox_mail ADD COLUMN uncertain_since timestamptz;

DROP INDEX outbox_mail_due;
CREATE INDEX outbox_mail_due ON outbox_mail (tenant_id, next_attempt_at) WHERE sent_at IS NULL AND sending_since IS NULL;
CREATE INDEX outbox_mail_sending ON outbox_mail (tenant_id, sending_since) WHERE sent_at IS NULL AND sending_since IS NOT NULL;
