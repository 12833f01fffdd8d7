"""How the Niederschrift names the applicant and the interpreter in running German text.

The applicant's sex is recorded with the case ("f", "m", "x" or empty); the interpreter is
free text, usually typed with a form of address ("Frau Yilmaz", "Herr Haddad"). Where the
sex is not known (or is "x"), the record uses the neutral participle form ("die
antragstellende Person", "die sprachmittelnde Person"): the federal drafting guidance
(BMJ, Handbuch der Rechtsförmlichkeit, Rn. 110 ff.) prefers neutral or paired forms in
running text and does not use slash forms such as "Sprachmittler/in" there.
"""

from __future__ import annotations

from dataclasses import dataclass

_ADDRESS = {"frau": "f", "herr": "m", "herrn": "m"}


def interpreter_sex(interpreter: str) -> str:
    """'f' or 'm' from the form of address the interpreter's name starts with, else ''."""
    first = interpreter.strip().split(maxsplit=1)[0:1]
    return _ADDRESS.get(first[0].lower().rstrip(".,:"), "") if first else ""


@dataclass(frozen=True)
class PersonForms:
    """The German forms a notice needs: nominative and dative of the applicant, the dative
    pronoun referring to them, and the accusative of the interpreter's role."""

    applicant: str
    applicant_dative: str
    applicant_pronoun_dative: str
    interpreter_accusative: str


_APPLICANT = {
    "m": ("Der Antragsteller", "dem Antragsteller", "ihm"),
    "f": ("Die Antragstellerin", "der Antragstellerin", "ihr"),
}
_APPLICANT_NEUTRAL = ("Die antragstellende Person", "der antragstellenden Person", "ihr")
_INTERPRETER = {"m": "den Sprachmittler", "f": "die Sprachmittlerin"}
_INTERPRETER_NEUTRAL = "die sprachmittelnde Person"


def german_forms(applicant_sex: str, interpreter: str) -> PersonForms:
    nominative, dative, pronoun = _APPLICANT.get(applicant_sex, _APPLICANT_NEUTRAL)
    role = _INTERPRETER.get(interpreter_sex(interpreter), _INTERPRETER_NEUTRAL)
    return PersonForms(nominative, dative, pronoun, role)
