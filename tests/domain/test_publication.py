"""Who may be named in the public version, and what the public version says instead."""

from __future__ import annotations

import json

from staan_desktop.domain import document as d
from staan_desktop.domain.fingerprint import fingerprint
from staan_desktop.domain.publication import has_public_role, public_version, published_names

FP = "ab" * 32


def tree_with_people(**overrides: bool | None) -> d.Trajectory:
    participants = (
        d.Participant(name="Anna Bakker", municipality="Assen", function="burgemeester",
                      public_function=overrides.get("anna")),
        d.Participant(name="Bert Claassen", municipality="Tynaarlo", function="teamleider Financiën",
                      public_function=overrides.get("bert")),
        d.Participant(name="Carla Dijk", municipality="Assen", function="Gemeentesecretaris / algemeen directeur"),
    )
    return d.Trajectory(
        trajectory=d.TrajectoryInfo(title="Samenwerking", procesmanager="Piet Pieters",
                                    procesmanager_public=overrides.get("piet")),
        municipalities=("Assen", "Tynaarlo"),
        conferences=(d.Conference(date="1 mei", participants=participants),),
        sections=(d.Section(title="Vooraf", blocks=(d.Block(text="Bert Claassen en Anna Bakker leidden het gesprek."),)),),
        task_fields=(d.TaskField(name="Inkoop", owners=(
            d.Owner(person="Bert Claassen", municipality="Tynaarlo", role=d.OwnerRole.PROJECTLEIDER),
            d.Owner(person="Dirk Evers", municipality="Assen", public_function=overrides.get("dirk")),
        )),),
        roles=(d.Role(name="De stuurgroep", members=(d.Member(name="Carla Dijk", municipality="Assen"),)),
               d.Role(name="Werkgroep", members=(d.Member(name="Eva Feenstra", municipality="Tynaarlo"),))),
    )


def test_defaults_by_role() -> None:
    assert has_public_role("Wethouder Financiën") and has_public_role("raadslid") and has_public_role("Portefeuillehouder")
    assert has_public_role("gemeentesecretaris") and has_public_role("Stuurgroep")
    assert not has_public_role("teamleider") and not has_public_role("beleidsmedewerker")
    names = published_names(tree_with_people())
    assert names == {"Piet Pieters": False, "Anna Bakker": True, "Bert Claassen": False, "Carla Dijk": True,
                     "Dirk Evers": False, "Eva Feenstra": False}


def test_an_explicit_choice_wins_and_a_no_anywhere_hides_the_name() -> None:
    names = published_names(tree_with_people(anna=False, dirk=True, piet=True))
    assert names["Anna Bakker"] is False and names["Dirk Evers"] is True and names["Piet Pieters"] is True
    # Bert is a participant and an owner; marked public on one entry only, the other says nothing: public.
    assert published_names(tree_with_people(bert=True))["Bert Claassen"] is True


def test_the_public_version_replaces_names_everywhere() -> None:
    tree = tree_with_people()
    public = public_version(tree, source_label="versie 2", source_fingerprint=FP)
    text = json.dumps(public.tree.model_dump(mode="json"), ensure_ascii=False)
    for hidden in ("Piet Pieters", "Bert Claassen", "Dirk Evers", "Eva Feenstra"):
        assert hidden not in text
    for shown in ("Anna Bakker", "Carla Dijk"):
        assert shown in text
    # Each entry keeps its own role and party; a chapter's text gets the first entry's.
    participant = public.tree.conferences[0].participants[1]
    assert participant.name == "[teamleider Financiën, Tynaarlo]"
    assert public.tree.task_fields[0].owners[0].person == "[projectleider, Tynaarlo]"
    assert public.tree.roles[1].members[0].name == "[lid van Werkgroep, Tynaarlo]"
    assert public.tree.trajectory.procesmanager == "[procesmanager]"
    assert public.tree.sections[0].blocks[0].text.startswith("[teamleider Financiën, Tynaarlo] en Anna Bakker")
    logged = {r.name: r for r in public.redactions}
    assert set(logged) == {"Piet Pieters", "Bert Claassen", "Dirk Evers", "Eva Feenstra"}
    assert logged["Bert Claassen"].places == ("Werkconferentie 1 mei – deelnemer 2", "Taakveld ‘Inkoop’ – projectleider 1")


def test_the_public_fingerprint_names_its_source() -> None:
    tree = tree_with_people()
    v2 = public_version(tree, source_label="versie 2", source_fingerprint=FP)
    v3 = public_version(tree, source_label="versie 3", source_fingerprint="cd" * 32)
    assert v2.tree == v3.tree and v2.fingerprint != v3.fingerprint
    assert v2.fingerprint != fingerprint(v2.tree)
    assert "afgeleid van versie 2" in v2.derivation and FP in v2.derivation and v2.fingerprint in v2.derivation


def test_marks_change_the_fingerprint_only_when_set() -> None:
    plain = tree_with_people()
    assert fingerprint(plain) == fingerprint(tree_with_people(anna=None))
    assert fingerprint(tree_with_people(anna=True)) != fingerprint(plain)
    assert fingerprint(tree_with_people(anna=False)) != fingerprint(tree_with_people(anna=True))


def test_a_name_inside_a_word_is_left_alone() -> None:
    tree = d.Trajectory(
        trajectory=d.TrajectoryInfo(title="Jannes en Jan"),
        roles=(d.Role(name="Werkgroep", members=(d.Member(name="Jan"),)),),
    )
    public = public_version(tree, source_label="het concept", source_fingerprint=FP)
    assert public.tree.trajectory.title == "Jannes en [lid van Werkgroep]"


def test_a_name_before_a_footnote_mark_or_punctuation_is_replaced() -> None:
    tree = d.Trajectory(
        trajectory=d.TrajectoryInfo(title="Met Jan Smit², (Jan Smit) en Jan Smit."),
        roles=(d.Role(name="Werkgroep", members=(d.Member(name="Jan Smit"),)),),
    )
    public = public_version(tree, source_label="het concept", source_fingerprint=FP)
    assert public.tree.trajectory.title == "Met [lid van Werkgroep]², ([lid van Werkgroep]) en [lid van Werkgroep]."
    assert public.redactions[0].texts == ("trajectory/title",)
