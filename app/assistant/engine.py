"""The assistant: the loaded rule packs, ready to start sessions for hearings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from app.assistant.analysis import Analysis, EntryInput
from app.assistant.extract import Extractor
from app.assistant.gazetteer import Gazetteer
from app.assistant.incremental import RuleIndex
from app.assistant.packs.compiled import Knowledge
from app.assistant.packs.discovery import discover, select
from app.assistant.packs.loader import load_packs
from app.assistant.vocabulary import Vocabulary
from app.versions import version_key


class Assistant:
    def __init__(self, knowledge: Knowledge):
        self.knowledge = knowledge
        names = [(p.id, name) for p in knowledge.places.values() for name in _all_names(p)]
        parents = {p.id: p.parent for p in knowledge.places.values()}
        self.gazetteer = Gazetteer(names, parents)
        self.vocabulary = Vocabulary(
            list(knowledge.actors.values()), list(knowledge.topics.values())
        )
        self.extractor = Extractor(self.gazetteer, self.vocabulary, knowledge.places)
        self.index = RuleIndex(knowledge)

    @classmethod
    def load(
        cls,
        rules_dir: Path | str | None = None,
        pinned: dict[str, str] | None = None,
        with_examples: bool = False,
        extra_roots: tuple[Path, ...] = (),
    ) -> Assistant:
        """Load the newest version of every pack, or the ``pinned`` {pack id: version}.

        ``extra_roots``: more folders laid out like ``rules/`` (pack/version/), e.g. verified
        pack updates that came down by sync; their versions join the built-in ones.
        Raises :class:`app.datafiles.DataFileError` naming file:line of every problem.
        """
        if rules_dir is None:
            from app.paths import rules_dir as default_rules_dir

            rules_dir = default_rules_dir()
        rules_dir = Path(rules_dir)
        available = discover(rules_dir)
        for root in extra_roots:
            if Path(root).is_dir():
                for pack_id, versions in discover(Path(root)).items():
                    available.setdefault(pack_id, {}).update(versions)
        chosen = select(available, pinned, rules_dir)
        return cls(load_packs(list(chosen.values()), with_examples))

    @staticmethod
    def available(rules_dir: Path | str) -> dict[str, list[str]]:
        """Installed versions of every pack, oldest first."""
        return {
            pack_id: sorted(versions, key=version_key)
            for pack_id, versions in discover(Path(rules_dir)).items()
        }

    def home_places(self, nationality: str) -> tuple[str, ...]:
        """The country of the packs made for ``nationality`` (ISO code, e.g. SYR): the place
        most of their gazetteer lies in (a pack also names transit countries). A shared place
        name is read as the one in the applicant's own country when nothing nearer decides."""
        code = nationality.strip().upper()
        packs = {pid for pid, p in self.knowledge.packs.items() if code and p.meta.country == code}
        roots = Counter(
            self.gazetteer.ancestors(place)[-1]
            for place, pack in self.knowledge.place_pack.items()
            if pack in packs
        )
        return tuple(root for root, _ in roots.most_common(1))

    @property
    def pack_versions(self) -> dict[str, str]:
        """{pack id: version} of the loaded packs: record this with the hearing."""
        return {pid: p.meta.version for pid, p in sorted(self.knowledge.packs.items())}

    @property
    def packs(self) -> list[Any]:
        """Metadata of the loaded packs (title, sources, the sample-data notice)."""
        return [p.meta for _, p in sorted(self.knowledge.packs.items())]

    def start_analysis(self, case: Any, hearing_date: date, language: str = "de") -> Analysis:
        return Analysis(self, case, hearing_date, language)

    def restore_analysis(
        self, plain: dict[str, Any], case: Any, entries: Iterable[EntryInput] = ()
    ) -> Analysis:
        return Analysis.restore(plain, self, case, entries)


def _all_names(place: Any) -> tuple[str, ...]:
    shown = (place.display.de, place.display.en) if place.display else ()
    return (*place.names, *shown)
