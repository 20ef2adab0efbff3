"""The room's page in a real browser (Debian's chromium, driven by Playwright): a participant
joins by the join address, scores a round and adds a statement; the results are checked
through the services. Loopback only. Skipped when chromium or Playwright is missing
(``scripts/system-deps.sh`` installs chromium, the test extras Playwright).

``STAAN_ROOM_SCREENSHOTS=docs`` writes the page's screenshots into ``docs/``."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from staan_desktop.domain import tables as t
from staan_desktop.domain.room_tables import RoomBallotRow, RoomVoteRow, RoomVoterRow
from staan_desktop.services.interchange import load_tree
from staan_desktop.services.room.server import OpenRoom
from staan_desktop.services.store import Document

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ROOT = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium ontbreekt (scripts/system-deps.sh installeert het)")


@pytest.fixture
def page(tmp_path: Path) -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright ontbreekt (de test-extra's)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            # A small phone, in Dutch.
            context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-NL", device_scale_factor=1)
            context.set_default_timeout(15_000)
            yield context.new_page()
        finally:
            browser.close()


def shot(page: Any, name: str, tmp_path: Path, full: bool = False) -> None:
    folder = ROOT / "docs" if os.environ.get("STAAN_ROOM_SCREENSHOTS") == "docs" else tmp_path
    page.screenshot(path=str(folder / name), full_page=full)


def test_a_participant_joins_scores_and_adds_a_statement(served: OpenRoom, demo: Document, page: Any, tmp_path: Path) -> None:
    room = served.room
    current = room.open_round("task_fields", "median").result()
    page.goto(served.join_url)
    page.get_by_role("button", name="Assen").click()
    page.locator("#scoring").wait_for(state="visible")
    shot(page, "room-phone-scoring.png", tmp_path)
    chosen: dict[tuple[int, int], int] = {}
    groups = page.locator(".scale")
    assert groups.count() == len(current.items) * len(current.criteria)
    for index, (item, criterion) in enumerate((i, c) for i in current.items for c in current.criteria):
        value = criterion.scale_min + (index % (criterion.scale_max - criterion.scale_min + 1))
        groups.nth(index).locator("span", has_text=str(value)).click()
        chosen[(item.id, criterion.id)] = value
    page.get_by_role("button", name="Versturen").click()
    page.get_by_text("Uw stem is opgeslagen").wait_for()

    with demo.reading() as session:
        assert len(session.exec(select(RoomVoterRow)).all()) == 1
        ballots = {(b.item_id, b.criterion_id): b.value for b in session.exec(select(RoomBallotRow))}
    assert ballots == chosen
    room.close_round().result()
    with demo.reading() as session:
        stored = {
            (s.task_field_id, s.criterion_id): s.value
            for s in session.exec(select(t.ScoreRow).where(t.ScoreRow.municipality_id == 2))
        }
    assert {key: stored[key] for key in chosen} == chosen  # one participant: the median is their score

    # A statement, moderated, then revealed.
    statements = room.open_round("statements").result()
    page.locator("#statements").wait_for(state="visible")
    page.locator("#statement").fill("Wij delen kennis over de gemeentegrenzen heen")
    page.get_by_role("button", name="Versturen").click()
    page.get_by_text("Opgeslagen ✓").wait_for()
    shot(page, "room-phone-statement.png", tmp_path)
    pending = room.pending()
    assert [p.text for p in pending] == ["Wij delen kennis over de gemeentegrenzen heen"]
    assert pending[0].round_id == statements.id and pending[0].municipality == "Assen"
    room.moderate(pending[0].id, accept=True).result()
    assert load_tree(demo).statements[-1] == "Wij delen kennis over de gemeentegrenzen heen"
    room.close_round().result()
    room.reveal().result()
    page.locator("#results li").first.wait_for()
    # The reveal names the municipality: the round was by municipality (its default).
    assert page.locator("#results li").all_inner_texts() == ["Wij delen kennis over de gemeentegrenzen heen — Assen"]
    shot(page, "room-phone-results.png", tmp_path)


def test_a_participant_answers_a_named_poll_and_changes_the_vote(served: OpenRoom, demo: Document, page: Any, tmp_path: Path) -> None:
    room = served.room
    poll = room.open_round(
        "poll", anonymity="named", question="Welke vorm past het best?", choices=["Ambtelijke fusie", "Netwerk", "Centrumgemeente"]
    ).result()
    page.goto(served.join_url)
    page.get_by_role("button", name="Tynaarlo").click()
    page.locator("#poll").wait_for(state="visible")
    # The phone says what is kept of who voted, and asks the name a named round stores.
    assert "Op naam" in page.inner_text("#privacy")
    page.locator("#name").fill("Joke Bakker")
    page.get_by_text("Netwerk").click()
    shot(page, "room-phone-poll.png", tmp_path)
    page.get_by_role("button", name="Versturen").click()
    page.get_by_text("Uw stem is opgeslagen").wait_for()
    assert "Netwerk" in page.inner_text("#your-vote")
    page.get_by_role("button", name="Stem wijzigen").click()
    page.get_by_text("Ambtelijke fusie").click()
    page.get_by_role("button", name="Versturen").click()
    page.get_by_text("Uw nieuwe stem telt").wait_for()

    with demo.reading() as session:
        votes = session.exec(select(RoomVoteRow)).all()
        voters = session.exec(select(RoomVoterRow)).all()
    choice = {item.name: item.id for item in poll.items}
    assert [(v.choice_id, v.name, v.municipality_id) for v in votes] == [(choice["Ambtelijke fusie"], "Joke Bakker", 4)]
    assert len(voters) == 1
    room.close_round().result()
    room.reveal().result()
    page.locator("#results .answer-result").first.wait_for()
    shown = page.locator("#results .answer-result").all_inner_texts()
    assert shown[0].startswith("Ambtelijke fusie: 1") and "Joke Bakker (Tynaarlo)" in shown[0]
    assert shown[1].startswith("Netwerk: 0")
    shot(page, "room-phone-poll-results.png", tmp_path)


def test_a_join_card_lets_one_phone_in(served: OpenRoom, demo: Document, page: Any, tmp_path: Path) -> None:
    from staan_desktop.services.room.cards import parse_list, print_cards

    room = served.room
    print_cards(served, parse_list("Anna de Vries; Assen"), tmp_path / "kaarten.pdf")
    ((_spec, token),) = room.issue_cards(parse_list("Bert Jansen; Noordenveld"))
    room.open_round("statements", anonymity="named").result()
    # The plain join address no longer lets anyone in: only a card does.
    page.goto(served.join_url)
    page.get_by_text("aanmeldkaarten").first.wait_for()
    page.goto(f"{served.join_url}#k={token}")
    page.reload()
    page.locator("#statements").wait_for(state="visible")
    assert page.locator("#name-box").is_hidden()  # the card brought the name
    assert "Bert Jansen, Noordenveld" in page.inner_text("#who")
    # The same card in another browser is refused.
    other = page.context.browser.new_context(locale="nl-NL").new_page()
    other.goto(f"{served.join_url}#k={token}")
    other.get_by_text("al gebruikt").wait_for()
    other.context.close()


def test_the_page_speaks_english_to_an_english_phone(served: OpenRoom, page: Any) -> None:
    page.context.clear_cookies()
    page.goto(served.join_url)
    page.get_by_role("button", name="EN", exact=True).click()
    page.get_by_text("Which municipality do you take part for?").wait_for()


def test_a_refusal_reads_in_the_language_of_the_phone(served: OpenRoom, page: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: a refusal with no text of the phone's own (a full room, a request too large, what
    the document refused) showed the laptop's Dutch line on an English phone too."""
    from staan_desktop.services.room import room as room_module

    monkeypatch.setattr(room_module, "MAX_DEVICES", 0)
    page.goto(served.join_url)
    page.get_by_role("button", name="Assen").click()
    page.locator("#status.error", has_text="De zaal is vol.").wait_for()  # the Dutch phone as before
    page.get_by_role("button", name="EN", exact=True).click()
    page.get_by_role("button", name="Assen").click()
    page.locator("#status.error", has_text="The room is full.").wait_for()
    assert "zaal" not in page.inner_text("#status")


