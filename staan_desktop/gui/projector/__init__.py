"""Live facilitation: the projector window, the session agenda and blind scoring.

:class:`SessionControls` is all the main window needs: it adds the projector and agenda
actions to the menus, docks the session panel, and follows the workspace. See
:mod:`.scoreboard` for how hidden scores are kept off the projector.
"""

from .session import SessionControls

__all__ = ["SessionControls"]
