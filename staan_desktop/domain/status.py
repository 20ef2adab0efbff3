"""Where a trajectory's startdocument stands. Its own module so that code which only needs to
know this (the overview's form) does not load the validation library with the tree."""

from __future__ import annotations

from enum import Enum


class Status(str, Enum):
    CONCEPT = "concept"
    VASTGESTELD = "vastgesteld"
