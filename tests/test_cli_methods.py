"""Methods from the command line: a new trajectory that follows one, the methods on offer, and
a trajectory's structure saved as a new method (refused in one Dutch line when the name is taken)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from staan_desktop.services import methods, store
from staan_desktop.services.interchange import load_tree

MAIN = Path(__file__).resolve().parents[1] / "main.py"


def staan(data: Path, *args: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "STAAN_DATA_DIR": str(data)}
    return subprocess.run([sys.executable, str(MAIN), *map(str, args)], capture_output=True, text=True, env=env, timeout=120)


def test_a_trajectory_of_a_method_and_its_structure_as_a_new_method(tmp_path: Path) -> None:
    data = tmp_path / "data"
    made = staan(data, "new", tmp_path / "bel.staan", "--method", "startgesprek", "--title", "BEL-gemeenten")
    assert made.returncode == 0, made.stderr
    with store.open_document(tmp_path / "bel.staan", read_only=True) as doc:
        assert load_tree(doc).method == methods.find("startgesprek")
    saved = staan(data, "save-method", tmp_path / "bel.staan", "--name", "Startgesprek BEL")
    assert saved.returncode == 0, saved.stderr
    assert (data / "methoden" / "startgesprek-bel.json").is_file()
    listed = staan(data, "methods")
    assert listed.stdout.splitlines()[-1] == "startgesprek-bel\tStartgesprek BEL"
    again = staan(data, "save-method", tmp_path / "bel.staan", "--name", "Startgesprek BEL")
    assert again.returncode == 1 and again.stderr.strip().count("\n") == 0 and "al een methode" in again.stderr
    own = staan(data, "new", tmp_path / "tweede.staan", "--method", "startgesprek-bel")
    assert own.returncode == 0, own.stderr
    unknown = staan(data, "new", tmp_path / "derde.staan", "--method", "bestaat-niet")
    assert unknown.returncode == 1 and "bestaat niet" in unknown.stderr and not (tmp_path / "derde.staan").exists()
