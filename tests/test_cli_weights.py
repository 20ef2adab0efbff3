"""``main.py weights``: the municipalities' own weights and the ranking per weight set from the
command line, through the real ``main.py``. The listing says what the domain's comparison says;
``set`` and ``clear`` store through the window's service, print the command that puts the former
weight back (which does), are refused on a signed-off version and on bad input in one Dutch
line with the file left byte-identical."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from cli_process import staan

from staan_desktop.domain.weight_sets import compare_task_fields
from staan_desktop.services import interchange
from staan_desktop.services.interchange import load_tree
from staan_desktop.services.signoff import sign_off
from staan_desktop.services.store import open_document


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("weights") / "demo.staan"
    interchange.create_demo(path).close()
    return path


@pytest.fixture
def demo(master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.staan"
    shutil.copyfile(master, path)
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def own_weights(path: Path) -> dict[str, dict[str, float]]:
    with open_document(path, read_only=True) as doc:
        tree = load_tree(doc)
    return {s.municipality: {w.criterion: w.weight for w in s.weights} for s in tree.weight_sets}


def test_without_weight_sets_the_listing_says_the_shared_weights_count(demo: Path) -> None:
    result = staan("weights", demo)
    assert result.returncode == 0, result.stderr
    assert "Gewichten per gemeente" in result.stdout
    assert "gedeeld ambitieniveau" in result.stdout and "Tynaarlo" in result.stdout
    assert "Nog geen gemeente met eigen gewichten" in result.stdout
    assert "Rangorde per gewichtenset" not in result.stdout


def test_set_by_name_or_number_then_the_ranking_per_weight_set(demo: Path) -> None:
    for criterion in ("3", "Draagvlak achterban", "binnen 2 jaar te effectueren"):  # a number, a name in any case
        result = staan("weights", "set", demo, "--criterion", criterion, "--municipality", "assen", "--weight", "0")
        assert result.returncode == 0, result.stderr
        assert "was het gedeelde gewicht (1)" in result.stdout
    assert own_weights(demo) == {"Assen": {"mate van vertrouwen/vermogen tot verbinden": 0.0, "draagvlak achterban": 0.0,
                                           "binnen 2 jaar te effectueren": 0.0}}
    result = staan("weights", demo)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Rangorde per gewichtenset: taakvelden" in lines
    with open_document(demo, read_only=True) as doc:
        comparison = compare_task_fields(load_tree(doc))
    # Every short-listed task field, its shared standing and Assen's, marked where it moves.
    for item in comparison.items:
        row = next(line for line in lines if line.startswith(item.key + "  "))
        shared, assen = item.shared, item.by_set[0]
        cells = [cell for cell in row[len(item.key):].split("  ") if cell.strip()]
        assert [c.strip() for c in cells] == [f"{shared.rank} · {shared.label}",
                                              f"{assen.rank} · {assen.label}" + (" *" if item.moved(0) else "")]
    assert sum(line.endswith(" *") for line in lines) == len(comparison.class_changes(0)) == 6
    assert "Assen: 6 in een andere klasse, 0 op een andere plaats" in lines


def test_the_printed_command_puts_the_former_weight_back(demo: Path) -> None:
    first = staan("weights", "set", demo, "--criterion", "1", "--municipality", "Tynaarlo", "--weight", "2,5")
    assert first.returncode == 0, first.stderr
    before = own_weights(demo)
    second = staan("weights", "set", demo, "--criterion", "1", "--municipality", "Tynaarlo", "--weight", "7")
    assert second.returncode == 0 and "was 2,5" in second.stdout
    undo = second.stdout.split("terugzetten: main.py ", 1)[1].strip()
    import shlex

    again = staan(*shlex.split(undo))
    assert again.returncode == 0, again.stderr
    assert own_weights(demo) == before == {"Tynaarlo": {"gedeeld ambitieniveau": 2.5}}
    # And clearing it: the command printed gives it back.
    cleared = staan("weights", "clear", demo, "--criterion", "gedeeld ambitieniveau", "--municipality", "Tynaarlo")
    assert cleared.returncode == 0 and own_weights(demo) == {}
    assert staan(*shlex.split(cleared.stdout.split("terugzetten: main.py ", 1)[1].strip())).returncode == 0
    assert own_weights(demo) == before


def test_clearing_a_whole_set(demo: Path) -> None:
    for criterion in ("1", "2"):
        assert staan("weights", "set", demo, "--criterion", criterion, "--municipality", "Assen", "--weight", "3").returncode == 0
    result = staan("weights", "clear", demo, "--municipality", "Assen")
    assert result.returncode == 0, result.stderr
    assert "Assen volgt weer overal de gedeelde gewichten." in result.stdout
    assert result.stdout.count("terugzetten:") == 2
    assert own_weights(demo) == {}


@pytest.mark.parametrize(("args", "message"), [
    (("--criterion", "1", "--municipality", "Assen", "--weight", "abc"), "‘abc’ is geen getal"),
    (("--criterion", "1", "--municipality", "Assen", "--weight", "1001"), "Een gewicht is een getal van 0 tot en met 1000."),
    (("--criterion", "1", "--municipality", "Assen", "--weight", "-1"), "Een gewicht is een getal van 0 tot en met 1000."),
    (("--criterion", "9", "--municipality", "Assen", "--weight", "1"), "Het document heeft geen criterium ‘9’."),
    (("--criterion", "1", "--municipality", "Utrecht", "--weight", "1"), "Het document heeft geen gemeente ‘Utrecht’"),
    (("--criterion", "1", "--municipality", "Assen"), "Gebruik: weights set"),
])
def test_bad_input_is_refused_in_one_dutch_line_and_changes_nothing(demo: Path, args: tuple[str, ...], message: str) -> None:
    before = sha(demo)
    result = staan("weights", "set", demo, *args)
    assert result.returncode == 1
    assert message in result.stderr and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert sha(demo) == before


def test_a_signed_off_version_is_not_changed(demo: Path) -> None:
    with open_document(demo) as doc:
        sign_off(doc, decided_on="2026-12-01", members=["Judith Jansen", "Evert Jansen"], meeting="Stuurgroep")
    before = sha(demo)
    for args in (("set", demo, "--criterion", "1", "--municipality", "Assen", "--weight", "2"),
                 ("clear", demo, "--municipality", "Assen")):
        result = staan("weights", *args)
        assert result.returncode == 1 and result.stderr.startswith("staan: ") and result.stderr.count("\n") == 1
        assert "Traceback" not in result.stderr
    assert sha(demo) == before
    assert staan("weights", demo).returncode == 0  # reading still works


def test_the_verkenning_lists_its_options(tmp_path: Path) -> None:
    path = tmp_path / "verkenning.staan"
    from staan_desktop.resources import resource_path

    assert staan("import", resource_path("examples/verkenning-noaberkracht.json"), "-o", path).returncode == 0
    assert staan("weights", "set", path, "--criterion", "1", "--municipality", "Oldenzaal", "--weight", "4").returncode == 0
    result = staan("weights", path)
    assert result.returncode == 0, result.stderr
    assert "Rangorde per gewichtenset: opties" in result.stdout
    assert "Optie" in result.stdout and "Oldenzaal" in result.stdout
