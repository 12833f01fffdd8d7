"""The assistant engine: rule packs, facts from what is said, hints, checklist. No Qt, no SQL.

Start here: ``Assistant.load(rules_dir)`` then ``assistant.start_analysis(case, hearing_date)``;
see docs/assistant-engine.md.
"""

from app.assistant.analysis import Analysis, Delta, EntryInput
from app.assistant.checklist import Checklist, ChecklistItemState
from app.assistant.engine import Assistant
from app.assistant.errors import AssistantError, PackVersionMismatch
from app.assistant.facts import Fact
from app.assistant.hints import Explanation, Hint, HintDecision, StatementRef

__all__ = [
    "Analysis",
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
    "StatementRef",
]
