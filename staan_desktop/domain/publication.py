"""The public version of a startdocument: who may be named, and the tree with the others replaced.

Dutch practice under the Woo and the AVG is "nee, tenzij": the names of officials without a
public function are not published. *Bestuurders* (burgemeester, wethouder, raadslid,
portefeuillehouder) and *gemeentesecretarissen* have one; staff do not. Every person in the
document — participant, owner or project leader, member of a role, the procesmanager — carries
``public_function``: ``None`` follows the default below, ``True``/``False`` is an explicit choice.

A name is one person wherever it appears, so the rule is per name:

* if any of its entries carries an explicit choice, the explicit choices decide: published only
  when none of them says no;
* otherwise it is published when one of its entries has a public role by default.

The public version replaces every name that is not published — in the person's own fields and
in every other text of the tree (a chapter that mentions them, a title, a keyword) — by the role
and party of its first entry, e.g. ``[projectleider, Tynaarlo]``, and lists each replacement in a
redaction log. Its fingerprint covers that content *and* the version it was derived from.
No I/O here: the services gather the facts, the reports render the result.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .document import Trajectory
from .fingerprint import fingerprint_of_value, tree_value

#: Words in a function (participants) or a role's name (members) that mark a public function.
PUBLIC_WORDS = (
    "burgemeester", "wethouder", "raadslid", "raadsleden", "gemeenteraad", "portefeuillehouder",
    "bestuurder", "bestuurlijk", "gemeentesecretaris", "gemeentesecretarissen", "stuurgroep",
)  # fmt: skip
#: A replaced name is at most this long (it stays a valid name of the tree).
MAX_REPLACEMENT = 200


def has_public_role(text: str) -> bool:
    """Whether a function or role name marks a public function (by the words above)."""
    lowered = text.lower()
    return any(word in lowered for word in PUBLIC_WORDS)


@dataclass(frozen=True)
class PersonEntry:
    """One place where a person is named."""

    name: str
    #: ``participant``, ``owner``, ``member`` or ``procesmanager``.
    kind: str
    #: Where, in words: ``Werkconferentie 30 mei 2012 – deelnemer 2``.
    where: str
    #: The role in words (``teamleider Financiën``, ``projectleider``, ``lid van De stuurgroep``).
    role: str
    party: str | None
    explicit: bool | None
    default: bool

    @property
    def replacement(self) -> str:
        text = " ".join(self.role.split()) or "persoon"
        if self.party:
            text += f", {' '.join(self.party.split())}"
        return f"[{text[:MAX_REPLACEMENT]}]"


def person_entries(tree: Trajectory) -> Iterator[PersonEntry]:
    """Every person of the tree, in document order, with their default by role."""
    info = tree.trajectory
    if info.procesmanager.strip():
        yield PersonEntry(info.procesmanager.strip(), "procesmanager", "Titelpagina – procesmanager", "procesmanager",
                          None, info.procesmanager_public, False)
    for c, conference in enumerate(tree.conferences, 1):
        label = "Werkconferentie " + (conference.date.strip() or str(c))
        for p, participant in enumerate(conference.participants, 1):
            function = participant.function.strip()
            yield PersonEntry(participant.name, "participant", f"{label} – deelnemer {p}", function or "deelnemer",
                              participant.municipality, participant.public_function, has_public_role(function))
    for task_field in tree.task_fields:
        for o, owner in enumerate(task_field.owners, 1):
            yield PersonEntry(owner.person, "owner", f"Taakveld ‘{task_field.name}’ – {owner.role.value} {o}",
                              owner.role.value, owner.municipality, owner.public_function, False)
    for role in tree.roles:
        for m, member in enumerate(role.members, 1):
            yield PersonEntry(member.name, "member", f"Rol ‘{role.name}’ – lid {m}", f"lid van {role.name}",
                              member.municipality, member.public_function, has_public_role(role.name))


def published_names(tree: Trajectory) -> dict[str, bool]:
    """Every person's name → whether it is published (the rule of the module documentation)."""
    by_name: dict[str, list[PersonEntry]] = {}
    for entry in person_entries(tree):
        by_name.setdefault(entry.name, []).append(entry)
    out: dict[str, bool] = {}
    for name, entries in by_name.items():
        explicit = [e.explicit for e in entries if e.explicit is not None]
        out[name] = all(explicit) if explicit else any(e.default for e in entries)
    return out


def effective_public(tree: Trajectory, name: str) -> bool:
    return published_names(tree).get(name, True)


@dataclass(frozen=True)
class Redaction:
    """One replaced name: what, by what, and where it was named."""

    name: str
    replacement: str
    #: The entries that name the person (``Taakveld ‘Inkoop’ – eigenaar 1``).
    places: tuple[str, ...]
    #: Other texts of the tree the name was found in, as paths (``sections/0/blocks/1/text``).
    texts: tuple[str, ...] = ()


