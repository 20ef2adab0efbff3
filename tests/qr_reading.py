"""Reads QR codes back with a real decoder (zbar's ``zbarimg``, Debian ``zbar-tools``, from
``scripts/system-deps.sh``): what a phone's camera would find in what the application drew."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ZBARIMG = shutil.which("zbarimg")

needs_zbar = pytest.mark.skipif(ZBARIMG is None, reason="zbarimg ontbreekt (scripts/system-deps.sh installeert zbar-tools)")


def decoded(image: Path) -> list[str]:
    """Every QR code's text in ``image``, in zbar's order (one code a line of ``--raw``)."""
    assert ZBARIMG is not None
    found = subprocess.run(
        [ZBARIMG, "--raw", "--quiet", "-Sdisable", "-Sqrcode.enable", str(image)],
        capture_output=True, timeout=60, check=False,
    )
    # 0: codes found; 4: none found (an empty list, which the caller's assertion reports).
    assert found.returncode in (0, 4), found.stderr.decode("utf-8", "replace")
    return found.stdout.decode("utf-8").splitlines()
