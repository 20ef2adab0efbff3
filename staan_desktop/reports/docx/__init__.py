"""The startdocument as a Word file; see :mod:`.renderer`."""