def test_an_old_join_address_shows_a_plain_refusal(served: OpenRoom, page: Any) -> None:
    response = page.goto(served.join_url.rsplit("/", 1)[0] + "/niet-de-sleutel")
    assert response is not None and response.status == 403
    assert "verlopen" in page.inner_text("body")


def test_a_participant_sends_an_idea_that_becomes_a_task_field(served: OpenRoom, demo: Document, page: Any, tmp_path: Path) -> None:
    room = served.room
    room.open_round("ideas", anonymity="anonymous").result()
    page.goto(served.join_url)
    page.get_by_role("button", name="Tynaarlo").click()
    page.locator("#statements").wait_for(state="visible")
    assert page.inner_text("#text-title") == "Ideeën voor taakvelden"
    assert "lange lijst" in page.inner_text("#text-help") and "Anoniem" in page.inner_text("#privacy")
    page.locator("#statement").fill("Gezamenlijke handhaving")
    page.get_by_role("button", name="Versturen").click()
    page.get_by_text("Opgeslagen ✓").wait_for()
    shot(page, "room-phone-ideas.png", tmp_path)
    (pending,) = room.pending()
    assert (pending.kind, pending.text, pending.municipality) == ("ideas", "Gezamenlijke handhaving", "")
    room.moderate(pending.id, accept=True).result()
    with demo.reading() as session:
        made = session.exec(select(t.TaskFieldRow).where(t.TaskFieldRow.name == "Gezamenlijke handhaving")).one()
    assert made.shortlisted is False
    page.get_by_role("button", name="EN", exact=True).click()
    assert page.inner_text("#text-title") == "Ideas for task fields"
    room.close_round().result()
    room.reveal().result()
    page.locator("#results li").first.wait_for()
    assert page.locator("#results li").all_inner_texts() == ["Gezamenlijke handhaving"]  # anonymous: nobody named
