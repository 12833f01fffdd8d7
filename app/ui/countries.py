"""Country names for the nationality codes the case records (ISO 3166-1 alpha-3, and the
ICAO codes for stateless and unknown), in the UI language: the screen shows "Syrien", the case
keeps "SYR". A code not listed here is shown as it is. Rule packs are named the same way."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Countries"

NAMES: dict[str, str] = {
    "AFG": QT_TRANSLATE_NOOP("Countries", "Afghanistan"),
    "DEU": QT_TRANSLATE_NOOP("Countries", "Germany"),
    "ERI": QT_TRANSLATE_NOOP("Countries", "Eritrea"),
    "IRN": QT_TRANSLATE_NOOP("Countries", "Iran"),
    "IRQ": QT_TRANSLATE_NOOP("Countries", "Iraq"),
    "NGA": QT_TRANSLATE_NOOP("Countries", "Nigeria"),
    "SOM": QT_TRANSLATE_NOOP("Countries", "Somalia"),
    "SYR": QT_TRANSLATE_NOOP("Countries", "Syria"),
    "TUR": QT_TRANSLATE_NOOP("Countries", "Türkiye"),
    "VEN": QT_TRANSLATE_NOOP("Countries", "Venezuela"),
    "XXA": QT_TRANSLATE_NOOP("Countries", "stateless"),
    "XXX": QT_TRANSLATE_NOOP("Countries", "unknown"),
}


def country_name(code: str) -> str:
    """The country's name in the UI language; the code itself when it is not known here."""
    source = NAMES.get(code.strip().upper())
    return QCoreApplication.translate(CONTEXT, source) if source else code


def pack_name(pack_id: str, meta=None) -> str:
    """A rule pack as the interviewer reads it: its country's name, "allgemein",
    "Checkliste" - not its internal id ("iraq"), which stands only where its metadata is
    not at hand."""
    if meta is None:
        return pack_id
    if meta.kind == "country" and meta.country:
        return country_name(meta.country)
    if meta.kind == "checklist":
        return QCoreApplication.translate("Packs", "checklist")
    return QCoreApplication.translate("Packs", "general")
