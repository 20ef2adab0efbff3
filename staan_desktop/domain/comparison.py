"""A readable comparison of two versions of a trajectory: what was added, changed or removed,
per part of the startdocument (statements, interests, task fields, owners, roles, sections …).

Items are matched by what identifies them to a reader — a task field, criterion, role or
municipality by its name, a motive by its letter — and plain lists (statements, rules, the
text blocks of a chapter) by their text, so that inserting one statement shows as one
addition and not as every later statement changed.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

from .document import Block, BlockKind, Conference, Participant, Role, Section, TaskField, Trajectory

ADDED, CHANGED, REMOVED, MOVED = "toegevoegd", "gewijzigd", "verwijderd", "verplaatst"
_SIGN = {ADDED: "+", CHANGED: "~", REMOVED: "-", MOVED: "↕"}

T = TypeVar("T")


@dataclass(frozen=True)
class Difference:
    part: str
    change: str
    item: str
    before: str = ""
    after: str = ""


class _Collector:
    def __init__(self) -> None:
        self.found: list[Difference] = []

    def add(self, part: str, change: str, item: str, before: object = "", after: object = "") -> None:
        self.found.append(Difference(part, change, item, _show(before), _show(after)))

    def fields(self, part: str, label: str, old: Any, new: Any, fields: Sequence[tuple[str, str]]) -> None:
        for attribute, name in fields:
            a, b = getattr(old, attribute), getattr(new, attribute)
            if a != b:
                self.add(part, CHANGED, f"{label} – {name}", a, b)

    def texts(self, part: str, noun: str, old: Sequence[str], new: Sequence[str]) -> None:
        """A list of texts, matched by content (difflib), numbered as the reader sees them."""
        matcher = difflib.SequenceMatcher(a=list(old), b=list(new), autojunk=False)
        for op, a0, a1, b0, b1 in matcher.get_opcodes():
            if op == "equal":
                continue
            pairs = min(a1 - a0, b1 - b0) if op == "replace" else 0
            for k in range(pairs):
                self.add(part, CHANGED, f"{noun} {b0 + k + 1}", old[a0 + k], new[b0 + k])
            for k in range(a0 + pairs, a1):
                self.add(part, REMOVED, f"{noun} {k + 1}", old[k])
            for k in range(b0 + pairs, b1):
                self.add(part, ADDED, f"{noun} {k + 1}", "", new[k])

    def keyed(
        self,
        part: str,
        label: Callable[[T], str],
        old: Sequence[T],
        new: Sequence[T],
        key: Callable[[T], Hashable],
        details: Callable[[str, T, T], None] | None = None,
        describe: Callable[[T], str] | None = None,
    ) -> dict[Hashable, Hashable]:
        """Items with an identity: added and removed by key, the common ones compared in detail.

        An item removed at the same place where another is added was renamed (its key changed);
        it is reported as changed and compared in detail. Returns the renames, old key → new key.
        """
        old_keyed, new_keyed = _occurrences(old, key), _occurrences(new, key)
        old_by, new_by = dict(old_keyed), dict(new_keyed)
        removed = {i: (k, x) for i, (k, x) in enumerate(old_keyed) if k not in new_by}
        added = {j: (k, y) for j, (k, y) in enumerate(new_keyed) if k not in old_by}
        renames: dict[Hashable, Hashable] = {}
        for i, (k, x) in removed.items():
            if i in added:
                renames[k[0]] = added[i][0][0]
            else:
                self.add(part, REMOVED, label(x), describe(x) if describe else "")
        for j, (k, y) in enumerate(new_keyed):
            if j in added and j in removed:
                before = removed[j][1]
                self.add(part, CHANGED, f"{label(y)} – naam", _key_text(removed[j][0][0]), _key_text(k[0]))
                if details is not None:
                    details(label(y), before, y)
            elif j in added:
                self.add(part, ADDED, label(y), "", describe(y) if describe else "")
            elif details is not None:
                details(label(y), old_by[k], y)
        common_old = [k for k, _ in old_keyed if k in new_by]
        common_new = [k for k, _ in new_keyed if k in old_by]
        if common_old != common_new:
            self.add(part, MOVED, "volgorde", ", ".join(_key_text(k[0]) for k in common_old),
                     ", ".join(_key_text(k[0]) for k in common_new))
        return renames


def _occurrences(items: Sequence[T], key: Callable[[T], Hashable]) -> list[tuple[tuple[Hashable, int], T]]:
    # Keys are meant to be unique, but a list may repeat one (two motives with the letter K):
    # the second occurrence is matched with the second occurrence.
    seen: dict[Hashable, int] = {}
    result = []
    for item in items:
        k = key(item)
        seen[k] = seen.get(k, 0) + 1
        result.append(((k, seen[k]), item))
    return result


def _key_text(key: Hashable) -> str:
    return " / ".join(str(k) for k in key) if isinstance(key, tuple) else str(key)


def _show(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, (tuple, list)):
        return ", ".join(_show(v) for v in value)
    return str(value)


def _block_text(block: Block) -> str:
    return block.text if block.kind == BlockKind.TEXT else f"[onderdeel: {block.kind.value}]"


def _sections(c: _Collector, old: Sequence[Section], new: Sequence[Section], path: str) -> None:
    part = "Hoofdstukken"

    def details(label: str, a: Section, b: Section) -> None:
        c.texts(part, f"{label}, blok", [_block_text(x) for x in a.blocks], [_block_text(x) for x in b.blocks])
        _sections(c, a.children, b.children, f"{path}{b.title} › ")

    c.keyed(part, lambda s: f"Hoofdstuk ‘{path}{s.title}’", old, new, lambda s: s.title, details)


def _conferences(c: _Collector, old: Sequence[Conference], new: Sequence[Conference]) -> None:
    part = "Werkconferenties"
    for i in range(max(len(old), len(new))):
        label = f"Werkconferentie {i + 1}"
        if i >= len(new):
            c.add(part, REMOVED, label, f"{old[i].date} {old[i].place}".strip())
        elif i >= len(old):
            c.add(part, ADDED, label, "", f"{new[i].date} {new[i].place}".strip())
        else:
            a, b = old[i], new[i]
            c.fields(part, label, a, b, [("date", "datum"), ("place", "plaats"), ("theme", "thema")])
            c.keyed(
                part,
                functools.partial(_participant_label, label),
                a.participants,
                b.participants,
                lambda p: p.name,
                lambda lbl, x, y: c.fields(part, lbl, x, y, [("municipality", "gemeente"), ("function", "functie")]),
            )
            c.texts(part, f"{label} – vraag", a.questions, b.questions)


def _task_field(c: _Collector, label: str, a: TaskField, b: TaskField) -> None:
    part = "Taakvelden"
    c.fields(part, label, a, b, [("description", "omschrijving"), ("footnote", "voetnoot"), ("shortlisted", "preferent")])

    def override(tf: TaskField) -> str:
        if tf.override is None:
            return "—"
        return f"{tf.override.class_key or 'niet geselecteerd'} ({tf.override.reason})"

    if a.override != b.override:
        c.add(part, CHANGED, f"{label} – indeling op besluit", override(a), override(b))
    c.keyed(
        part,
        lambda s: f"{label} – score ‘{s.criterion}’, {s.municipality or 'gezamenlijk'}",
        a.scores,
        b.scores,
        lambda s: (s.criterion, s.municipality or ""),
        lambda lbl, x, y: c.fields(part, lbl, x, y, [("value", "waarde"), ("note", "toelichting")]),
        describe=lambda s: str(s.value),
    )
    c.keyed(
        "Eigenaren",
        lambda o: f"{label} – {o.role.value} ‘{o.person}’",
        a.owners,
        b.owners,
        lambda o: (o.person, o.role.value),
        lambda lbl, x, y: c.fields("Eigenaren", lbl, x, y, [("municipality", "gemeente"), ("from_date", "vanaf")]),
    )


def _role(c: _Collector, label: str, a: Role, b: Role) -> None:
    part = "Rollen"
    c.fields(part, label, a, b, [("description", "beschrijving"), ("responsibilities_title", "kop verantwoordelijkheden")])

    def texts(role: Role) -> list[str]:
        return [r.text + (f" [voetnoot: {r.footnote}]" if r.footnote else "") for r in role.responsibilities]

    c.texts(part, f"{label} – verantwoordelijkheid", texts(a), texts(b))
    c.keyed(
        part,
        lambda m: f"{label} – lid ‘{m.name}’",
        a.members,
        b.members,
        lambda m: m.name,
        lambda lbl, x, y: c.fields(part, lbl, x, y, [("municipality", "gemeente")]),
    )


_INFO_FIELDS = [
    ("title", "titel"),
    ("subtitle", "ondertitel"),
    ("short_name", "korte naam"),
    ("procesmanager", "procesmanager"),
    ("author_role", "opgesteld door"),
    ("document_date", "datum"),
    ("version_label", "versieaanduiding"),
    ("status", "status"),
    ("character_keywords", "kernwoorden"),
    ("differences", "verschillen tussen de gemeenten"),
]


def _with_renames(
    tree: Trajectory,
    municipalities: dict[Hashable, Hashable],
    criteria: dict[Hashable, Hashable],
    classes: dict[Hashable, Hashable],
) -> Trajectory:
    """``tree`` with renamed municipalities, criteria and class keys already under their new
    names, so that a rename shows once and not as every score and owner removed and added."""
    if not (municipalities or criteria or classes):
        return tree
    data = tree.model_dump()

    def mun(holder: dict[str, Any]) -> None:
        holder["municipality"] = municipalities.get(holder["municipality"], holder["municipality"])

    for conference in data["conferences"]:
        for participant in conference["participants"]:
            mun(participant)
    for category in data["interests"]:
        for column in category["columns"]:
            mun(column)
    for tf in data["task_fields"]:
        for score in tf["scores"]:
            mun(score)
            score["criterion"] = criteria.get(score["criterion"], score["criterion"])
        for owner in tf["owners"]:
            mun(owner)
        if tf["override"] is not None and tf["override"]["class_key"] is not None:
            tf["override"]["class_key"] = classes.get(tf["override"]["class_key"], tf["override"]["class_key"])
    for role in data["roles"]:
        for member in role["members"]:
            mun(member)
    for weight_set in data["weight_sets"]:
        mun(weight_set)
        for weight in weight_set["weights"]:
            weight["criterion"] = criteria.get(weight["criterion"], weight["criterion"])
    return Trajectory.model_validate(data)


def compare(old: Trajectory, new: Trajectory) -> list[Difference]:
    """What changed from ``old`` to ``new``, part by part in the order of the startdocument."""
    c = _Collector()
    c.fields("Traject", "Traject", old.trajectory, new.trajectory, _INFO_FIELDS)
    municipalities = c.keyed("Gemeenten", lambda m: f"Gemeente ‘{m}’", old.municipalities, new.municipalities, lambda m: m)
    criteria = c.keyed(
        "Criteria",
        lambda x: f"Criterium ‘{x.name}’",
        old.criteria,
        new.criteria,
        lambda x: x.name,
        lambda lbl, a, b: c.fields("Criteria", lbl, a, b, [("weight", "gewicht"), ("scale_min", "schaal van"), ("scale_max", "schaal tot")]),
    )
    classes = c.keyed(
        "Klassen",
        lambda x: f"Klasse ‘{x.name}’",
        old.classes,
        new.classes,
        lambda x: x.key,
        lambda lbl, a, b: c.fields("Klassen", lbl, a, b, [("name", "naam"), ("note", "voetnoot"), ("min_ratio", "ondergrens")]),
    )
    old = _with_renames(old, municipalities, criteria, classes)
    _conferences(c, old.conferences, new.conferences)
    _sections(c, old.sections, new.sections, "")
    c.texts("Uitspraken", "Uitspraak", old.statements, new.statements)
    c.keyed(
        "Motieven",
        lambda m: f"Motief {m.letter} ‘{m.name}’",
        old.motives,
        new.motives,
        lambda m: m.letter,
        lambda lbl, a, b: c.fields("Motieven", lbl, a, b, [("name", "naam"), ("explanation", "toelichting")]),
    )

    def interests(label: str, a: Any, b: Any) -> None:
        c.keyed(
            "Belangen",
            lambda col: f"{label} – {col.municipality}",
            a.columns,
            b.columns,
            lambda col: col.municipality,
            lambda lbl, x, y: c.texts("Belangen", f"{lbl}, belang", x.items, y.items),
            describe=lambda col: "; ".join(col.items),
        )

    c.keyed("Belangen", lambda cat: f"Categorie ‘{cat.name}’", old.interests, new.interests, lambda cat: cat.name, interests)
    c.keyed("Taakvelden", lambda x: f"Taakveld ‘{x.name}’", old.task_fields, new.task_fields, lambda x: x.name,
            lambda lbl, a, b: _task_field(c, lbl, a, b))
    c.keyed("Rollen", lambda r: f"Rol ‘{r.name}’", old.roles, new.roles, lambda r: r.name, lambda lbl, a, b: _role(c, lbl, a, b))
    c.texts("Spelregels", "Spelregel", old.rules, new.rules)

    def weights(label: str, a: Any, b: Any) -> None:
        c.keyed(WEIGHTS, lambda w: f"{label}, ‘{w.criterion}’", a.weights, b.weights, lambda w: w.criterion,
                lambda lbl, x, y: c.fields(WEIGHTS, lbl, x, y, [("weight", "gewicht")]), describe=lambda w: _show(w.weight))

    c.keyed(WEIGHTS, lambda s: f"Gewichten van ‘{s.municipality}’", old.weight_sets, new.weight_sets, lambda s: s.municipality,
            weights, describe=lambda s: ", ".join(f"{w.criterion} {w.weight:g}" for w in s.weights))
    order = {p: i for i, p in enumerate(PARTS)}
    return sorted(c.found, key=lambda d: order.get(d.part, len(order)))  # stable: keeps order within a part


WEIGHTS = "Gewichten per gemeente"
PARTS = (
    "Traject", "Gemeenten", "Werkconferenties", "Hoofdstukken", "Uitspraken", "Motieven", "Belangen",
    "Criteria", "Klassen", WEIGHTS, "Taakvelden", "Eigenaren", "Rollen", "Spelregels",
)  # fmt: skip


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def describe(difference: Difference, limit: int = 90) -> str:
    """One line in words, e.g. ``Uitspraak 3: ‘oud’ → ‘nieuw’``."""
    d = difference
    if d.change == CHANGED:
        return f"{d.item}: ‘{_clip(d.before, limit)}’ → ‘{_clip(d.after, limit)}’"
    if d.change == MOVED:
        return f"{d.item} gewijzigd" + (f": {_clip(d.after, limit)}" if d.after else "")
    value = d.after if d.change == ADDED else d.before
    return f"{d.item}" + (f": ‘{_clip(value, limit)}’" if value else "")


def format_differences(differences: Sequence[Difference], old_label: str, new_label: str, limit: int = 90) -> str:
    if not differences:
        return f"Geen verschillen tussen {old_label} en {new_label}."
    count = len(differences)
    lines = [f"Verschillen van {old_label} naar {new_label}: {count} {'wijziging' if count == 1 else 'wijzigingen'}."]
    part = None
    for d in differences:
        if d.part != part:
            part = d.part
            lines += ["", part]
        lines.append(f"  {_SIGN[d.change]} {d.change + ':':<12} {describe(d, limit)}")
    return "\n".join(lines)


def _participant_label(conference: str, participant: Participant) -> str:
    return f"{conference} – deelnemer ‘{participant.name}’"
