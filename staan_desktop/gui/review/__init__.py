"""Review, sign-off and versions in the window: the history dialog with the comparison of two
versions, the list of review comments, and the sign-off dialog. Every change goes through
``services.review``, ``services.signoff`` and ``services.versions``; no database access here."""
