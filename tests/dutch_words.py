"""Dutch words that must not appear in a refusal shown in English: the words of the fragments
this program builds (a place in an imported tree, a bound, a schema difference, a listed value)
and the small words of any Dutch sentence. None of them is also an English word, so an English
text in which one turns up carries Dutch inside it."""

from __future__ import annotations

import re

DUTCH = frozenset("""
    de het een van naar niet geen bij voor mag moet kan wordt zijn heeft hoort die dat en nog
    verwijst bestaat ontbreekt onbekende onbekend tabel rij rijen kolom minstens hoogste minder
    verwacht toegestaan waarde tekst tekens gemeente gemeenten taakveld deelnemer eigenaar lid
    actie rubriek samenwerking kerngetal verdeelsleutel categorie optie onderdeel vreemd
    beveiliging vastgestelde traject trajecten gereed vervallen uitvoering behandeling beantwoord
    kader vraag resultaat organisatie extern toekomstig verder geheel leden datum vergadering
    versienummer gegevens genest diep hangt hoofdstuk noemt methode geldige criterium redden
    bestand map zaal telefoons kies opnieuw bewaard niets alleen
""".split())

_WORD = re.compile(r"[^\W\d_]+")
#: A value in straight quotes ('gemeente') is a word a file must hold as it is (a JSON import's
#: allowed values, a column's stored ones): the same in every language, so not counted.
_FILE_VALUE = re.compile(r"'[^']*'")


def dutch_in(text: str) -> set[str]:
    """The Dutch words of :data:`DUTCH` in ``text`` (whole words, any case)."""
    return {word for word in _WORD.findall(_FILE_VALUE.sub("", text).lower()) if word in DUTCH}
