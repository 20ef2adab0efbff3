#!/bin/sh
# The long kill -9 run of the robustness guarantees: a child applies random edits through
# the services and is killed at random moments; after every kill the document must reopen,
# pass integrity_check and hold every edit that was acknowledged.
#
#   scripts/torture.sh            1,000 kills (about 3 minutes)
#   scripts/torture.sh 5000       more
#   scripts/torture.sh 1000 --seed 7 --json figures.json
#
# Prints: kills, acknowledged edits, lost edits, integrity failures, ...; exits non-zero if
# anything was lost or damaged.
set -eu
cd "$(dirname "$0")/.."
kills="${1:-1000}"
[ $# -gt 0 ] && shift
exec "${PYTHON:-.venv/bin/python}" tests/robustness/killtest.py --kills "$kills" "$@"
