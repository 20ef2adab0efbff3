"""History and comparison of versions, and what an export of version N contains."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from staan_desktop.domain.comparison import ADDED, CHANGED, MOVED, REMOVED, compare, format_differences
from staan_desktop.domain.document import Status
from staan_desktop.services import edits, versions
from staan_desktop.services.errors import DocumentError
from staan_desktop.services.interchange import create_demo, load_tree
from staan_desktop.services.signoff import sign_off
from staan_desktop.services.store import open_document


@pytest.fixture
def doc(tmp_path: Path):  # type: ignore[no-untyped-def]
    d = create_demo(tmp_path / "demo.staan")
    yield d
    d.close()


def two_versions(doc) -> None:  # type: ignore[no-untyped-def]
    sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker"], meeting="Stuurgroep 3")
    versions.start_new_draft(doc)
    edits.add_statement(doc, text="Wij delen ook data.")
    edits.update_statement(doc, statement_id=2, text="Samenwerking is een middel.")
    edits.remove(doc, "statement", 3)
    edits.update_task_field(doc, task_field_id=1, description="Heffen en innen", shortlisted=False)
    edits.set_score(doc, task_field_id=1, criterion_id=1, municipality_id=None, value=2)
    edits.add_owner(doc, task_field_id=2, person="Kees Jansen", role="projectleider")
    edits.add_member(doc, role_id=1, name="Jan de Vries", municipality_id=2)
    edits.add_interest(doc, category_id=1, municipality_id=1, text="Rust in de organisatie")
    edits.rename_section(doc, section_id=2, title="De context")
    edits.update_block(doc, block_id=1, text="Een nieuwe inleiding.")
    edits.add_section(doc, title="Vervolg")
    edits.rename_municipality(doc, municipality_id=2, name="Gemeente Assen")
    edits.move(doc, "role", 4, 0)
    sign_off(doc, decided_on="2027-01-15", members=["Anna Bakker", "Jan de Vries"])


def test_comparison_of_two_versions_part_by_part(doc) -> None:  # type: ignore[no-untyped-def]
    two_versions(doc)
    diffs = compare(versions.version_tree(doc, 1), versions.version_tree(doc, 2))
    found = {(d.part, d.change, d.item) for d in diffs}
    assert ("Uitspraken", ADDED, "Uitspraak 8") in found
    assert ("Uitspraken", CHANGED, "Uitspraak 2") in found
    assert ("Uitspraken", REMOVED, "Uitspraak 3") in found
    assert ("Taakvelden", CHANGED, "Taakveld ‘Belastingen’ – omschrijving") in found
    assert ("Taakvelden", CHANGED, "Taakveld ‘Belastingen’ – preferent") in found
    assert ("Taakvelden", CHANGED, "Taakveld ‘Belastingen’ – score ‘gedeeld ambitieniveau’, gezamenlijk – waarde") in found
    assert ("Eigenaren", ADDED, "Taakveld ‘Inkoop’ – projectleider ‘Kees Jansen’") in found
    assert ("Rollen", ADDED, "Rol ‘De stuurgroep’ – lid ‘Jan de Vries’") in found
    assert ("Rollen", MOVED, "volgorde") in found
    assert ("Belangen", ADDED, "Categorie ‘Visie en kernwaarden’ – Aa en Hunze, belang 4") in found
    assert ("Hoofdstukken", CHANGED, "Hoofdstuk ‘De context’ – naam") in found
    assert ("Hoofdstukken", CHANGED, "Hoofdstuk ‘Vooraf’, blok 1") in found
    assert ("Hoofdstukken", ADDED, "Hoofdstuk ‘Vervolg’") in found
    # A renamed municipality is one change, not every score and interest removed and added.
    assert ("Gemeenten", CHANGED, "Gemeente ‘Gemeente Assen’ – naam") in found
    assert not any("Assen" in d.item and d.change in (ADDED, REMOVED) for d in diffs if d.part != "Gemeenten")
    assert ("Traject", CHANGED, "Traject – status") not in found  # both vastgesteld
    parts = [d.part for d in diffs]
    assert parts == sorted(parts, key=["Traject", "Gemeenten", "Werkconferenties", "Hoofdstukken", "Uitspraken",
                                       "Motieven", "Belangen", "Criteria", "Klassen", "Taakvelden", "Eigenaren",
                                       "Rollen", "Spelregels"].index)


def test_readable_text(doc) -> None:  # type: ignore[no-untyped-def]
    two_versions(doc)
    text = format_differences(compare(versions.version_tree(doc, 1), versions.version_tree(doc, 2)), "versie 1", "versie 2")
    assert text.startswith("Verschillen van versie 1 naar versie 2:")
    assert "\nUitspraken\n" in text
    assert "+ toegevoegd:  Uitspraak 8: ‘Wij delen ook data.’" in text
    assert "~ gewijzigd:   Uitspraak 2: ‘Samenwerking is géén doel op zich." in text


def test_no_differences(doc) -> None:  # type: ignore[no-untyped-def]
    tree = load_tree(doc)
    assert compare(tree, tree) == []
    assert format_differences([], "versie 1", "versie 1") == "Geen verschillen tussen versie 1 en versie 1."


def test_history_lists_versions_with_dates_and_members(doc) -> None:  # type: ignore[no-untyped-def]
    assert versions.list_versions(doc) == []
    two_versions(doc)
    history = versions.list_versions(doc)
    assert [(v.number, v.decided_on, v.members) for v in history] == [
        (1, "2026-12-01", ("Anna Bakker",)),
        (2, "2027-01-15", ("Anna Bakker", "Jan de Vries")),
    ]
    assert history[0].meeting == "Stuurgroep 3" and len(history[0].fingerprint) == 64


def test_content_for_export(doc) -> None:  # type: ignore[no-untyped-def]
    tree, info = versions.content_for_export(doc)
    assert info is None and tree.trajectory.status == Status.CONCEPT
    two_versions(doc)
    tree, info = versions.content_for_export(doc)
    assert info is not None and info.version == 2 and tree == versions.version_tree(doc, 2)
    tree, info = versions.content_for_export(doc, 1)
    assert info.version == 1 and info.decided_on == "2026-12-01" and "Wij delen ook data." not in tree.statements
    versions.start_new_draft(doc)
    tree, info = versions.content_for_export(doc)
    assert info is None and tree.trajectory.status == Status.CONCEPT
    with pytest.raises(DocumentError, match="Versie 3 is nog niet vastgesteld"):
        versions.content_for_export(doc, 3)
    with pytest.raises(DocumentError, match="Versie 9 bestaat niet; dit document heeft versie 1 tot en met 2"):
        versions.content_for_export(doc, 9)


def test_a_snapshot_altered_outside_staan_is_not_exported(doc) -> None:  # type: ignore[no-untyped-def]
    sign_off(doc, decided_on="2026-12-01", members=["A"])
    conn = sqlite3.connect(doc.path)
    # Get past the trigger the way a determined editor would: drop it first.
    conn.execute("DROP TRIGGER trg_version_no_update")
    conn.execute("UPDATE version SET content = replace(content, 'Samenwerking', 'Fusie')")
    conn.commit()
    conn.close()
    # The file no longer has the schema the migrations make: it is refused before anything is
    # read (before this, it opened and only the export noticed the fingerprint).
    with pytest.raises(DocumentError, match="beveiliging van een vastgestelde versie ontbreekt"):
        open_document(doc.path)
