"""Every kind of event the review page lists has its words, in German and English."""

from __future__ import annotations

import re
from pathlib import Path

from app.central.web.event_labels import event_labels
from app.central.web.i18n import translations
from app.domain import audit

APP = Path(__file__).resolve().parents[3] / "app"
RECORDED = re.compile(r'record_event\(\s*[^,]+,\s*[^,]+,\s*"([a-z_]+)"')


def _kinds() -> set[str]:
    audit_kinds = {v for k, v in vars(audit.Action).items() if k.isupper()}
    review_kinds = {
        kind
        for path in APP.rglob("*.py")
        for kind in RECORDED.findall(path.read_text(encoding="utf-8"))
    }
    assert {"hearing.created", "hearing.sealed"} <= audit_kinds
    assert {"review_started", "approved", "sign_in"} <= review_kinds
    return audit_kinds | review_kinds | {"rated", "rating_changed"}


def test_every_event_kind_has_words_in_german_and_english():
    german = event_labels(translations("de").gettext)
    english = event_labels(translations("en").gettext)
    missing = sorted(k for k in _kinds() if k not in german)
    assert missing == [], "add these to app/central/web/event_labels.py"
    for kind in _kinds():
        assert german[kind] != english[kind], f"{kind}: no German words ({german[kind]})"
        assert "." not in english[kind] and "_" not in english[kind]
