-- The feedback inbox (BGG §12b, BITV 2.0: a barrier report must reach someone who answers it).
-- A message is NEW until a staff member marks it answered, CLOSED when nothing more is to be
-- done; it can be reopened (back to NEW). Its reply deadline is fixed when it arrives
-- (FeedbackMessage.REPLY_PERIOD, 14 days) and does not move when it is closed and reopened.
-- V1's FORWARDED was never written: forwarding is the outbox mail written with the message.
ALTER TABLE feedback_message DROP CONSTRAINT feedback_message_state_check;
UPDATE feedback_message SET state = 'NEW' WHERE state = 'FORWARDED';

ALTER TABLE feedback_message
    ADD COLUMN reply_due   timestamptz,
    -- the last answer: when, by which staff account (its address), with the note it left
    ADD COLUMN answered_at timestamptz,
    ADD COLUMN answered_by text,
    ADD COLUMN answer_note text CHECK (length(answer_note) <= 2000),
    ADD COLUMN closed_at   timestamptz,
    ADD COLUMN closed_by   text;

-- messages stored before this migration get the deadline they would have got (REPLY_PERIOD)
UPDATE feedback_message SET reply_due = received_at + interval '14 days';

ALTER TABLE feedback_message
    ALTER COLUMN reply_due SET NOT NULL,
    ADD CONSTRAINT feedback_message_state_check CHECK (state IN ('NEW', 'ANSWERED', 'CLOSED')),
    ADD CONSTRAINT feedback_message_due_after_receipt CHECK (reply_due > received_at),
    ADD CONSTRAINT feedback_message_answered_has_time CHECK (state <> 'ANSWERED' OR answered_at IS NOT NULL),
    ADD CONSTRAINT feedback_message_closed_has_time CHECK ((state = 'CLOSED') = (closed_at IS NOT NULL));

-- the inbox's open items and the dashboard's counts
CREATE INDEX feedback_message_open ON feedback_message (tenant_id, reply_due) WHERE state = 'NEW';

-- A mail may name its own Reply-To (the feedback forwarded to the tenant's contact answers to
-- the person who wrote it); without one, mails answer to the tenant's contact address.
ALTER TABLE outbox_mail ADD COLUMN reply_to text CHECK (length(reply_to) <= 254);
