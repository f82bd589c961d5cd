"""Vigilance call campaigns: the call script (standard questions, validation of a script
and of the answers to it, the need for help read from the answers, warnings on notes)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.domain.campaign.common import (
    CODE_RE,
    OPTION_LABEL_MAX,
    OPTIONS_MAX,
    QUESTION_LABEL_MAX,
    SCRIPT_MAX_QUESTIONS,
    ContactPerson,
    QuestionKind,
)
from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.i18n import message as _m

# --------------------------------------------------------------------------- script


@dataclass(frozen=True)
class ScriptQuestion:
    """One question of the call script; the answers are option codes (no free text:
    the note is the only free text, and it is sensitive)."""

    code: str
    label: str
    options: tuple[tuple[str, str], ...]  # (code, label)
    kind: QuestionKind = QuestionKind.SINGLE
    # Must be answered when the tenant himself was reached.
    required: bool = True
    # MULTIPLE: the option meaning "none", exclusive of the others.
    none_option: str = ""

    def to_json(self) -> dict:
        return {
            "code": self.code,
            "label": self.label,
            "kind": self.kind.value,
            "options": [{"code": c, "label": lbl} for c, lbl in self.options],
            "required": self.required,
            "none_option": self.none_option,
        }

    @classmethod
    def from_json(cls, value: dict) -> ScriptQuestion:
        return cls(
            code=str(value["code"]),
            label=str(value["label"]),
            options=tuple((str(o["code"]), str(o["label"])) for o in value["options"]),
            kind=QuestionKind(value.get("kind", QuestionKind.SINGLE.value)),
            required=bool(value.get("required", True)),
            none_option=str(value.get("none_option", "")),
        )

    def option_codes(self) -> list[str]:
        return [c for c, _lbl in self.options]


Q_HEALTH = "SANTE"
Q_MEALS = "COURSES_REPAS"
Q_SUPPORT = "ENTOURAGE"
Q_MEASURES = "MESURES"
Q_HELP = "BESOIN_AIDE"
HELP_NONE = "AUCUN"

DEFAULT_SCRIPT: tuple[ScriptQuestion, ...] = (
    ScriptQuestion(
        Q_HEALTH,
        QT_TRANSLATE_NOOP("messages", "Comment allez-vous ? (ressenti, sans détail médical)"),
        (
            ("BIEN", QT_TRANSLATE_NOOP("messages", "Bien")),
            ("FATIGUE", QT_TRANSLATE_NOOP("messages", "Fatigué(e), moral en baisse")),
            ("PREOCCUPANT", QT_TRANSLATE_NOOP("messages", "Situation préoccupante")),
        ),
    ),
    ScriptQuestion(
        Q_MEALS,
        QT_TRANSLATE_NOOP("messages", "Courses et repas"),
        (
            ("AUTONOME", QT_TRANSLATE_NOOP("messages", "Se débrouille seul(e)")),
            ("PROCHES", QT_TRANSLATE_NOOP("messages", "Assurés par la famille ou des voisins")),
            ("PORTAGE", QT_TRANSLATE_NOOP("messages", "Portage de repas ou livraison en place")),
            ("DIFFICILE", QT_TRANSLATE_NOOP("messages", "Difficile, pas de solution")),
        ),
    ),
    ScriptQuestion(
        Q_SUPPORT,
        QT_TRANSLATE_NOOP("messages", "Soutien de la famille ou des voisins"),
        (
            ("QUOTIDIEN", QT_TRANSLATE_NOOP("messages", "Contact chaque jour")),
            ("HEBDOMADAIRE", QT_TRANSLATE_NOOP("messages", "Contact chaque semaine")),
            ("RARE", QT_TRANSLATE_NOOP("messages", "Rare ou aucun")),
        ),
    ),
    ScriptQuestion(
        Q_MEASURES,
        QT_TRANSLATE_NOOP(
            "messages", "Connaissance des mesures de protection et des numéros utiles"
        ),
        (
            ("CONNUES", QT_TRANSLATE_NOOP("messages", "Connues")),
            (
                "PARTIELLEMENT",
                QT_TRANSLATE_NOOP("messages", "En partie, complétées pendant l'appel"),
            ),
            (
                "EXPLIQUEES",
                QT_TRANSLATE_NOOP("messages", "Non connues, expliquées pendant l'appel"),
            ),
        ),
    ),
    ScriptQuestion(
        Q_HELP,
        QT_TRANSLATE_NOOP("messages", "Besoin d'aide"),
        (
            (HELP_NONE, QT_TRANSLATE_NOOP("messages", "Aucun")),
            ("COURSES", QT_TRANSLATE_NOOP("messages", "Courses")),
            ("REPAS", QT_TRANSLATE_NOOP("messages", "Repas")),
            ("MEDICAMENTS", QT_TRANSLATE_NOOP("messages", "Médicaments à aller chercher")),
            ("ECOUTE", QT_TRANSLATE_NOOP("messages", "Isolement, besoin d'écoute")),
            ("DEMARCHES", QT_TRANSLATE_NOOP("messages", "Démarches administratives")),
            ("LOGEMENT", QT_TRANSLATE_NOOP("messages", "Problème dans le logement")),
            ("AUTRE", QT_TRANSLATE_NOOP("messages", "Autre besoin")),
        ),
        kind=QuestionKind.MULTIPLE,
        none_option=HELP_NONE,
    ),
)


def default_script() -> list[ScriptQuestion]:
    return list(DEFAULT_SCRIPT)


def script_to_json(script: Iterable[ScriptQuestion]) -> list[dict]:
    return [q.to_json() for q in script]


def script_from_json(value: Any) -> list[ScriptQuestion]:
    return [ScriptQuestion.from_json(v) for v in (value or [])]


def validate_script(script: list[ScriptQuestion]) -> None:
    """Raise ``ValidationError`` for a script that cannot be used."""
    errors: dict[str, Message] = {}
    if not script:
        errors["script"] = _m(
            QT_TRANSLATE_NOOP("messages", "Le script d'appel doit comporter au moins une question.")
        )
    if len(script) > SCRIPT_MAX_QUESTIONS:
        errors["script"] = _m(
            QT_TRANSLATE_NOOP("messages", "{max} questions au plus."), max=SCRIPT_MAX_QUESTIONS
        )
    seen: set[str] = set()
    for i, q in enumerate(script):
        key = f"script.{i + 1}"
        if not CODE_RE.fullmatch(q.code):
            errors[f"{key}.code"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Code de question invalide « {code} » : majuscules, chiffres et "
                    "_ (20 caractères au plus).",
                ),
                code=q.code[:30],
            )
        elif q.code in seen:
            errors[f"{key}.code"] = _m(
                QT_TRANSLATE_NOOP("messages", "La question « {code} » figure deux fois."),
                code=q.code,
            )
        seen.add(q.code)
        if not q.label.strip() or len(q.label) > QUESTION_LABEL_MAX:
            errors[f"{key}.label"] = _m(
                QT_TRANSLATE_NOOP("messages", "Libellé de la question : 1 à {max} caractères."),
                max=QUESTION_LABEL_MAX,
            )
        codes = q.option_codes()
        if not 2 <= len(codes) <= OPTIONS_MAX:
            errors[f"{key}.options"] = _m(
                QT_TRANSLATE_NOOP("messages", "Chaque question propose de 2 à {max} réponses."),
                max=OPTIONS_MAX,
            )
        elif len(set(codes)) != len(codes) or not all(CODE_RE.fullmatch(c) for c in codes):
            errors[f"{key}.options"] = _m(
                QT_TRANSLATE_NOOP("messages", "Codes de réponse invalides ou en double.")
            )
        elif any(not lbl.strip() or len(lbl) > OPTION_LABEL_MAX for _c, lbl in q.options):
            errors[f"{key}.options"] = _m(
                QT_TRANSLATE_NOOP("messages", "Libellé de réponse : 1 à {max} caractères."),
                max=OPTION_LABEL_MAX,
            )
        if q.none_option and q.none_option not in codes:
            errors[f"{key}.none_option"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages", "La réponse « aucun » doit être l'une des réponses proposées."
                )
            )
    if errors:
        raise ValidationError(errors)


def validate_answers(
    script: list[ScriptQuestion],
    answers: dict | None,
    person: ContactPerson | None,
    *,
    conversation: bool = True,
) -> dict[str, Any]:
    """The answers normalised (``{code: option}`` or ``{code: [options]}``), or
    ``ValidationError``. Nobody reached: no answers. The tenant on the phone
    (``conversation``): every required question answered. A relative, a neighbour, the
    tenant seen at a visit: what could be learnt."""
    answers = {str(k): v for k, v in (answers or {}).items() if v not in (None, "", [], ())}
    errors: dict[str, Message] = {}
    if person is None:
        if answers:
            errors["answers"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Personne n'a été joint : le script ne peut pas avoir de réponses."
                )
            )
        if errors:
            raise ValidationError(errors)
        return {}
    by_code = {q.code: q for q in script}
    clean: dict[str, Any] = {}
    for code, value in answers.items():
        q = by_code.get(code)
        if q is None:
            errors[f"answers.{code}"] = _m(
                QT_TRANSLATE_NOOP("messages", "Question inconnue du script : « {code} »."),
                code=code[:30],
            )
            continue
        codes = q.option_codes()
        if q.kind == QuestionKind.MULTIPLE:
            values = [value] if isinstance(value, str) else list(value)
            values = [str(v) for v in values]
            unknown = [v for v in values if v not in codes]
            if unknown:
                errors[f"answers.{code}"] = _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Réponse inconnue « {value} » à la question « {question} »."
                    ),
                    value=unknown[0][:30],
                    question=q.label,
                )
            elif q.none_option and q.none_option in values and len(set(values)) > 1:
                errors[f"answers.{code}"] = _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "« {none} » ne peut pas être coché avec un autre besoin."
                    ),
                    none=dict(q.options)[q.none_option],
                )
            else:
                clean[code] = [c for c in codes if c in values]  # script order, no repeats
        else:
            if not isinstance(value, str) or value not in codes:
                errors[f"answers.{code}"] = _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Réponse inconnue « {value} » à la question « {question} »."
                    ),
                    value=str(value)[:30],
                    question=q.label,
                )
            else:
                clean[code] = value
    if person == ContactPerson.TENANT and conversation:
        for q in script:
            if q.required and q.code not in answers and f"answers.{q.code}" not in errors:
                errors[f"answers.{q.code}"] = _m(
                    QT_TRANSLATE_NOOP("messages", "Réponse attendue : « {question} »."),
                    question=q.label,
                )
    if errors:
        raise ValidationError(errors)
    return clean


def need_from_answers(script: list[ScriptQuestion], answers: dict[str, Any]) -> bool | None:
    """True when the answers express a need of help (a need other than « none » ticked,
    or meals with no solution); ``None`` when the script does not tell."""
    told = False
    for q in script:
        value = answers.get(q.code)
        if value is None:
            continue
        if q.code == Q_HELP or (q.kind == QuestionKind.MULTIPLE and q.none_option):
            told = True
            values = value if isinstance(value, list) else [value]
            if any(v != q.none_option for v in values):
                return True
        if q.code == Q_MEALS and value == "DIFFICILE":
            return True
    return False if told else None


# Words suggesting medical detail in a free note (docs/domain.md#campaigns: no medical free text).
MEDICAL_WORDS = (
    "alzheimer",
    "cancer",
    "chimio",
    "démence",
    "dément",
    "dépression",
    "diabète",
    "dialyse",
    "hospitalis",
    "insuline",
    "maladie",
    "malade",
    "médecin",
    "médicament",
    "ordonnance",
    "parkinson",
    "pathologie",
    "psychiatr",
    "traitement",
    "covid",
    "handicap",
    "suicid",
    "alcool",
)


def note_warnings(note: str) -> list[Message]:
    """Warnings for a free note: medical details should not be written there."""
    folded = note.casefold()
    found = sorted({w for w in MEDICAL_WORDS if w in folded})
    if not found:
        return []
    return [
        _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "La note semble contenir des informations médicales ({words}) : "
                "n'écrivez que ce qui est nécessaire pour aider la personne.",
            ),
            words=", ".join(found[:5]),
        )
    ]
