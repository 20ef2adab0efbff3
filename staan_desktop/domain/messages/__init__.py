"""Refusals as codes with parameters, rendered in Dutch here and in the user's language by the GUI.

A refusal (:class:`~staan_desktop.services.errors.StaanError` and the errors of the domain and
the reports) carries a :class:`Message`: a stable code from the catalogue and its parameters.
Its Dutch rendering is the text the command line prints and the tests read; the window renders
the same message through Qt's translation machinery (``staan_desktop.gui.refusals``).

The catalogue lives in the lowest layer because the domain and the reports refuse too (a cost
key without figures, an unreadable Word template) and cannot import the services.

Why the templates are marked with ``QT_TRANSLATE_NOOP``: lupdate (``i18n_build --update``)
reads this package beside the GUI's sources, so the templates stay in ``staan_en.ts`` like
every other string, with no generated list to keep in step and no second catalogue format.
The marker is the plain function below (no Qt here); lupdate finds marks by name. The source
text of each entry is its Dutch template, in the context ``Refusal``.

Parameters are of three kinds:

* user content and numbers (a file name, a task field's name, a maximum): shown as they are;
* a nested :class:`Message` (a reason inside a sentence): rendered in the same language;
* a :class:`Phrase`, Dutch words this program passes into a sentence ("De naam van het motief"):
  translated through :data:`PHRASES` (or :data:`VALUE_WORDS`, the words a value is stored as),
  so that call sites keep passing plain words;
* a :class:`Listed` run of such values, shown separated by commas (:class:`Lines`: one under
  another), each in the same language;
* a :class:`Worded` text: a message's Dutch rendering that remembers its message, for the
  places whose callers keep plain text (a file's list of differences, a row's reason): it
  prints as Dutch on the command line and renders as its message inside another.

What is never a parameter: Dutch words glued together in the source (an f-string, a join with
", een "), which the window could only show in Dutch; a test reads the source for them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from .catalogue_documents import DOCUMENTS
from .catalogue_edits import EDITS
from .catalogue_room_cli import ROOM_AND_CLI
from .marker import QT_TRANSLATE_NOOP
from .phrases import PHRASES, VALUE_WORDS

#: The translation context of every template and phrase.
CONTEXT = "Refusal"

#: Code → Dutch template (``str.format`` fields, format specs allowed: ``{maximum:.0f}``).
CATALOGUE: dict[str, str] = {**DOCUMENTS, **EDITS, **ROOM_AND_CLI}

#: What the GUI gives :meth:`Message.render`: the text to use for a Dutch template or phrase.
Translate = Callable[[str], str]

__all__ = [
    "CATALOGUE", "CONTEXT", "PHRASES", "QT_TRANSLATE_NOOP", "VALUE_WORDS", "Lines", "Listed", "Message", "MessageError",
    "Phrase", "Worded", "lines", "listed", "message_of", "msg", "phrase", "verbatim", "worded",
]


class Phrase(str):
    """Dutch words of this program used as a parameter; the GUI translates them (see :data:`PHRASES`)."""

    __slots__ = ()


def phrase(words: str) -> str:
    """``words`` as a :class:`Phrase`; a :class:`Worded` text stays what it is (its message)."""
    return words if isinstance(words, (Phrase, Worded)) else Phrase(words)


class Listed(tuple[object, ...]):
    """Values shown one after another, separated by ", " (a sign, not a word: the "en" or "of"
    before the last is the template's); each is rendered like a parameter of its own."""

    __slots__ = ()


def listed(values: Iterable[object]) -> Listed:
    return Listed(values)


class Lines(Listed):
    """Values shown one under another (the differences in a refusal's details)."""

    __slots__ = ()


def lines(values: Iterable[object]) -> Lines:
    return Lines(values)


class Worded(str):
    """A message's Dutch rendering that keeps the message (see :func:`worded`).

    It is a ``str`` so that what holds plain Dutch lines (a file's differences, which the
    command line prints and the tests compare) stays as it is, while a message that takes it
    as a parameter renders the kept message in the window's language."""

    message: Message


class Message:
    """One refusal: ``code`` in :data:`CATALOGUE` and the parameters its template names."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, params: Mapping[str, object]) -> None:
        self.code = code
        self.params = dict(params)

    def dutch(self) -> str:
        return self.render(lambda template: template, lambda words: words)

    def render(self, template_for: Translate, phrase_for: Translate) -> str:
        """The text, with ``template_for`` giving the template to use for a Dutch one and
        ``phrase_for`` the words for a Dutch :class:`Phrase` (both identity for Dutch)."""
        dutch = CATALOGUE.get(self.code)
        if dutch is None:  # an unknown code never hides the refusal
            return f"{self.code}: {self.params}"
        values = {name: _value(value, template_for, phrase_for) for name, value in self.params.items()}
        try:
            return template_for(dutch).format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a field: say it in Dutch
            return dutch.format(**values)

    def __str__(self) -> str:
        return self.dutch()

    def __repr__(self) -> str:
        return f"Message({self.code!r}, {self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.code, self.params) == (other.code, other.params)

    __hash__ = None  # type: ignore[assignment]  # params are mutable


class _Rendered(str):
    """A nested message's text; the format spec ``lower`` starts it with a small letter (a
    sentence inside another: "…kon niet worden gemaakt: het bestand …")."""

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        if spec == "lower":
            return self[:1].lower() + self[1:]
        return format(str(self), spec)


def _value(value: object, template_for: Translate, phrase_for: Translate) -> object:
    if isinstance(value, Worded):
        value = value.message
    if isinstance(value, Message):
        return _Rendered(value.render(template_for, phrase_for))
    if isinstance(value, Listed):
        return ("\n" if isinstance(value, Lines) else ", ").join(str(_value(item, template_for, phrase_for)) for item in value)
    if isinstance(value, Phrase):
        return phrase_for(str(value))
    return value


def msg(code: str, /, **params: object) -> Message:
    """The message ``code`` with its parameters; a test checks every call against the catalogue."""
    return Message(code, params)


def worded(message: Message) -> Worded:
    """The Dutch rendering of ``message`` as a :class:`Worded` text that keeps it."""
    text = Worded(message.dutch())
    text.message = message
    return text


def verbatim(text: str) -> Message:
    """A text that is already in its words: a library's own message, or one the GUI translated."""
    return Message("verbatim", {"text": text})


class MessageError(ValueError):
    """A refusal of the domain or the reports (a cost key without figures, an unusable Word
    template): ``text`` is its message, ``str()`` its Dutch rendering. Services pass ``text`` on."""

    def __init__(self, text: Message) -> None:
        super().__init__(text.dutch())
        self.text = text


def message_of(exc: BaseException) -> Message:
    """What ``exc`` says: its message when it carries one, else its own words."""
    text = getattr(exc, "text", None)
    return text if isinstance(text, Message) else verbatim(str(exc))
