"""STAAN Desktop: facilitate work conferences between municipalities and produce the startdocument."""

__version__ = "0.1.0"
