-- What a funder demands as proof of use (Verwendungsnachweis): its reference number for the
-- grant (Förderkennzeichen / Aktenzeichen), printed on the funding report, and how many years
-- after an event it pays for the participant lists must be kept (GDPR Art. 17(3)(b): a legal
-- obligation of the grant's recipient). Empty: nothing demanded beyond the tenant's period.
ALTER TABLE funder
    ADD COLUMN reference_number text CHECK (length(reference_number) BETWEEN 1 AND 100),
    ADD COLUMN proof_retention_years integer CHECK (proof_retention_years BETWEEN 1 AND 30);

-- Erasure of such an event's registrations comes in two steps: after the tenant's period the
-- contact data (mail address, private link, check-in code, notes) goes and the time is recorded
-- here; name and organisation, which the lists show, stay until the funder's period ends.
ALTER TABLE registration ADD COLUMN contact_erased_at timestamptz;
-- A registration holds a person with a way to reach them, or (first step) a name on a list, or nobody.
ALTER TABLE registration DROP CONSTRAINT registration_check;
ALTER TABLE registration ADD CONSTRAINT registration_person CHECK (
    anonymized_at IS NOT NULL
    OR (name IS NOT NULL AND contact_erased_at IS NOT NULL)
    OR (name IS NOT NULL AND email IS NOT NULL AND email_key IS NOT NULL));
