"""The assistant engine: rule packs, facts from what is said, hints, checklist. No Qt, no SQL.

Start here: ``Assistant.load(rules_dir)`` then ``assistant.start_session(case, hearing_date)``;
see docs/assistant-engine.md.
"""

from app.assistant.checklist import Checklist, ChecklistItemState
from app.assistant.engine import Assistant
from app.assistant.errors import AssistantError, PackVersionMismatch
from app.assistant.facts import Fact
from app.assistant.hints import Explanation, Hint, HintDecision, StatementRef
from app.assistant.session import Delta, EntryInput, Session

__all__ = [
    "Assistant",
    "AssistantError",
    "Checklist",
    "ChecklistItemState",
    "Delta",
    "EntryInput",
    "Explanation",
    "Fact",
    "Hint",
    "HintDecision",
    "PackVersionMismatch",
    "Session",
    "StatementRef",
]
