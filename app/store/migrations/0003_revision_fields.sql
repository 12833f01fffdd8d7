-- Typed answer fields of skeleton questions (place, date, yes/no, people, number), kept with
-- each revision so that a changed field is revisioned like changed text.
ALTER TABLE revisions ADD COLUMN fields TEXT NOT NULL DEFAULT '{}';
