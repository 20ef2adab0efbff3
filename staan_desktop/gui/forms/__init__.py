"""Python compiled from the Qt Designer forms in ``ui/``; generated, never edited by hand."""
