-- Fachtag schema, version 4: a tenant's own wording of its mails' first paragraph, per kind
-- and language, as JSON ({"CONFIRMATION": {"de": "...", "en": "..."}}); empty: the platform's.
ALTER TABLE tenant_profile ADD COLUMN mail_intros text NOT NULL DEFAULT '{}';
