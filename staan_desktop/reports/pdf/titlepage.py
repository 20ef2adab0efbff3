"""The title page: title, subtitle, municipalities, the document facts and, once signed off,
the steering group's sign-off with version and fingerprint.

Everything flows (no absolute positions), so a very long title or fifty municipalities push
the rest down or onto the next page instead of drawing over each other.
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer, Table

from staan_desktop.domain.document import Conference
from staan_desktop.domain.methods import capital, terms_of

from .context import StoryContext
from .styles import plain_table_style
from .tagging import Rule, TaggedTable, tag_table
from .text import esc

LABEL_WIDTH = 4.0 * cm
#: More municipalities than this are counted in the facts and listed below them in small print.
LISTED_MUNICIPALITIES = 8


def _facts_table(ctx: StoryContext, facts: list[tuple[str, str]]) -> Table:
    style = ctx.styles["title_meta"]
    rows = [[ctx.para(f"<b>{label}</b>", "title_meta"), ctx.para(value, "title_meta")] for label, value in facts]
    table = TaggedTable(rows, colWidths=[LABEL_WIDTH, ctx.width - LABEL_WIDTH], hAlign="LEFT", splitInRow=1)
    table.setStyle(plain_table_style(
        ctx.fonts,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("TEXTCOLOR", (0, 0), (0, -1), style.textColor),
    ))
    # Each label heads its row ("Datum" → "2012").
    return tag_table(table, rows, header_rows=0, header_cols=1)


def title_page(ctx: StoryContext) -> list[Flowable]:
    info = ctx.tree.trajectory
    out: list[Flowable] = [Spacer(1, 3.2 * cm)]
    if info.short_name.strip() and info.short_name.strip().lower() not in info.title.lower():
        out.append(ctx.para(esc(info.short_name), "title_small"))
        out.append(Spacer(1, 6))
    title = ctx.para(esc(info.title), "title")
    title.struct.tag = "H1"
    out.append(title)
    if info.subtitle.strip():
        out.append(ctx.para(esc(info.subtitle), "subtitle"))
    else:
        out.append(Spacer(1, 14))
    out.append(Rule(width="100%", thickness=1.2, color=ctx.palette.accent, spaceBefore=0, spaceAfter=14))

    municipalities = ctx.municipalities()
    listing = esc(" · ".join(municipalities)).replace(" · ", "\u00a0· ")
    many = len(municipalities) > LISTED_MUNICIPALITIES
    facts: list[tuple[str, str]] = []
    if municipalities:
        label = "Gemeente" if len(municipalities) == 1 else "Gemeenten"
        facts.append((label, f"{len(municipalities)} gemeenten (zie onder)" if many else listing))
    if info.document_date.strip():
        facts.append(("Datum", esc(info.document_date)))
    sign_off = ctx.options.sign_off
    version = sign_off.version if sign_off and sign_off.version.strip() else info.version_label
    if version.strip():
        facts.append(("Versie", esc(version)))
    facts.append(("Status", esc(ctx.status_label)))
    conferences = [_conference_line(c) for c in ctx.tree.conferences]
    conferences = [c for c in conferences if c]
    if conferences:
        terms = terms_of(ctx.tree.method)  # the method names its meetings
        label = capital(terms.conference if len(conferences) == 1 else terms.conferences)
        facts.append((esc(label), "<br/>".join(conferences)))
    if info.procesmanager.strip():
        facts.append(("Procesmanager", esc(info.procesmanager)))
    if info.author_role.strip():
        facts.append(("Opgesteld door", esc(info.author_role)))
    out.append(_facts_table(ctx, facts))
    if many:
        out += [Spacer(1, 10), ctx.para(f"<b>Gemeenten:</b> {listing}", "title_small")]

    if sign_off is not None:
        out += signoff_block(ctx)
    return out


def _conference_line(conference: Conference) -> str:
    """"30 mei 2012, Norg – Samenwerking" (date, place, theme; whichever are known)."""
    where = ", ".join(esc(x) for x in (conference.date, conference.place) if x.strip())
    if conference.theme.strip():
        return f"{where} – {esc(conference.theme)}" if where else esc(conference.theme)
    return where


def signoff_block(ctx: StoryContext) -> list[Flowable]:
    sign_off = ctx.options.sign_off
    assert sign_off is not None
    line = "Vastgesteld door de stuurgroep"
    if sign_off.date.strip():
        line += f" op {esc(sign_off.date)}"
    if sign_off.meeting.strip():
        line += f" ({esc(sign_off.meeting)})"
    out: list[Flowable] = [Spacer(1, 1.2 * cm), ctx.para(line, "signoff")]
    facts: list[tuple[str, str]] = []
    if sign_off.members:
        facts.append(("Stuurgroep", "<br/>".join(esc(m) for m in sign_off.members)))
    if sign_off.version.strip():
        facts.append(("Versie", esc(sign_off.version)))
    if facts:
        out.append(_facts_table(ctx, facts))
    if sign_off.fingerprint.strip():
        out.append(Spacer(1, 6))
        out.append(ctx.para(f"Vingerafdruk (SHA-256) van de vastgestelde inhoud:<br/>{esc(sign_off.fingerprint)}",
                            "title_small"))
    return out
