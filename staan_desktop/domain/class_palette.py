"""One set of colours and symbols for the classes of a classification (zeer kansrijk,
kansrijk, kansrijk op termijn, …), read by the window's scoring grid, the projector and the PDF
chart alike, so that a class looks the same wherever the room sees it.

* Colours from Okabe & Ito's palette ("Color Universal Design", 2008), which stays distinct for
  the common forms of colour blindness: bluish green, sky blue, orange for the first three.
* Nothing is told by colour alone: every class also has its symbol, ●●● for the highest of
  three classes, ●● for the next, ● for the third (○: not classified).
* The text on each colour is black or white, whichever contrasts more; every pair meets WCAG
  AA (4.5:1), which a test checks with :func:`contrast`.

Plain hex strings: the GUI turns them into ``QColor``, the PDF into ReportLab colours.
"""

from __future__ import annotations

#: Background of a class by rank (0 = the highest). More than three classes (a method may have
#: them) take the next colours of the same palette.
CLASS_BACKGROUNDS = ("#009E73", "#56B4E9", "#E69F00", "#CC79A7", "#F0E442", "#0072B2", "#D55E00")
#: A task field that has no class (yet).
UNCLASSED = "#B0B6BE"
BLACK, WHITE = "#000000", "#FFFFFF"
FILLED, EMPTY = "●", "○"
#: The municipalities of a dot plot, in the tree's order: the same palette (yellow left out, it
#: does not read on white), each with its own marker too, so no one depends on the colour.
SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000")
SERIES_SHAPES = ("circle", "square", "triangle", "diamond", "down")
#: The same markers as characters, for legends written in text.
SHAPE_SYMBOLS = {"circle": "●", "square": "■", "triangle": "▲", "diamond": "◆", "down": "▼"}


def series(index: int) -> tuple[str, str]:
    """(colour, marker shape) of the ``index``-th municipality of a dot plot."""
    return SERIES_COLOURS[index % len(SERIES_COLOURS)], SERIES_SHAPES[index % len(SERIES_SHAPES)]


def background(rank: int | None) -> str:
    """The colour of the class of ``rank`` (``None``: unclassified)."""
    if rank is None or rank < 0:
        return UNCLASSED
    return CLASS_BACKGROUNDS[rank % len(CLASS_BACKGROUNDS)]


def text_on(colour: str) -> str:
    """Black or white text for ``colour``: whichever contrasts more."""
    return BLACK if contrast(BLACK, colour) >= contrast(WHITE, colour) else WHITE


def colours(rank: int | None) -> tuple[str, str]:
    """(background, text) of the class of ``rank``."""
    fill = background(rank)
    return fill, text_on(fill)


def symbol(rank: int | None, classes: int) -> str:
    """●●● for the highest of three classes, ●● for the next, ● for the third; ○ for none."""
    if rank is None:
        return EMPTY
    return FILLED * max(1, classes - rank)


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG relative luminance of ``#RRGGBB``."""
    red, green, blue = (int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _linear(red) + 0.7152 * _linear(green) + 0.0722 * _linear(blue)


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two ``#RRGGBB`` colours (1 … 21)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def blend(front: str, back: str, amount: float) -> str:
    """``front`` laid over ``back`` at ``amount`` (0 … 1), as ``#RRGGBB``."""
    a = [int(front.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    b = [int(back.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(x * amount + y * (1 - amount)):02X}" for x, y in zip(a, b))


def muted(text: str, backgrounds: tuple[str, ...], ratio: float = 4.6) -> str:
    """The softest mix of ``text`` into the first background that still reads at ``ratio``
    on every one of ``backgrounds`` (hints, secondary text)."""
    for step in range(40, 101, 5):
        candidate = blend(text, backgrounds[0], step / 100)
        if all(contrast(candidate, back) >= ratio for back in backgrounds):
            return candidate
    return text
