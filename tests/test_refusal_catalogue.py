"""Every refusal of services, domain and reports goes through the catalogue, and every entry of the
catalogue can be shown in English: a code with parameters, not a Dutch sentence (issue 17)."""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import refusal_scan as scan
from dutch_words import dutch_in

from staan_desktop.domain.messages import (
    CATALOGUE,
    CONTEXT,
    PHRASES,
    VALUE_WORDS,
    Message,
    MessageError,
    listed,
    msg,
    phrase,
    verbatim,
)

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "staan_en.ts"
TREES = scan.sources()


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def english() -> dict[str, str]:
    """Dutch source → finished English translation, in the context of the refusals."""
    found: dict[str, str] = {}
    for context in ET.parse(TS).getroot():
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") is None and translation.text:
                found[message.findtext("source", "")] = translation.text
    return found


def test_no_refusal_is_made_from_a_written_sentence() -> None:
    """(a) A StaanError (or a refusal of the domain or the reports) is made from a catalogue
    message, never from a string, f-string or formatted text: the window could not translate it."""
    classes = scan.error_classes(TREES)
    offenders = []
    for path, tree in TREES.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and scan.called_name(node) in classes:
                # RoomRefusal("code", message): the first argument is the phones' code.
                given = node.args[1:2] if scan.called_name(node) == "RoomRefusal" else node.args[:1]
                given += [k.value for k in node.keywords if k.arg in ("text", "message")]
                if any(scan.is_text_literal(arg) for arg in given):
                    offenders.append(f"{path.relative_to(scan.PACKAGE.parent)}:{node.lineno}")
    assert classes >= {"DocumentError", "ValidationError", "ReadOnlyError", "RescuableError", "CostKeyError"}
    assert not offenders, offenders


def test_the_scan_sees_a_sentence_where_there_is_one() -> None:
    def literal(code: str) -> bool:
        call = ast.parse(code).body[0].value  # type: ignore[attr-defined]
        return scan.is_text_literal(call.args[0])

    assert literal('ValidationError(f"{x} is leeg.")')
    assert literal('ValidationError("Leeg." + x)')
    assert literal('ValidationError("{0} is leeg".format(x))')
    assert not literal('ValidationError(msg("edit.empty", what=x))')


def test_every_message_asked_for_is_in_the_catalogue_with_the_parameters_its_template_names() -> None:
    """(b) The Dutch template's fields are exactly the parameters each call passes."""
    problems = []
    used = set()
    for request in scan.requests(TREES):
        if request.code is None:
            problems.append(f"{request.where}: the code is not written out")
        elif request.code not in CATALOGUE:
            problems.append(f"{request.where}: unknown code {request.code}")
        elif fields(CATALOGUE[request.code]) != request.params:
            problems.append(f"{request.where}: {request.code} takes {sorted(fields(CATALOGUE[request.code]))}, "
                            f"given {sorted(request.params)}")
        used.add(request.code)
    assert not problems, problems
    assert not set(CATALOGUE) - used - {"verbatim"}, "codes nobody asks for"


def test_every_code_has_an_english_translation_with_the_same_fields() -> None:
    """(b) ``staan_en.ts`` holds each template, finished, with the same placeholders."""
    translated = english()
    missing = [code for code, dutch in CATALOGUE.items() if dutch not in translated]
    assert not missing
    different = [code for code, dutch in CATALOGUE.items() if fields(translated[dutch]) != fields(dutch)]
    assert not different
    assert not [words for words in PHRASES if words not in translated]
    assert not [words for words in VALUE_WORDS if words not in translated]


def _dummy(template: str, name: str) -> object:
    """A value for the field ``name``: a number where it has a number's format, a nested
    message where it is lowered (``{reason:lower}``), else a marked text."""
    if "{" + name + ":lower}" in template:
        return msg("store.read_only")
    return 7 if "{" + name + ":" in template else f"<{name}>"


def test_each_code_renders_with_dummy_parameters_in_both_languages() -> None:
    translated = english()
    for code, dutch in CATALOGUE.items():
        params = {name: _dummy(dutch, name) for name in fields(dutch)}
        message = msg(code, **params)
        text = message.dutch()
        assert "{" not in text and all(str(v)[1:] in text for v in params.values()), code
        assert message.render(lambda d: translated[d] if d in translated else d, str) != "", code
    # No two codes share a template: a translation belongs to one sentence.
    assert len(set(CATALOGUE.values())) == len(CATALOGUE)


def test_every_phrase_the_source_passes_into_a_message_is_listed() -> None:
    """Words like "De naam van het motief", given to clean_name and put into "{what} mag niet
    leeg zijn.", are translated only if the list holds them."""
    reaching = scan.phrases_reaching_messages(TREES)
    assert {"De naam van het motief", "de schijf is vol", "Het onderdeel"} <= reaching  # the scan follows them
    assert not reaching - PHRASES
    assert not PHRASES - reaching, "phrases nothing passes any more"


def test_the_dutch_rendering_is_the_sentence_the_command_line_prints() -> None:
    gone = msg("backups.failed_because", name="a.staan", reason=msg("store.exists", name="b.staan"))
    assert gone.dutch() == "De reservekopie van ‘a.staan’ kon niet worden gemaakt: het bestand ‘b.staan’ bestaat al."
    assert msg("edit.empty", what=phrase("De naam")).dutch() == "De naam mag niet leeg zijn."
    assert str(MessageError(msg("cost_keys.no_municipalities"))) == "Er zijn geen gemeenten om de kosten over te verdelen."


