-- The sealed-transcript triggers of 0001 ran two subqueries on every autosave. Sealing closes
-- every revision in the same transaction, so revisions_closed_frozen already refuses any change
-- to a sealed revision; what remains is refusing *new* revisions and *new* entries:
--  * a new revision of a sealed entry has a number above 1 (revision 1 exists and is closed;
--    writing it again is an update, refused by revisions_closed_frozen), so the subqueries
--    are needed only then;
--  * a new entry in a sealed hearing must be an addendum (0001 did not check this at all).
DROP TRIGGER sealed_no_revision_change;
DROP TRIGGER sealed_no_new_revision;

CREATE TRIGGER sealed_no_new_revision BEFORE INSERT ON revisions
WHEN NEW.number > 1
 AND (SELECT e.kind FROM entries e WHERE e.id = NEW.entry_id) != 'addendum'
 AND (SELECT h.state FROM hearings h JOIN entries e ON e.hearing_id = h.id
      WHERE e.id = NEW.entry_id) = 'sealed'
BEGIN SELECT RAISE(ABORT, 'the transcript is sealed'); END;

CREATE TRIGGER sealed_no_new_entry BEFORE INSERT ON entries
WHEN NEW.kind != 'addendum'
 AND (SELECT state FROM hearings WHERE id = NEW.hearing_id) = 'sealed'
BEGIN SELECT RAISE(ABORT, 'the transcript is sealed'); END;
