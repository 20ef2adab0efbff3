"""``kill -9`` torture: a child applies random edits through the services and reports each
edit the moment the service call has returned; the parent kills it at a random moment, then
reopens the document as the application does after a crash and checks that the file is
healthy and holds every acknowledged edit.

Run directly for a long run (the figures are printed, and written as JSON with ``--json``)::

    .venv/bin/python tests/robustness/killtest.py --kills 1000

The parent forks the children from a process that has already imported everything, so that
a kill costs ~0.15 s instead of a Python start-up. Each child opens the document with
``open_document``, says ``READY``, and from then on prints ``INTENT`` before and ``ACK``
after every service call (``os.write`` on a pipe: nothing is buffered). The parent kills
20–200 ms after ``READY``.

Verification replays the acknowledged edits on a model of the document. The file must equal
the model after all acknowledged edits, or after those plus the one edit in flight (which may
or may not have committed when the kill came). Anything else is counted: ``lost`` is the
number of acknowledged edits missing, ``unexplained`` a state no prefix of the edits explains.

``STAAN_KILL_SABOTAGE`` breaks the child on purpose, to show that the check can fail:
``ack-early`` acknowledges an update before calling the service (lost edits), and
``journal-off`` disables the rollback journal (damaged files or torn transactions).
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import select
import signal
import sqlite3
import sys
import time
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

if __name__ == "__main__":  # run as a script: make the application importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from staan_desktop.services import edits  # noqa: E402
from staan_desktop.services.checks import check_document  # noqa: E402
from staan_desktop.services.interchange import load_tree  # noqa: E402
from staan_desktop.services.store import (  # noqa: E402
    Document,
    create_document,
    open_document,
)

MAX_STATEMENTS = 40
MAX_TASK_FIELDS = 25
#: Texts that must survive byte for byte: accents, scripts, emoji, quotes, markup-like text.
ALPHABET = "abcdefghijklmnopqrstuvwxyz ABCXYZ 0123456789 éëïöüçñß ĳ ‘’“” — …  € 😀 中文 العربية <b>&amp; \t\n"


@dataclass
class Figures:
    kills: int = 0
    acknowledged: int = 0
    lost: int = 0
    unexplained: int = 0
    integrity_failures: int = 0
    open_failures: int = 0
    in_flight_committed: int = 0
    hot_journals: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"kills={self.kills} acknowledged_edits={self.acknowledged} lost_edits={self.lost} "
            f"unexplained_states={self.unexplained} integrity_failures={self.integrity_failures} "
            f"open_failures={self.open_failures} in_flight_committed={self.in_flight_committed} "
            f"hot_journals={self.hot_journals} seconds={self.seconds:.1f}"
        )


def integrity(path: Path) -> list[str]:
    """``PRAGMA integrity_check``; on a read-write connection, so that SQLite itself rolls back
    a journal the application failed to roll back (that failure is counted separately)."""
    conn = sqlite3.connect(Path(path).absolute().as_uri() + "?mode=rw", uri=True)
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


# The model ---------------------------------------------------------------------------------


def read_state(path: Path) -> dict[str, Any]:
    """The part of the document the edits touch, straight from the tables."""
    conn = sqlite3.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True)
    try:
        statements = conn.execute("SELECT id, text, position FROM statement ORDER BY position, id").fetchall()
        positions = [p for _, _, p in statements]
        if positions != list(range(len(positions))):
            raise AssertionError(f"statement positions not contiguous: {positions}")
        section = conn.execute("SELECT id FROM section ORDER BY id LIMIT 1").fetchone()[0]
        return {
            "statements": [[i, t] for i, t, _ in statements],
            "task_fields": {
                str(i): [n, d] for i, n, d in conn.execute("SELECT id, name, description FROM task_field")
            },
            "scores": {
                f"{tf}:{c}": v
                for tf, c, v in conn.execute(
                    "SELECT task_field_id, criterion_id, value FROM score WHERE municipality_id IS NULL"
                )
            },
            "subtitle": conn.execute("SELECT subtitle FROM trajectory").fetchone()[0],
            "blocks": {str(i): t for i, t in conn.execute("SELECT id, text FROM block WHERE section_id = ?", (section,))},
            "section": section,
            "criteria": [r[0] for r in conn.execute("SELECT id FROM criterion ORDER BY id")],
        }
    finally:
        conn.close()


def apply(state: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    """``state`` after the acknowledged (or completed in-flight) edit ``op``."""
    s = copy.deepcopy(state)
    kind = op["op"]
    if kind == "add_statement":
        s["statements"].insert(min(op["position"], len(s["statements"])), [op["id"], op["text"]])
    elif kind == "update_statement":
        for item in s["statements"]:
            if item[0] == op["id"]:
                item[1] = op["text"]
    elif kind == "remove_statement":
        s["statements"] = [item for item in s["statements"] if item[0] != op["id"]]
    elif kind == "move_statement":
        item = next(x for x in s["statements"] if x[0] == op["id"])
        s["statements"].remove(item)
        s["statements"].insert(op["position"], item)
    elif kind == "subtitle":
        s["subtitle"] = op["text"]
    elif kind == "add_task_fields":
        for tf_id, name in zip(op["ids"], op["names"]):
            s["task_fields"][str(tf_id)] = [name, ""]
    elif kind == "add_task_field":
        s["task_fields"][str(op["id"])] = [op["name"], op["text"]]
    elif kind == "describe_task_field":
        s["task_fields"][str(op["id"])][1] = op["text"]
    elif kind == "remove_task_field":
        del s["task_fields"][str(op["id"])]
        s["scores"] = {k: v for k, v in s["scores"].items() if not k.startswith(f"{op['id']}:")}
    elif kind == "score":
        key = f"{op['id']}:{op['criterion']}"
        if op["value"] is None:
            s["scores"].pop(key, None)
        else:
            s["scores"][key] = op["value"]
    elif kind == "add_block":
        s["blocks"][str(op["id"])] = op["text"]
    elif kind == "update_block":
        s["blocks"][str(op["id"])] = op["text"]
    else:  # pragma: no cover
        raise ValueError(kind)
    return s


def complete(intent: dict[str, Any], before: dict[str, Any], actual: dict[str, Any]) -> dict[str, Any] | None:
    """The in-flight edit with the ids it would have got, if ``actual`` shows it committed."""
    op = dict(intent)
    if op["op"] == "add_statement":
        new = [i for i, t in actual["statements"] if t == op["text"] and i not in {j for j, _ in before["statements"]}]
        if len(new) != 1:
            return None
        op["id"] = new[0]
    elif op["op"] == "add_block":
        new = [i for i, t in actual["blocks"].items() if t == op["text"] and i not in before["blocks"]]
        if len(new) != 1:
            return None
        op["id"] = int(new[0])
    elif op["op"] in ("add_task_field", "add_task_fields"):
        names = [op["name"]] if op["op"] == "add_task_field" else op["names"]
        by_name = {n: int(i) for i, (n, _) in actual["task_fields"].items() if i not in before["task_fields"]}
        if not all(n in by_name for n in names):
            return None
        op["ids"] = [by_name[n] for n in names]
        op["id"] = op["ids"][0]
    return op


# The child ---------------------------------------------------------------------------------


def _text(rng: random.Random, token: str) -> str:
    size = rng.choice([0, 1, 5, 20, 80, 300, 2000]) if rng.random() > 0.02 else 60_000
    return token + " " + "".join(rng.choice(ALPHABET) for _ in range(size))


def _choose(rng: random.Random, state: dict[str, Any], token: str) -> dict[str, Any]:
    statements = state["statements"]
    task_fields = list(state["task_fields"])
    options = ["add_statement", "subtitle", "add_task_fields", "add_block"]
    if statements:
        options += ["update_statement", "remove_statement", "move_statement"]
        if len(statements) > MAX_STATEMENTS:
            options = ["remove_statement"]
    if task_fields:
        options += ["describe_task_field", "score", "score", "remove_task_field"]
        if len(task_fields) > MAX_TASK_FIELDS:
            options = ["remove_task_field"]
    else:
        options.append("add_task_field")
    kind = rng.choice(options)
    if kind == "add_statement":
        return {"op": kind, "text": _text(rng, token), "position": rng.randint(0, len(statements))}
    if kind in ("update_statement", "remove_statement"):
        return {"op": kind, "id": rng.choice(statements)[0], "text": _text(rng, token)}
    if kind == "move_statement":
        return {"op": kind, "id": rng.choice(statements)[0], "position": rng.randrange(len(statements))}
    if kind == "subtitle":
        return {"op": kind, "text": _text(rng, token)}
    if kind == "add_task_fields":
        return {"op": kind, "names": [f"{token} taakveld {i}" for i in range(rng.randint(1, 6))]}
    if kind == "add_task_field":
        return {"op": kind, "name": f"{token} taakveld", "text": _text(rng, token)}
    if kind in ("describe_task_field", "remove_task_field"):
        return {"op": kind, "id": int(rng.choice(task_fields)), "text": _text(rng, token)}
    if kind == "score":
        value = rng.choice([None, 1, 2, 3, 4, 5])
        return {"op": kind, "id": int(rng.choice(task_fields)), "criterion": rng.choice(state["criteria"]), "value": value}
    if kind == "add_block":
        if state["blocks"] and rng.random() < 0.6:
            return {"op": "update_block", "id": int(rng.choice(list(state["blocks"]))), "text": _text(rng, token)}
        return {"op": kind, "text": _text(rng, token)}
    raise AssertionError(kind)  # pragma: no cover


def _perform(doc: Any, op: dict[str, Any], section: int) -> dict[str, Any]:
    kind = op["op"]
    result = dict(op)
    if kind == "add_statement":
        result["id"] = edits.add_statement(doc, text=op["text"], position=op["position"]).item_id
    elif kind == "update_statement":
        edits.update_statement(doc, statement_id=op["id"], text=op["text"])
    elif kind == "remove_statement":
        edits.remove(doc, "statement", op["id"])
    elif kind == "move_statement":
        edits.move(doc, "statement", op["id"], op["position"])
    elif kind == "subtitle":
        edits.update_trajectory(doc, subtitle=op["text"])
    elif kind == "add_task_fields":
        result["ids"] = edits.add_task_fields(doc, names=op["names"]).added_ids
    elif kind == "add_task_field":
        result["id"] = edits.add_task_field(doc, name=op["name"], description=op["text"]).item_id
    elif kind == "describe_task_field":
        edits.update_task_field(doc, task_field_id=op["id"], description=op["text"])
    elif kind == "remove_task_field":
        edits.remove(doc, "task_field", op["id"])
    elif kind == "score":
        edits.set_score(doc, task_field_id=op["id"], criterion_id=op["criterion"], municipality_id=None, value=op["value"])
    elif kind == "add_block":
        result["id"] = edits.add_block(doc, section_id=section, text=op["text"]).item_id
    elif kind == "update_block":
        edits.update_block(doc, block_id=op["id"], text=op["text"])
    return result


def child(path: Path, seed: int, out: int) -> None:
    """Edit until killed. Never returns."""

    def say(kind: str, payload: Any = None) -> None:
        data = (kind + " " + json.dumps(payload, ensure_ascii=False) + "\n").encode()
        view = memoryview(data)
        while view:
            view = view[os.write(out, view) :]

    status = 0
    try:
        rng = random.Random(seed)
        # The parent has just reopened and checked the file the way the application does;
        # what remains of opening is this object (connections are made per transaction).
        doc = Document(path)
        sabotage = os.environ.get("STAAN_KILL_SABOTAGE", "")
        if sabotage == "journal-off":
            from sqlalchemy import event

            event.listen(doc.engine, "connect", lambda c, _r: c.execute("PRAGMA journal_mode=OFF"))
        state = read_state(path)
        say("READY")
        n = 0
        while True:
            n += 1
            op = _choose(rng, state, f"s{seed}e{n}")
            early = sabotage == "ack-early" and op["op"] in ("update_statement", "subtitle", "update_block")
            say("INTENT", op)
            if early:
                say("ACK", {})
            result = _perform(doc, op, state["section"])
            if not early:
                say("ACK", {k: v for k, v in result.items() if k in ("id", "ids")})
            state = apply(state, result)
    except BaseException:
        say("ERROR", traceback.format_exc())
        status = 3
    finally:
        os._exit(status)


# The parent --------------------------------------------------------------------------------


def make_document(path: Path) -> None:
    with create_document(path) as doc:
        edits.update_trajectory(doc, title="Kill-test")
        for name in ("Aa en Hunze", "Tynaarlo", "Midden-Groningen"):
            edits.add_municipality(doc, name=name)
        for name in ("Ambitie", "Draagvlak"):
            edits.add_criterion(doc, name=name)
        edits.add_section(doc, title="Inleiding")


def _run_child(path: Path, seed: int, rng: random.Random) -> tuple[list[tuple[str, Any]], str]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_end)
        child(path, seed, write_end)
    os.close(write_end)
    buffer = b""
    lines: list[tuple[str, Any]] = []
    deadline: float | None = None
    start = time.monotonic()
    eof = False
    try:
        while True:
            now = time.monotonic()
            if deadline is not None and now >= deadline:
                break
            if now - start > 30:
                raise RuntimeError("the child did not get ready")
            wait = 0.05 if deadline is None else max(0.0, deadline - now)
            ready, _, _ = select.select([read_end], [], [], wait)
            if ready:
                chunk = os.read(read_end, 65536)
                if not chunk:
                    eof = True
                    break
                buffer += chunk
                while b"\n" in buffer:
                    raw, buffer = buffer.split(b"\n", 1)
                    kind, _, payload = raw.decode("utf-8").partition(" ")
                    lines.append((kind, json.loads(payload)))
                    if kind == "READY":
                        deadline = time.monotonic() + rng.uniform(0.02, 0.2)
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    # What the child wrote before it died is still in the pipe.
    while not eof:
        chunk = os.read(read_end, 65536)
        if not chunk:
            break
        buffer += chunk
    os.close(read_end)
    # A line cut off by the kill was never reported; only whole lines count.
    for raw in buffer.split(b"\n")[:-1]:
        kind, _, payload = raw.decode("utf-8").partition(" ")
        lines.append((kind, json.loads(payload)))
    return lines, "exited" if eof else "killed"


def verify(
    path: Path, before: dict[str, Any], lines: list[tuple[str, Any]], figures: Figures
) -> dict[str, Any] | None:
    """Check the file after a kill; return its state, the base for the next child (``None``
    when the file is damaged: the run goes on with a fresh document)."""
    errors = [payload for kind, payload in lines if kind == "ERROR"]
    if errors:
        raise RuntimeError("the child failed:\n" + errors[0])
    intents: list[dict[str, Any]] = []
    acks: list[dict[str, Any]] = []
    for kind, payload in lines:
        if kind == "INTENT":
            intents.append(payload)
        elif kind == "ACK":  # the ids the edit got, for the edit announced just before
            acks.append({**intents[-1], **payload})
    in_flight = intents[-1] if len(intents) > len(acks) else None
    figures.acknowledged += len(acks)
    if Path(str(path) + "-journal").exists():
        figures.hot_journals += 1
    # Reopen as the application does after a crash: this must work and roll back the journal.
    # Every tenth time also read the whole tree (slow-ish; the tables are compared below).
    try:
        doc = open_document(path)
        try:
            if figures.kills % 10 == 0:
                load_tree(doc)
        finally:
            doc.close()
    except Exception as exc:
        figures.open_failures += 1
        figures.problems.append(f"kill {figures.kills}: reopening failed: {exc!r} {getattr(exc, 'details', '')}")
    problems = integrity(path)
    if problems:
        figures.integrity_failures += 1
        figures.problems.append(f"kill {figures.kills}: integrity: {problems[:3]}")
        return None
    actual = read_state(path)
    states = [before]
    for ack in acks:
        states.append(apply(states[-1], ack))
    if actual == states[-1]:
        return actual
    if in_flight is not None:
        done = complete(in_flight, states[-1], actual)
        if done is not None and actual == apply(states[-1], done):
            figures.in_flight_committed += 1
            return actual
    for k in range(len(acks) - 1, -1, -1):
        explained = actual == states[k]
        if not explained:
            done = complete(acks[k], states[k], actual) if k < len(acks) else None
            explained = done is not None and actual == apply(states[k], done)
        if explained:
            figures.lost += len(acks) - k
            figures.problems.append(f"kill {figures.kills}: {len(acks) - k} acknowledged edit(s) lost, first {acks[k]['op']}")
            return actual
    figures.unexplained += 1
    figures.problems.append(f"kill {figures.kills}: the file matches no sequence of the acknowledged edits")
    return actual


def run(directory: Path, kills: int, seed: int = 1, batch: int = 50) -> Figures:
    """``kills`` kills, a fresh document every ``batch`` kills; returns the figures."""
    figures = Figures()
    rng = random.Random(seed)
    started = time.monotonic()
    state: dict[str, Any] = {}
    path = directory / "kill.staan"
    fresh = True
    for k in range(kills):
        if k % batch == 0 or fresh:
            path = directory / f"kill-{k:05d}.staan"
            make_document(path)
            state = read_state(path)
        lines, how = _run_child(path, seed * 1_000_003 + k, rng)
        if how == "killed":
            figures.kills += 1
        after = verify(path, state, lines, figures)
        fresh = after is None
        if after is not None:
            state = after
    for document in sorted(directory.glob("kill-*.staan")):
        try:
            report = check_document(document)
        except Exception as exc:  # noqa: BLE001 - counted, reported
            report = type("R", (), {"problems": [repr(exc)]})()
        if report.problems:
            figures.integrity_failures += 1
            figures.problems.append(f"{document.name}: {report.problems[:3]}")
    figures.seconds = time.monotonic() - started
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=int(os.environ.get("STAAN_KILLS", "200")))
    parser.add_argument("--seed", type=int, default=int(os.environ.get("STAAN_KILL_SEED", "1")))
    parser.add_argument("--dir", type=Path, default=None, help="where the documents go (default: a temporary folder)")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here as JSON")
    args = parser.parse_args(argv)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="staan-kill-") as tmp:
        directory = args.dir or Path(tmp)
        directory.mkdir(parents=True, exist_ok=True)
        figures = run(directory, args.kills, args.seed)
    print(figures.line(), flush=True)
    for problem in figures.problems[:20]:
        print("  " + problem, flush=True)
    if args.json:
        args.json.write_text(json.dumps(asdict(figures), indent=2) + "\n")
    ok = not (figures.lost or figures.unexplained or figures.integrity_failures or figures.open_failures)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
