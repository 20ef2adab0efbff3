"""The BEL case (Blaricum, Eemnes, Laren; seed 003) entered from scratch in the real main window
with the keyboard only: municipalities, statements, the 5 K's, interests, the long list and the
short list, the scores of each municipality and the agreed ones, an owner, a review comment and
the sign-off. Only key events reach the window (menus included); every value is then checked
through the services."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QTableView

from staan_desktop.gui.pages import PAGES
from staan_desktop.gui.settings import AUTHOR_NAME
from staan_desktop.services import interchange, queries, review, versions

CTRL, ALT, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier
TOWNS = ("Blaricum", "Eemnes", "Laren")
STATEMENTS = (
    "De bestuurskracht van de drie gemeenten vergroten",
    "Behoud van bestuurlijke zelfstandigheid en eigen identiteit",
    "Een gezamenlijke werkorganisatie voert alle uitvoerende taken uit",
)
MOTIVES = (
    "Dienstverlening aan inwoners verbeteren",
    "Kosten delen in een werkorganisatie",
    "Kwetsbaarheid van kleine organisaties verkleinen",
    "Kwaliteit van de uitvoering vergroten",
    "Kennis delen tussen de drie gemeenten",
)
INTERESTS = ("Eigen identiteit behouden", "Zoveel mogelijk uitbesteden", "Minder noodzaak tot uitbesteden")
FIELDS = ("Belastingen", "ICT", "Inkoop", "Personeelszaken", "Juridische zaken")
SHORT = FIELDS[:3]
#: Five criteria per short-listed field, row after row, per municipality and agreed.
SCORES = {"Blaricum": "544444433332222", "Eemnes": "555444433333322", "Laren": "454443343322322", None: "544444433332222"}


def test_the_bel_case_by_keyboard_only(qtbot, make_window, tmp_path, settings) -> None:  # type: ignore[no-untyped-def]
    settings.set(AUTHOR_NAME, "Harry ter Braak")  # the name asked at the first comment
    path = tmp_path / "BEL.staan"
    interchange.new_from_template(path, title="Samenwerking BEL-gemeenten").close()
    window = make_window(PAGES)
    window.resize(1366, 768)
    window.open_path(path)
    qtbot.waitUntil(lambda: window.current is not None, timeout=10_000)
    doc = window.context.doc
    # Keys go to the focus widget of the active window; under xdist a window left by an earlier
    # test of the same worker can hold the activation, and a key sent to no widget aborts Qt.
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    def focus():  # type: ignore[no-untyped-def]
        return QApplication.focusWidget()

    def type_(text: str) -> None:
        for character in text:  # each key to whatever has the focus then (a key may open an editor)
            qtbot.keyClicks(focus(), character)

    def key(k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        widget = focus()
        assert widget is not None, f"no widget has the focus for {k!r}"
        qtbot.keyClick(widget, k, modifiers)

    def page():  # type: ignore[no-untyped-def]
        return window.stack.currentWidget()

    # Municipalities (Ctrl+2): the entry has the cursor.
    key(Qt.Key.Key_2, CTRL)
    for town in TOWNS:
        type_(town)
        key(Qt.Key.Key_Return)
    assert [m.name for m in queries.municipalities(doc)] == list(TOWNS)

    # The shared ambition (Ctrl+5).
    key(Qt.Key.Key_5, CTRL)
    for statement in STATEMENTS:
        type_(statement)
        key(Qt.Key.Key_Return)

    # The 5 K's (Ctrl+6): the explanation of each motive, row by row.
    key(Qt.Key.Key_6, CTRL)
    for text in MOTIVES:
        type_(text)  # the first key opens the cell
        key(Qt.Key.Key_Return)
        key(Qt.Key.Key_Down)

    # Interests (Ctrl+7): a cell per municipality, Tab stores and goes to the next.
    key(Qt.Key.Key_7, CTRL)
    for text in INTERESTS:
        type_(text)
        key(Qt.Key.Key_Tab)

    # The long list (Ctrl+8), then the short list with Space in the table.
    key(Qt.Key.Key_8, CTRL)
    for name in FIELDS:
        type_(name)
        key(Qt.Key.Key_Return)
    for _ in range(10):
        if isinstance(focus(), QTableView):
            break
        key(Qt.Key.Key_Tab)
    assert focus() is page().view
    key(Qt.Key.Key_Home, CTRL)
    for _ in range(len(SHORT)):
        key(Qt.Key.Key_Space)
        key(Qt.Key.Key_Down)
    assert [f.name for f in queries.task_fields(doc) if f.shortlisted] == list(SHORT)

    # Scores (Ctrl+9): each municipality's own (Ctrl+PgDn), then the agreed ones.
    key(Qt.Key.Key_9, CTRL)
    for _ in TOWNS:
        key(Qt.Key.Key_PageDown, CTRL)
        key(Qt.Key.Key_Home, CTRL)
        type_(SCORES[page().source_combo.currentText()])
    key(Qt.Key.Key_PageDown, CTRL)  # round again: the agreed scores
    assert page().model.source is None
    key(Qt.Key.Key_Home, CTRL)
    type_(SCORES[None])

    # An owner (two pages on with Alt+PgDn): the person's name has the cursor.
    key(Qt.Key.Key_PageDown, ALT)
    key(Qt.Key.Key_PageDown, ALT)
    assert type(page()).__name__ == "OwnersPage"
    type_("Harry ter Braak")
    key(Qt.Key.Key_Return)

    # A review comment on the first chapter (Ctrl+4, then Ctrl+Alt+M), placed with Ctrl+Enter.
    key(Qt.Key.Key_4, CTRL)

    def write_comment() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, write_comment)
            return
        qtbot.keyClicks(dialog.text, "Graag de resultaten per 1/1/08 noemen")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, CTRL)

    QTimer.singleShot(0, write_comment)
    key(Qt.Key.Key_M, CTRL | ALT)

    # The sign-off, from the Beoordeling menu by its keys (Alt+R, V).
    problems: list[str] = []

    def sign() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not hasattr(dialog, "members"):
            QTimer.singleShot(20, sign)
            return
        try:
            dialog.activateWindow()
            for _ in range(8):  # Tab from the date (through its day, month and year) to the names
                if dialog.focusWidget() is dialog.members:
                    break
                qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Tab)
            qtbot.keyClicks(dialog.members, "Secretaris Blaricum")
            qtbot.keyClick(dialog.members, Qt.Key.Key_Tab)  # to the buttons: Vaststellen is the default
            qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():  # never hang the suite: say what went wrong
                problems.append(f"sign-off dialog still open: {dialog.error.text()!r}, focus {dialog.focusWidget()!r}")
                dialog.reject()

    # The window manager gives the window the keys back when a dialog closes; offscreen, the test does.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTimer.singleShot(0, sign)
    key(Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_V)

    assert not problems, problems

    # Everything, read back through the services.
    tree = interchange.load_tree(doc)
    assert tree.municipalities == TOWNS
    assert tree.statements == STATEMENTS
    assert tuple(m.explanation for m in tree.motives) == MOTIVES
    cells = {column.municipality: column.items for column in tree.interests[0].columns}
    assert {town: cells.get(town, ()) for town in TOWNS} == {town: (text,) for town, text in zip(TOWNS, INTERESTS)}
    assert [f.name for f in tree.task_fields] == list(FIELDS)
    assert [f.name for f in tree.task_fields if f.shortlisted] == list(SHORT)
    criteria = [c.name for c in tree.criteria]
    for who, digits in SCORES.items():
        for number, name in enumerate(SHORT):
            field = next(f for f in tree.task_fields if f.name == name)
            given = {s.criterion: s.value for s in field.scores if s.municipality == who}
            expected = {c: int(d) for c, d in zip(criteria, digits[5 * number : 5 * number + 5])}
            assert given == expected, (who, name)
    owners = [(o.person, f.name) for f in tree.task_fields for o in f.owners]
    assert owners == [("Harry ter Braak", SHORT[0])]
    [comment] = review.list_comments(doc)
    assert (comment.text, comment.author, comment.target_table) == ("Graag de resultaten per 1/1/08 noemen", "Harry ter Braak", "section")
    state = versions.state(doc)
    assert state.frozen and versions.signoff_info(doc, state.working).members == ("Secretaris Blaricum",)