@dataclass(frozen=True)
class PublicVersion:
    tree: Trajectory
    redactions: tuple[Redaction, ...]
    #: ``"versie 3"`` or ``"het concept"``: what it was derived from.
    source_label: str
    source_fingerprint: str
    fingerprint: str

    @property
    def derivation(self) -> str:
        """One line that says what this is, for the title page, properties and the log."""
        return (f"openbare versie, afgeleid van {self.source_label} (SHA-256 {self.source_fingerprint}); "
                f"vingerafdruk van de openbare versie: SHA-256 {self.fingerprint}")

    def redact_text(self, text: str) -> str:
        """``text`` (a sign-off member, a comment) with the same replacements as the tree."""
        replaced: str = _replacer(self.redactions)(text)
        return replaced


#: Superscript digits (footnote marks) may follow a name directly: "Tonnie Vos⁵".
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def name_pattern(name: str) -> str:
    """A regular expression for ``name`` as a whole: not inside a longer word ("Jan" in
    "Jannes"), but found before punctuation or a footnote mark."""
    return rf"(?<![^\W{_SUPERSCRIPTS}]){re.escape(name)}(?![^\W{_SUPERSCRIPTS}])"


def _replacer(redactions: tuple[Redaction, ...]) -> Any:
    if not redactions:
        return lambda text: text
    # Longest first, so that "Jan Jansen" is replaced as a whole before a "Jan" of another entry.
    ordered = sorted(redactions, key=lambda r: -len(r.name))
    pattern = re.compile("|".join(name_pattern(r.name) for r in ordered))
    table = {r.name: r.replacement for r in ordered}

    def replace(text: str) -> str:
        return pattern.sub(lambda m: table[m.group(0)], text) if text else text

    return replace


def _finder(redactions: tuple[Redaction, ...]) -> Any:
    if not redactions:
        return lambda text: []
    ordered = sorted(redactions, key=lambda r: -len(r.name))
    pattern = re.compile("|".join(name_pattern(r.name) for r in ordered))
    return lambda text: [m.group(0) for m in pattern.finditer(text)] if text else []


def _strings(value: Any, path: str) -> Iterator[tuple[str, str]]:
    """Every user text of a dumped tree with its path (``sections/0/blocks/1/text``)."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, f"{path}/{i}" if path else str(i))
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in _FIXED:
                yield from _strings(item, f"{path}/{key}" if path else key)


def public_fingerprint(content: Trajectory, source_label: str, source_fingerprint: str) -> str:
    """SHA-256 over the public content together with what it was derived from: the public
    version of another version never shares a fingerprint with this one."""
    return fingerprint_of_value({
        "derived_from": {"version": source_label, "fingerprint": source_fingerprint},
        "public": tree_value(content),
    })


def public_version(tree: Trajectory, *, source_label: str, source_fingerprint: str) -> PublicVersion:
    """The tree with every name that is not published replaced (see the module documentation)."""
    published = published_names(tree)
    entries = list(person_entries(tree))
    hidden = tuple(Redaction(name, "[persoon]", ()) for name, public in published.items() if not public)
    # A role or function may itself mention a name that is not published.
    scrub = _replacer(hidden)
    redactions: list[Redaction] = []
    for name, public in published.items():
        if public:
            continue
        mine = [e for e in entries if e.name == name]
        redactions.append(Redaction(name, scrub(mine[0].replacement), tuple(e.where for e in mine)))
    replace = _replacer(tuple(redactions))
    found: dict[str, list[str]] = {}
    finder = _finder(tuple(redactions))

    def person(value: dict[str, Any], key: str, entry: PersonEntry) -> None:
        if not published[entry.name]:
            value[key] = scrub(entry.replacement)

    dumped = tree.model_dump(mode="json")
    for path, text in _strings(dumped, ""):
        for name in finder(text):
            found.setdefault(name, []).append(path)
    value = _map_strings(dumped, replace)
    # Each entry's own field gets its own role and party (a project leader stays a project leader).
    it = iter(entries)
    info = tree.trajectory
    if info.procesmanager.strip():
        person(value["trajectory"], "procesmanager", next(it))
    for conference in value["conferences"]:
        for participant in conference["participants"]:
            person(participant, "name", next(it))
    for task_field in value["task_fields"]:
        for owner in task_field["owners"]:
            person(owner, "person", next(it))
    for role in value["roles"]:
        for member in role["members"]:
            person(member, "name", next(it))
    content = Trajectory.model_validate(value)
    redactions = [
        Redaction(r.name, r.replacement, r.places,
                  tuple(dict.fromkeys(p for p in found.get(r.name, ()) if not _PERSON_FIELD.match(p))))
        for r in redactions
    ]
    public_fp = public_fingerprint(content, source_label, source_fingerprint)
    return PublicVersion(content, tuple(redactions), source_label, source_fingerprint, public_fp)


#: The paths of the persons' own name fields (listed as places, not as texts).
_PERSON_FIELD = re.compile(
    r"^(conferences/\d+/participants/\d+/name|task_fields/\d+/owners/\d+/person|roles/\d+/members/\d+/name"
    r"|trajectory/procesmanager)$"
)
#: Keys whose values are fixed words of the format (enumerations), never a user's text.
_FIXED = frozenset({"format", "kind", "role", "status", "verdict"})


def _map_strings(value: Any, replace: Any) -> Any:
    if isinstance(value, str):
        return replace(value)
    if isinstance(value, list):
        return [_map_strings(v, replace) for v in value]
    if isinstance(value, dict):
        return {k: v if k in _FIXED else _map_strings(v, replace) for k, v in value.items()}
    return value
