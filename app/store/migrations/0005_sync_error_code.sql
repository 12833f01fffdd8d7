-- Why the last attempt to send a version failed, as a stable code beside the English text
-- (last_error): the desktop shows the reason in the interviewer's language by its code.
ALTER TABLE sync_versions ADD COLUMN last_error_code TEXT NOT NULL DEFAULT '';
