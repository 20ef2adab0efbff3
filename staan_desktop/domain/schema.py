"""Every table of a ``.staan`` file in one metadata: the content (:mod:`.tables`), review and
sign-off (:mod:`.review_tables`), the session agenda (:mod:`.agenda_tables`), text being
typed (:mod:`.typing_tables`), the options (:mod:`.option_tables`), the method
(:mod:`.method_tables`), what follows the session (:mod:`.register_tables`), the room
(:mod:`.room_tables`) and the municipalities' own weights (:mod:`.weight_tables`).

Import the metadata from here wherever all tables must be known: creating or comparing a
schema, and following foreign keys when an edit removes a row with what depends on it. The
table modules import only what they build on, so that none of them imports another in a loop.
"""

from __future__ import annotations

from sqlalchemy import MetaData

from . import (
                 agenda_tables,
                 method_tables,
                 option_tables,
                 register_tables,
                 review_tables,
                 room_tables,
                 tables,
                 typing_tables,
                 weight_tables,
)

metadata: MetaData = tables.metadata

#: The modules whose tables are in :data:`metadata`.
TABLE_MODULES = (tables, review_tables, agenda_tables, typing_tables, option_tables, method_tables, register_tables,
                 room_tables, weight_tables)
