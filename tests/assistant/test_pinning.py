"""Pack versions: recorded with the session; a sealed transcript keeps the hints it was made under."""

from __future__ import annotations

import shutil

import pytest

from app.assistant import Assistant, EntryInput, PackVersionMismatch
from app.datafiles import DataFileError
from app.paths import rules_dir
from tests.assistant.conftest import HEARING, make_case

ANSWER = "Ich komme aus Hawler. 2014 griff der IS an."


@pytest.fixture
def two_versions(tmp_path):
    """The sample rules plus an Iraq 2026.1 whose Erbil card has new wording."""
    root = tmp_path / "rules"
    shutil.copytree(rules_dir(), root)
    newer = root / "iraq" / "2026.1"
    shutil.copytree(root / "iraq" / "2025.2", newer)
    pack = (newer / "pack.yaml").read_text(encoding="utf-8")
    (newer / "pack.yaml").write_text(
        pack.replace('version: "2025.2"', 'version: "2026.1"'), "utf-8"
    )
    rules = (newer / "rules.yaml").read_text(encoding="utf-8")
    rules = rules.replace("IS und {{ place }}: was die Leitsätze sagen", "IS und {{ place }} (neu)")
    (newer / "rules.yaml").write_text(rules, encoding="utf-8")
    return root


def test_newest_version_is_loaded_and_older_stays_available(two_versions):
    assert Assistant.available(two_versions)["iraq"] == ["2025.1", "2025.2", "2026.1"]
    assert Assistant.load(two_versions).pack_versions["iraq"] == "2026.1"
    assert Assistant.load(two_versions, pinned={"iraq": "2025.1"}).pack_versions["iraq"] == "2025.1"


def test_sealed_transcript_is_rebuilt_under_its_recorded_versions(two_versions):
    old = Assistant.load(two_versions, pinned={"iraq": "2025.1"})
    case = make_case()
    session = old.start_analysis(case, HEARING)
    session.update_entry(1, "Q", ANSWER)
    session.mark_hint("irq.erbil_is", "asked", answer_entry=2)
    saved = session.state_to_plain()
    assert saved["pack_versions"]["iraq"] == "2025.1" == session.pack_versions["iraq"]
    title = session.hint("irq.erbil_is").title

    newest = Assistant.load(two_versions)
    with pytest.raises(PackVersionMismatch):
        newest.restore_analysis(saved, case, [EntryInput(1, "Q", ANSWER)])
    assert newest.start_analysis(case, HEARING).pack_versions["iraq"] == "2026.1"

    pinned = Assistant.load(two_versions, pinned=saved["pack_versions"])
    restored = pinned.restore_analysis(saved, case, [EntryInput(1, "Q", ANSWER)])
    assert restored.hint("irq.erbil_is").title == title == "IS und Erbil: was die Leitsätze sagen"
    assert restored.decision("irq.erbil_is").answer_entry == 2


def test_restore_keeps_fact_decisions(assistant):
    case = make_case(place_of_origin="Erbil")
    session = assistant.start_analysis(case, HEARING)
    session.update_entry(1, "Q", ANSWER)
    session.reject_fact("e1:actor:islamic_state")
    session.confirm_fact("e1:place:erbil")
    session.reject_fact("case:origin:erbil")
    restored = Session_restore(assistant, session, case)
    assert restored.fact_status("e1:actor:islamic_state") == "rejected"
    assert restored.fact_status("e1:place:erbil") == "confirmed"
    assert restored.fact_status("case:origin:erbil") == "rejected"
    assert {h.id for h in restored.hints} == {h.id for h in session.hints}


def Session_restore(assistant, session, case):
    import json

    plain = json.loads(json.dumps(session.state_to_plain()))  # as the app stores it
    return assistant.restore_analysis(plain, case, [EntryInput(1, "Q", ANSWER)])


def test_pinning_a_version_that_is_not_installed(two_versions):
    with pytest.raises(DataFileError) as err:
        Assistant.load(two_versions, pinned={"iraq": "2019.1"})
    assert "2019.1" in str(err.value) and "2025.1, 2025.2, 2026.1" in str(err.value)
