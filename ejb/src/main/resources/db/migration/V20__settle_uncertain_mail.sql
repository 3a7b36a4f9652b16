-- The platform operator settles a mail whose delivery is uncertain (V12: the process died
-- between the SMTP server's answer and the record of it) on the platform dashboard: either it
-- arrived ("was sent") or it is to be sent again. Each decision is a security log entry, since
-- it decides whether a person may get a mail twice or not at all.
ALTER TABLE security_log DROP CONSTRAINT security_log_action_check;
ALTER TABLE security_log ADD CONSTRAINT security_log_action_check
    CHECK (action IN ('SIGN_IN_LOCKED', 'SIGN_IN_UNLOCKED', 'MAIL_SETTLED_AS_SENT', 'MAIL_SENT_AGAIN'));
