"""The shell: the window as it is painted before the document layer is loaded.

Start-up has one boundary, and this package is its near side. The shell paints the window —
menus, toolbar, the chapter list, the file's name in the title bar — with Qt and the standard
library only (:mod:`.window`, started by :mod:`.start`). The far side is the *document layer*:
SQLAlchemy, SQLModel, pydantic, the services, the page modules and the document tools
(review, session, backups). It takes several times as long to import as Qt takes to start, so
after the shell's first frame (:mod:`.first_paint`) a worker thread imports it and opens the
document (lock, checks, backup); the result comes back to the GUI thread by signal, where the
document tools and the page on screen are built one step per turn of the event loop
(:mod:`.loader`), so that the window keeps answering while they are made.

The rule that follows, and the only one:

* A module imported before the first frame — this package, ``gui/app.py``, ``gui/main_window.py``
  and what they import at module level (workspace, navigation, banner, status bar, the file and
  window actions, the page registry, icons, theme, settings, tasks) — never imports the document
  layer at module level. Code that needs it runs once a document is open and imports it there.
* Qt objects are made on the GUI thread only; the worker imports Python modules and opens the
  document, nothing else.

Everything else is ordinary code: Qt's namespace, dataclasses and top-level imports were
measured against a launch's noise and cost nothing worth a rule. Two things that do beat the
noise stay: pages are built when first shown (``gui/workspace.py``), and icons are drawn from
qtawesome's font without importing qtawesome (``gui/icons.py``, 0.15-0.3 s). ``tests/gui/
test_first_frame.py`` fails when the shell loads the document layer or when the window stalls
while the document opens; ``benchmarks/startup.py`` reports the shell's first frame, the moment
the document can be edited and the longest stall in between.
"""
