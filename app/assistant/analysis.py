"""A hearing's assistant session: facts, hints and checklist, kept up to date entry by entry."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from app.assistant.checklist import (
    FIELD_TOPICS,
    Checklist,
    ChecklistItemState,
    ManualMark,
    addressed_topics,
    is_evasive,
    with_marks,
)
from app.assistant.context import EvalContext
from app.assistant.errors import AssistantError, PackVersionMismatch
from app.assistant.facts import Fact
from app.assistant.factstore import FactStore
from app.assistant.hints import Hint, HintDecision, hint_order
from app.assistant.incremental import Changes, Evaluator
from app.assistant.sentences import SentenceScans

if TYPE_CHECKING:
    from app.assistant.engine import Assistant

STATE_FORMAT = 1


@dataclass(frozen=True)
class EntryInput:
    """One transcript entry as the assistant reads it - the same for a fresh start, for typing
    and for rebuilding a saved session, so all three see the same facts.

    ``topics``: what the standard question (``question_ref``) is about (the skeleton's topics);
    ``fields``: its typed answer fields as (field id, label, value).
    """

    number: int
    question: str
    answer: str
    question_ref: str | None = None
    notice_id: str | None = None
    topics: tuple[str, ...] = ()
    fields: tuple[tuple[str, str, str], ...] = ()

    def text(self) -> str:
        """The answer and, below it, the filled typed fields as "label: value" lines: facts
        are read from both (spans in the answer stay where they were typed)."""
        lines = [f"{label}: {value}" for _fid, label, value in self.fields if value.strip()]
        return "\n".join([self.answer, *lines]) if lines else self.answer


@dataclass
class Delta:
    """What one call changed, so the panel can update without redrawing everything."""

    facts_added: list[Fact] = field(default_factory=list)
    facts_removed: list[Fact] = field(default_factory=list)
    hints_added: list[Hint] = field(default_factory=list)
    hints_removed: list[Hint] = field(default_factory=list)
    hints_changed: list[Hint] = field(default_factory=list)
    checklist_changed: list[ChecklistItemState] = field(default_factory=list)
    progress: float = 0.0
    rules_evaluated: int = 0  # for the benchmark and for curiosity

    @property
    def empty(self) -> bool:
        return not (
            self.facts_added
            or self.facts_removed
            or self.hints_added
            or self.hints_removed
            or self.hints_changed
            or self.checklist_changed
        )


class Analysis:
    def __init__(self, assistant: Assistant, case: Any, hearing_date: date, language: str = "de"):
        if language not in ("de", "en"):
            raise AssistantError(f"unknown language '{language}' (de or en)")
        self.assistant, self.case = assistant, case
        self.hearing_date, self.language = hearing_date, language
        self.pack_versions = dict(assistant.pack_versions)
        self._home = assistant.home_places(case.applicant.nationality)  # decides shared names
        self.store = FactStore()
        self.confirmed: set[str] = set()
        self.decisions: dict[str, HintDecision] = {}
        self._open_items_reason = ""
        self._entries: dict[int, EntryInput] = {}
        # Per entry, its sentences' scans as last read: typing re-scans only what changed.
        self._scans: dict[int, SentenceScans] = {}
        self.item_marks: dict[str, ManualMark] = {}
        # For the review (app.assistant.record): every hint the panel showed, as last worded,
        # also those that went away or were ignored; and the record as of each seal version.
        self.shown_hints: dict[str, dict[str, Any]] = {}
        self.seal_snapshots: dict[str, dict[str, Any]] = {}
        self._ctx = EvalContext(
            assistant.knowledge,
            self.store,
            assistant.gazetteer.ancestors,
            case,
            hearing_date,
            language,
        )
        self._evaluator = Evaluator(assistant.index, self._ctx)
        birth = case.applicant.date_of_birth
        self.store.replace_entry(
            None, assistant.extractor.case_file_facts(case.case_file, birth, self._home)
        )
        self._evaluator.evaluate_all()
        self._note_shown(self._evaluator.hints.values())

    # --- editing ---------------------------------------------------------------------------

    def update_entry(
        self,
        number: int,
        question: str,
        answer: str,
        *,
        question_ref: str | None = None,
        notice_id: str | None = None,
        topics: tuple[str, ...] = (),
    ) -> Delta:
        """The interviewer typed in entry ``number`` (new or edited). Cheap: only what it touches."""
        return self.update(
            EntryInput(number, question, answer, question_ref, notice_id, tuple(topics))
        )

    def update(self, entry: EntryInput) -> Delta:
        """Read one entry (new or edited); re-evaluates only what its facts touch."""
        facts = self.assistant.extractor.entry_facts(
            entry.number,
            entry.question,
            entry.text(),
            self.hearing_date,
            entry.question_ref,
            entry.notice_id,
            tuple(entry.topics),
            self._scans.setdefault(entry.number, SentenceScans()),
            home=self._home,
        )
        facts += self._addressed(entry, facts)
        self._entries[entry.number] = entry
        return self._replace(entry.number, facts)

    def _addressed(self, entry: EntryInput, facts: list[Fact]) -> list[Fact]:
        """``addressed`` facts: the checklist topics this entry's answer settles.

        A topic is addressed when the answer names it, when a typed field that belongs to it is
        filled, or - for a question about that one checklist topic - when the answer says
        anything that is not evasive. Asking alone settles nothing.
        """
        watched = self.assistant.index.checklist_topics
        asked = {f.value for f in facts if f.kind == "asked"} & watched
        # "Ich bin nicht krank" answers the question about health as much as "ich bin krank".
        named = {f.value for f in facts if f.kind in ("topic", "negated") and f.source == "answer"}
        found: dict[str, str] = {}
        for topic in sorted(addressed_topics(asked, named)):
            found[topic] = "topic"
        for field_id, _label, value in entry.fields:
            if not is_evasive(value):
                for topic in FIELD_TOPICS.get(field_id, ()):
                    if topic in watched:
                        found.setdefault(topic, "field")
        if len(asked) == 1 and self._asks_only(entry, asked) and not is_evasive(entry.answer):
            found.setdefault(next(iter(asked)), "answer")
        return [
            Fact(
                f"e{entry.number}:addressed:{topic}",
                "addressed",
                topic,
                entry.number,
                source="answer",
                how=how,
                keys=(("addressed",), ("addressed", topic)),
            )
            for topic, how in sorted(found.items())
        ]

    @staticmethod
    def _asks_only(entry: EntryInput, asked: set[str]) -> bool:
        """Whether the question is about the one checklist topic ``asked``, so that any real
        answer to it addresses it. A form's question names the checklist topics it covers (its
        ``topics``); a word of another topic in its wording ("... und haben Sie eine
        Religion?" in the question on nationality) does not make it a question about that
        topic. A question the interviewer typed is judged by its words."""
        return not entry.topics or asked <= set(entry.topics)

    def remove_entry(self, number: int) -> Delta:
        self._entries.pop(number, None)
        self._scans.pop(number, None)
        return self._replace(number, [])

    def _replace(self, number: int, facts: list[Fact]) -> Delta:
        added, removed, changed_keys = self.store.replace_entry(number, facts)
        changes = Changes()
        if added or removed:
            changes = self._evaluator.update(changed_keys, {number}, [*added, *removed])
        return self._delta(changes, added, removed)

    def _delta(self, changes: Changes, added=(), removed=()) -> Delta:
        self._note_shown([*changes.hints_added, *changes.hints_changed])
        return Delta(
            list(added),
            list(removed),
            changes.hints_added,
            changes.hints_removed,
            changes.hints_changed,
            changes.items_changed,
            self.checklist.progress,
            changes.rules_evaluated,
        )

    def reevaluate(self) -> Delta:
        """Evaluate every rule and checklist item from scratch (the baseline the benchmark and
        the tests hold the incremental path against; also after a change of language)."""
        before = dict(self._evaluator.hints)
        self._evaluator = Evaluator(self.assistant.index, self._ctx)
        changes = self._evaluator.evaluate_all()
        after = self._evaluator.hints
        changes.hints_added = [h for i, h in after.items() if i not in before]
        changes.hints_changed = [h for i, h in after.items() if i in before and before[i] != h]
        changes.hints_removed = [h for i, h in before.items() if i not in after]
        return self._delta(changes)

    def _note_shown(self, hints: Iterable[Hint]) -> None:
        from app.assistant.record import shown_hint

        for hint in hints:
            self.shown_hints[hint.id] = shown_hint(hint)

    # --- what the panel shows ----------------------------------------------------------------

    @property
    def facts(self) -> list[Fact]:
        """Every detected fact, rejected ones included (see :meth:`fact_status`)."""
        return self.store.all()

    def facts_in_entry(self, number: int) -> list[Fact]:
        return list(self.store.by_entry.get(number, ()))

    def fact_status(self, fact_id: str) -> str:
        """detected | confirmed | rejected"""
        if fact_id in self.store.rejected:
            return "rejected"
        return "confirmed" if fact_id in self.confirmed else "detected"

    @property
    def hints(self) -> list[Hint]:
        """Current hints: vulnerability cues first, then contradictions, questions, information."""
        return sorted(self._evaluator.hints.values(), key=hint_order)

    def hint(self, hint_id: str) -> Hint | None:
        return self._evaluator.hints.get(hint_id)

    @property
    def checklist(self) -> Checklist:
        """The items as the record settles them, with the interviewer's marks by hand on top."""
        return with_marks(Checklist(tuple(self._evaluator.items)), self.item_marks)

    def entry(self, number: int) -> EntryInput | None:
        """The entry as last read (None if the session does not know it)."""
        return self._entries.get(number)

    # --- language ------------------------------------------------------------------------------

    def set_language(self, language: str) -> Delta:
        """Word hints and checklist in another language (the interface's); the facts stay."""
        if language not in ("de", "en"):
            raise AssistantError(f"unknown language '{language}' (de or en)")
        if language == self.language:
            return self._delta(Changes())
        self.language = self._ctx.language = language
        return self.reevaluate()

    # --- the interviewer decides ---------------------------------------------------------------

    def confirm_fact(self, fact_id: str) -> Delta:
        self._require_fact(fact_id)
        self.confirmed.add(fact_id)
        return self._set_rejected(fact_id, False)

    def reject_fact(self, fact_id: str) -> Delta:
        """The detection is wrong: the fact stops feeding rules (it stays listed as rejected)."""
        self._require_fact(fact_id)
        self.confirmed.discard(fact_id)
        return self._set_rejected(fact_id, True)

    def _set_rejected(self, fact_id: str, rejected: bool) -> Delta:
        changed = self.store.set_rejected(fact_id, rejected)
        fact = self.store.by_id.get(fact_id)
        entries = {fact.entry} if fact and fact.entry is not None else set()
        if not changed or fact is None:
            return self._delta(Changes())
        return self._delta(self._evaluator.update(changed, entries, [fact]))

    def _require_fact(self, fact_id: str) -> None:
        if fact_id not in self.store.by_id:
            raise AssistantError(f"no detected fact '{fact_id}'")

    def mark_hint(
        self, hint_id: str, status: str, answer_entry: int | None = None, reason: str = ""
    ) -> HintDecision:
        """Record that a hint was put to the applicant ("asked") or "dismissed" (with a reason)."""
        if hint_id not in self._evaluator.hints and hint_id not in self.decisions:
            raise AssistantError(f"no hint '{hint_id}'")
        if status == "dismissed" and not reason.strip():
            raise AssistantError("a dismissed hint needs a reason")
        if status not in ("asked", "dismissed"):
            raise AssistantError("a hint is marked 'asked' or 'dismissed'")
        decision = HintDecision(
            status,
            answer_entry if status == "asked" else None,
            reason.strip(),
            datetime.now(UTC).isoformat(timespec="seconds"),
        )
        self.decisions[hint_id] = decision
        return decision

    def decision(self, hint_id: str) -> HintDecision | None:
        return self.decisions.get(hint_id)

    def mark_item(self, item_id: str, status: str, reason: str) -> ChecklistItemState:
        """The interviewer settles an item ("covered") or reopens it ("open") by hand, with a
        short reason for the review. ``status`` "auto" hands the item back to the record."""
        if not any(i.id == item_id for i in self._evaluator.items):
            raise AssistantError(f"no checklist item '{item_id}'")
        if status == "auto":
            self.item_marks.pop(item_id, None)
        elif status not in ("covered", "open"):
            raise AssistantError("a checklist item is marked 'covered', 'open' or 'auto'")
        elif not reason.strip():
            raise AssistantError("marking a checklist item by hand needs a reason")
        else:
            at = datetime.now(UTC).isoformat(timespec="seconds")
            self.item_marks[item_id] = ManualMark(status, reason.strip(), at)
        item = self.checklist.item(item_id)
        assert item is not None
        return item

    def note_seal(self, version: int, open_items_reason: str = "") -> None:
        """The transcript is being sealed as ``version``: keep the assistant's record as it is
        now (hints shown and what became of them, the checklist), for that version's bundle."""
        from app.assistant.record import seal_snapshot

        if open_items_reason.strip():
            self.open_items_reason = open_items_reason
        self.seal_snapshots[str(version)] = seal_snapshot(self)

    @property
    def open_items_reason(self) -> str:
        return self._open_items_reason

    @open_items_reason.setter
    def open_items_reason(self, reason: str) -> None:
        self._open_items_reason = reason.strip()

    # --- persistence ---------------------------------------------------------------------------

    def state_to_plain(self) -> dict[str, Any]:
        """The interviewer's decisions as JSON-ready data (the transcript itself is stored elsewhere)."""
        return {
            "format": STATE_FORMAT,
            "pack_versions": dict(self.pack_versions),
            "hearing_date": self.hearing_date.isoformat(),
            "language": self.language,
            "confirmed_facts": sorted(self.confirmed),
            "rejected_facts": sorted(self.store.rejected),
            "hint_decisions": {h: vars(d).copy() for h, d in sorted(self.decisions.items())},
            "open_items_reason": self._open_items_reason,
            "item_marks": {i: vars(m).copy() for i, m in sorted(self.item_marks.items())},
            "shown_hints": {h: dict(v) for h, v in sorted(self.shown_hints.items())},
            "seal_snapshots": dict(sorted(self.seal_snapshots.items())),
        }

    @classmethod
    def restore(
        cls,
        plain: dict[str, Any],
        assistant: Assistant,
        case: Any,
        entries: Iterable[EntryInput] = (),
        language: str | None = None,
    ) -> Analysis:
        """Rebuild a session from saved decisions and the transcript's entries - read exactly
        as a fresh session reads them (same :class:`EntryInput`, topics and fields included).

        ``language``: word hints in this language (the interface's now) rather than the one
        saved. Raises PackVersionMismatch unless ``assistant`` was loaded with the recorded
        pack versions (``Assistant.load(rules_dir, pinned=plain["pack_versions"])``).
        """
        recorded = plain.get("pack_versions", {})
        if recorded != assistant.pack_versions:
            raise PackVersionMismatch(recorded, assistant.pack_versions)
        session = cls(
            assistant,
            case,
            date.fromisoformat(plain["hearing_date"]),
            language or plain.get("language", "de"),
        )
        for fact_id in plain.get("rejected_facts", ()):
            if fact_id in session.store.by_id:  # a case-file fact, already active
                session._set_rejected(fact_id, True)
            else:  # an entry's fact: inactive from the moment the entry is replayed
                session.store.rejected.add(fact_id)
        session.confirmed.update(plain.get("confirmed_facts", ()))
        for entry in entries:
            if not isinstance(entry, EntryInput):
                raise TypeError(f"entries are EntryInput, not {type(entry).__name__}")
            session.update(entry)
        session.decisions = {
            h: HintDecision(**d) for h, d in plain.get("hint_decisions", {}).items()
        }
        session._open_items_reason = plain.get("open_items_reason", "")
        session.item_marks = {i: ManualMark(**m) for i, m in plain.get("item_marks", {}).items()}
        # Hints shown before the session was closed stay recorded, also those gone since.
        session.shown_hints = {**plain.get("shown_hints", {}), **session.shown_hints}
        session.seal_snapshots = dict(plain.get("seal_snapshots", {}))
        return session
