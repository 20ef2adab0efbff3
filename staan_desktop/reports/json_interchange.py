"""JSON interchange of a complete trajectory, described by ``resources/schema/staan.schema.json``.

The JSON is the :class:`~staan_desktop.domain.document.Trajectory` tree written out with its
field names; the schema is generated from the same model, so they cannot drift apart.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError as PydanticError

from staan_desktop.domain.document import FORMAT_NAME, FORMAT_VERSION, Trajectory
from staan_desktop.domain.problems import describe_problem

#: A trajectory of 50 municipalities and 500 task fields with every score filled is ~40 MB.
MAX_JSON_BYTES = 128 * 1024 * 1024


class InterchangeError(ValueError):
    """JSON that is not a STAAN trajectory; the message is Dutch and says where."""


def to_json(tree: Trajectory) -> str:
    return json.dumps(tree.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def _where(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(het geheel)"


def from_json(text: str | bytes) -> Trajectory:
    if len(text) > MAX_JSON_BYTES:
        raise InterchangeError("Het JSON-bestand is te groot voor een traject.")
    try:
        data = json.loads(text)
    except RecursionError:
        raise InterchangeError("Het JSON-bestand is te diep genest.") from None
    except json.JSONDecodeError as exc:
        raise InterchangeError(f"Het bestand is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}).") from None
    except (ValueError, UnicodeDecodeError):
        raise InterchangeError("Het bestand is geen geldige JSON (geen leesbare UTF-8-tekst).") from None
    if not isinstance(data, dict):
        raise InterchangeError("Het JSON-bestand bevat geen traject (verwacht een object).")
    if data.get("format") != FORMAT_NAME:
        raise InterchangeError("Het JSON-bestand is geen STAAN-traject (het veld ‘format’ ontbreekt of klopt niet).")
    if data.get("format_version") != FORMAT_VERSION:
        raise InterchangeError(
            f"Het JSON-bestand heeft opmaakversie {data.get('format_version')!r}; deze versie leest versie {FORMAT_VERSION}."
        )
    try:
        # Strict: a score of "3" or true is a wrong type, not a number to guess at.
        return Trajectory.model_validate_json(text, strict=True)
    except RecursionError:
        raise InterchangeError("Het JSON-bestand is te diep genest.") from None
    except PydanticError as exc:
        first = exc.errors()[0]
        raise InterchangeError(
            f"Het JSON-bestand klopt niet bij ‘{_where(first['loc'])}’: {describe_problem(first)}"
            + (f" (en nog {exc.error_count() - 1} fouten)" if exc.error_count() > 1 else "")
        ) from None


def json_schema() -> dict[str, Any]:
    schema = Trajectory.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "STAAN-traject"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