def test_an_unknown_code_or_a_lost_field_never_hides_the_refusal() -> None:
    assert "nergens" in Message("nergens.bekend", {"x": 1}).dutch()
    broken = msg("edit.empty", what="De naam").render(lambda _dutch: "{wat} must not be empty.", str)
    assert broken == "De naam mag niet leeg zijn."


@pytest.mark.parametrize("code", ["scoring.out_of_scale", "store.not_sqlite"])
def test_a_refusal_of_the_services_carries_code_and_parameters(code: str) -> None:
    from staan_desktop.services.errors import ValidationError

    params = {name: f"<{name}>" for name in fields(CATALOGUE[code])}
    error = ValidationError(msg(code, **params))
    assert (error.code, error.params, error.message) == (code, params, CATALOGUE[code].format(**params))


# No Dutch inside an English refusal ---------------------------------------------------------


def in_english(message: Message, translated: dict[str, str]) -> str:
    return message.render(lambda dutch: translated.get(dutch, dutch), lambda words: translated.get(words, words))


def _sample(node: ast.AST, template: str, name: str) -> object:
    """A value like the one the source passes at ``node`` for the field ``name``: its written
    words, phrases and nested messages as they are; what only runs can tell, a neutral value."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.JoinedStr):  # an f-string: its words, with a neutral value for each field
        return "".join(str(v.value) if isinstance(v, ast.Constant) else "X" for v in node.values)
    if isinstance(node, (ast.IfExp, ast.BoolOp)):  # words written on either side, else the first side
        sides = [_sample(side, template, name) for side in
                 ([node.body, node.orelse] if isinstance(node, ast.IfExp) else node.values)]
        written = [side for side in sides if type(side) is str and side]
        return " ".join(written) if written else sides[0]
    if isinstance(node, ast.Call):
        called = scan.called_name(node)
        first = node.args[0] if node.args else None
        if called == "phrase" and isinstance(first, ast.Constant):
            return phrase(first.value)
        if called == "msg" and isinstance(first, ast.Constant) and first.value in CATALOGUE:
            inner = CATALOGUE[first.value]
            return msg(first.value, **{k.arg: _sample(k.value, inner, k.arg) for k in node.keywords if k.arg})
        if called == "listed":
            return listed(("‘X’", "‘Y’"))
        if called == "join" and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Constant):
            return f"X{node.func.value.value}Y"
    return _dummy(template, name)


def test_every_code_phrase_and_value_word_reads_in_english_without_a_dutch_word() -> None:
    """The general guard: every code rendered in English, once with neutral parameters and once
    at each place the source asks for it with the parameters written there (phrases, nested
    messages, words), and every phrase and value word on its own, holds no Dutch word."""
    translated = english()
    rendered = {code: in_english(msg(code, **{n: _dummy(t, n) for n in fields(t)}), translated)
                for code, t in CATALOGUE.items()}
    for tree in TREES.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and scan.called_name(node) == "msg":
                sample = _sample(node, "", "")
                if isinstance(sample, Message):
                    rendered[f"{sample.code} at line {node.lineno}"] = in_english(sample, translated)
    rendered |= {words: translated.get(words, words) for words in PHRASES | VALUE_WORDS}
    dutch = {where: (text, sorted(dutch_in(text))) for where, text in rendered.items() if dutch_in(text)}
    assert not dutch, dutch
    assert len(rendered) > len(CATALOGUE) + len(PHRASES)


def test_the_guard_sees_dutch_in_an_english_refusal() -> None:
    translated = english()
    assert dutch_in(in_english(msg("edit.empty", what=phrase("De naam van het motief")), translated)) == set()
    assert dutch_in(in_english(msg("edit.empty", what="Het punt bij sterkten"), translated)) == {"het", "bij"}
    glued = msg("tree.unknown_municipality", where=phrase("Deelnemer ‘X’"), name="Y")  # not a listed phrase
    assert dutch_in(in_english(glued, translated)) == {"deelnemer"}
    assert dutch_in(in_english(verbatim("expected 'gemeente' or 'extern'"), translated)) == set()  # a file's values


def test_no_refusal_parameter_is_dutch_glued_together_in_the_source() -> None:
    """The static guard: an f-string reaching ``phrase(…)`` (no translation can match it), or
    words written as a parameter of ``msg(…)`` (", een ", "(nog geen criteria)"), would show
    Dutch in the English window; parameters are phrases, messages or the user's own values."""
    assert not scan.glued_dutch(TREES)


def test_the_static_guard_sees_glued_words(tmp_path: Path) -> None:
    source = tmp_path / "staan_desktop" / "x.py"
    trees = {scan.PACKAGE / "x.py": ast.parse('''
def check(name, kinds):
    where = f"Deelnemer ‘{name}’"
    raise ValidationError(msg("tree.unknown_municipality", where=phrase(where), name=name))
def listing(kinds):
    names = ", ".join(kinds) or "(geen)"
    raise ValidationError(msg("parties.kind_values", choices=", een ".join(kinds), last=names))
def fine(name):
    raise ValidationError(msg("edit.empty", what=phrase("De naam"), x=d["format"], when=t.strftime("%H:%M")))
''')}
    assert not source.exists()
    found = sorted(scan.glued_dutch(trees))
    assert found == ["staan_desktop/x.py:3: words glued into a phrase", "staan_desktop/x.py:7: choices=', een '",
                     "staan_desktop/x.py:7: last='(geen)'"], found
