"""A refusal in the user's language: the one place where the window turns a service's
:class:`~staan_desktop.domain.messages.Message` into text.

Services, domain and reports refuse with a code and parameters (their Dutch rendering is what
the command line prints). Here the Dutch template and the Dutch phrases are looked up through
Qt's translators in the context ``Refusal`` (``staan_en.ts`` holds them like every other string),
at the moment the text is shown: nothing rendered is kept, so after a language switch the next
message is in the new language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from staan_desktop.domain.messages import CONTEXT, Message, Worded, message_of


def _translate(dutch: str) -> str:
    return QCoreApplication.translate(CONTEXT, dutch)


def render(message: Message) -> str:
    """``message`` in the language of the installed translators (Dutch when none is)."""
    return message.render(_translate, _translate)


def reason_text(reason: Message | str) -> str:
    """A reason kept as a message (why a document is read-only), as a Dutch line that keeps its
    message (a :class:`Worded` text, such as the room's advice) or as words, to show now."""
    if isinstance(reason, Worded):
        reason = reason.message
    return render(reason) if isinstance(reason, Message) else reason


def refusal_text(error: BaseException) -> str:
    """What the user reads for ``error``: a refusal's message, or an error's own words."""
    return render(message_of(error))
