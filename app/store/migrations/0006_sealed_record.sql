-- Everything a seal covers is frozen once the hearing is sealed (app/store/sealed_record.py
-- lists it). Before this migration only revisions and new entries were protected: a sealed
-- hearing's header, an entry's speaker, corrections and breaks could still be changed by code
-- that bypassed the domain. Updates that keep a value are let through (the header is written
-- whole); the retention purge (sync_purge_marker) is the one way to remove a sealed
-- transcript's content.

CREATE TRIGGER sealed_case_frozen BEFORE UPDATE ON cases
WHEN (OLD.id IS NOT NEW.id OR OLD.reference IS NOT NEW.reference
      OR OLD.applicant IS NOT NEW.applicant)
 AND EXISTS (SELECT 1 FROM hearings h WHERE h.case_id = OLD.id AND h.state = 'sealed')
BEGIN SELECT RAISE(ABORT, 'the transcript is sealed'); END;

CREATE TRIGGER sealed_hearing_frozen BEFORE UPDATE ON hearings
WHEN OLD.state = 'sealed'
 AND (OLD.id IS NOT NEW.id OR OLD.case_id IS NOT NEW.case_id
      OR OLD.skeleton_id IS NOT NEW.skeleton_id OR OLD.interviewer IS NOT NEW.interviewer
      OR OLD.interpreter IS NOT NEW.interpreter OR OLD.language IS NOT NEW.language
      OR OLD.place IS NOT NEW.place OR OLD.participants IS NOT NEW.participants
      OR OLD.started_at IS NOT NEW.started_at OR OLD.ended_at IS NOT NEW.ended_at
      OR OLD.state IS NOT NEW.state OR OLD.readback IS NOT NEW.readback
      OR OLD.pack_versions IS NOT NEW.pack_versions)
 AND NOT EXISTS (SELECT 1 FROM sync_purge_marker m WHERE m.hearing_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'the transcript is sealed'); END;

CREATE TRIGGER sealed_entry_frozen BEFORE UPDATE ON entries
WHEN (OLD.id IS NOT NEW.id OR OLD.hearing_id IS NOT NEW.hearing_id
      OR OLD.number IS NOT NEW.number OR OLD.kind IS NOT NEW.kind
      OR OLD.speaker IS NOT NEW.speaker OR OLD.question_ref IS NOT NEW.question_ref
      OR OLD.notice_id IS NOT NEW.notice_id OR OLD.created_at IS NOT NEW.created_at)
 AND (SELECT state FROM hearings WHERE id = OLD.hearing_id) = 'sealed'
BEGIN SELECT RAISE(ABORT, 'the transcript is sealed'); END;

-- A correction is a record of what the applicant said at read-back: never changed.
CREATE TRIGGER corrections_no_update BEFORE UPDATE ON corrections
BEGIN SELECT RAISE(ABORT, 'a correction cannot change'); END;
CREATE TRIGGER sealed_no_new_correction BEFORE INSERT ON corrections
WHEN (SELECT state FROM hearings WHERE id = NEW.hearing_id) = 'sealed'
BEGIN SELECT RAISE(ABORT, 'the transcript is sealed'); END;

CREATE TRIGGER sealed_break_frozen BEFORE UPDATE ON breaks
WHEN (SELECT state FROM hearings WHERE id = OLD.hearing_id) = 'sealed'
BEGIN SELECT RAISE(ABORT, 'the transcript is sealed'); END;
CREATE TRIGGER sealed_no_new_break BEFORE INSERT ON breaks
WHEN (SELECT state FROM hearings WHERE id = NEW.hearing_id) = 'sealed'
BEGIN SELECT RAISE(ABORT, 'the transcript is sealed'); END;
CREATE TRIGGER breaks_no_delete BEFORE DELETE ON breaks
WHEN NOT EXISTS (SELECT 1 FROM sync_purge_marker m WHERE m.hearing_id = OLD.hearing_id)
BEGIN SELECT RAISE(ABORT, 'breaks are never deleted'); END;

CREATE TRIGGER sealed_hearing_no_delete BEFORE DELETE ON hearings
WHEN OLD.state = 'sealed'
BEGIN SELECT RAISE(ABORT, 'the transcript is sealed'); END;
