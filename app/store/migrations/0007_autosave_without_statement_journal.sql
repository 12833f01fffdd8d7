-- The autosave path (every keystroke batch) updates the open revision. SQLite opens a
-- statement journal (a savepoint) for a statement that both writes through a trigger and may
-- abort; RAISE(ABORT) in the one UPDATE trigger on revisions made every keystroke pay for it
-- (and, with cipher_memory_security, for wiping it again: about half the database work per
-- keystroke, docs/benchmarks.md). RAISE(FAIL) refuses the same change with the same message
-- and error (SQLITE_CONSTRAINT) but lets SQLite skip that journal. What differs is only what
-- happens to *other* rows the same statement changed before the refused one: ABORT undoes
-- them, FAIL keeps them. Those rows were open revisions, allowed to change; a closed revision
-- itself is never changed either way (the trigger runs BEFORE the update). In the app every
-- write runs in Store.transaction(), which rolls the whole transaction back on the error.
DROP TRIGGER revisions_closed_frozen;
CREATE TRIGGER revisions_closed_frozen BEFORE UPDATE ON revisions WHEN OLD.closed = 1
BEGIN SELECT RAISE(FAIL, 'a closed revision cannot change'); END;
