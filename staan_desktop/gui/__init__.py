"""Everything Qt: the workspace window, its pages, table models, undo commands and helpers."""
