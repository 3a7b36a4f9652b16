-- V19: a funder may require its notice ("Gefördert durch …", name or logo, text) on name badges
-- as well, not only on programmes, lists and reports (noticeOnBadges in the tenant file).
-- Funders that said nothing keep badges free of notices.
ALTER TABLE funder ADD COLUMN notice_on_badges boolean NOT NULL DEFAULT false;
