"""The mark lupdate looks for, without Qt: the lower layers never import it."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``source`` for translation in ``context`` and returns it unchanged, like Qt's own."""
    return source
