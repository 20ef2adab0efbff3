"""Room for the sign-off: a signed-off version says so on its title page and in its metadata,
and carries no CONCEPT mark; open review comments get an annex of their own."""

from __future__ import annotations

import io

import pypdf
import pytest
from reports.pdf_helpers import pdf_text, squash

from staan_desktop.domain import document as d
from staan_desktop.reports.pdf import OpenComment, RenderOptions, SignOff, render_pdf

FINGERPRINT = "3f2a9c0d" * 8
SIGN_OFF = SignOff(
    date="12 juni 2012",
    meeting="vergadering van de stuurgroep STAAN",
    members=("J. de Vries, Assen", "P. Jansen, Tynaarlo"),
    version="1.0",
    fingerprint=FINGERPRINT,
)


@pytest.fixture(scope="module")
def signed_pdf(demo: d.Trajectory) -> bytes:
    return render_pdf(demo, RenderOptions(sign_off=SIGN_OFF))


def test_title_page_shows_the_sign_off(signed_pdf: bytes) -> None:
    title_page = squash(pdf_text(signed_pdf)[0])
    assert squash("Vastgesteld door de stuurgroep op 12 juni 2012 (vergadering van de stuurgroep STAAN)") in title_page
    assert squash("J. de Vries, Assen") in title_page and squash("P. Jansen, Tynaarlo") in title_page
    assert squash("Versie 1.0") in title_page
    assert FINGERPRINT in title_page


def test_sign_off_suppresses_the_concept_mark(demo: d.Trajectory, signed_pdf: bytes) -> None:
    assert demo.trajectory.status == d.Status.CONCEPT  # the tree still says concept
    reader = pypdf.PdfReader(io.BytesIO(signed_pdf))
    for page in reader.pages:
        assert "CONCEPT" not in page.extract_text()
        assert b"CONCEPT" not in page.get_contents().get_data()
    assert all("Vastgesteld op 12 juni 2012" in text for text in pdf_text(signed_pdf))


def test_sign_off_in_metadata(signed_pdf: bytes) -> None:
    meta = pypdf.PdfReader(io.BytesIO(signed_pdf)).metadata
    assert meta is not None
    assert "vastgesteld door de stuurgroep op 12 juni 2012" in (meta.subject or "")
    assert f"sha256:{FINGERPRINT}" in meta["/Keywords"]
    assert "versie 1.0" in meta["/Keywords"]
    assert meta["/StaanVingerafdruk"] == FINGERPRINT
    assert meta["/StaanVersie"] == "1.0"
    assert meta["/StaanVastgesteldOp"] == "12 juni 2012"
    assert meta.author == "procesmanager samenwerking"


def test_status_vastgesteld_without_sign_off_has_no_mark(demo: d.Trajectory) -> None:
    info = demo.trajectory.model_copy(update={"status": d.Status.VASTGESTELD})
    pdf = render_pdf(demo.model_copy(update={"trajectory": info}))
    assert not any("CONCEPT" in text for text in pdf_text(pdf))


def test_open_comments_annex(demo: d.Trajectory) -> None:
    comments = (
        OpenComment(text="Klopt de eigenaar van Mobiliteit nog?", author="secretaris Assen", where="5. Eigenaren",
                    date="1 juni 2012"),
        OpenComment(text="Graag <b>niet</b> vet & zonder opmaak."),
    )
    text = squash("".join(pdf_text(render_pdf(demo, RenderOptions(open_comments=comments)))))
    assert squash("Bijlage 2 Openstaande opmerkingen") not in text  # numbered after what exists
    assert squash("Bijlage 1 Openstaande opmerkingen") in text
    assert squash("Klopt de eigenaar van Mobiliteit nog?") in text
    assert squash("secretaris Assen – 1 juni 2012") in text
    assert squash("Graag <b>niet</b> vet & zonder opmaak.") in text


def test_annexes_are_numbered_in_order(demo: d.Trajectory) -> None:
    conference = demo.conferences[0].model_copy(update={
        "questions": ("Wat verbindt ons?",),
        "participants": (d.Participant(name="Roel Schrotenboer", function="procesmanager"),),
    })
    tree = demo.model_copy(update={"conferences": (conference,)})
    pdf = render_pdf(tree, RenderOptions(open_comments=(OpenComment(text="Nog te bespreken"),)))
    text = squash("".join(pdf_text(pdf)))
    order = [text.index(squash(h)) for h in ("Bijlage 1 Voorbereidende vragen", "Bijlage 2 Deelnemers werkconferentie",
                                              "Bijlage 3 Openstaande opmerkingen")]
    assert order == sorted(order)
    assert squash("Roel Schrotenboer") in text
