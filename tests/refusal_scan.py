"""Reading the package's source for refusals: which errors are made from what, which catalogue
codes are asked for with which parameters, and which Dutch phrases can reach a message.

Shared by the tests of the catalogue (``test_refusal_catalogue.py``); pure :mod:`ast`, no import
of the package, so that a module that cannot even be imported is still read.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "staan_desktop"
MESSAGES = PACKAGE / "domain" / "messages"


def sources() -> dict[Path, ast.Module]:
    return {
        path: ast.parse(path.read_text("utf-8"), str(path))
        for path in sorted(PACKAGE.rglob("*.py"))
        if "forms" not in path.parts and "migrations" not in path.parts and MESSAGES not in path.parents
    }


def called_name(node: ast.Call) -> str | None:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def is_text_literal(node: ast.AST) -> bool:
    """A string written in the source: a literal, an f-string, or text glued or formatted together."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return is_text_literal(node.left) or is_text_literal(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return is_text_literal(node.func.value)
    return False


def error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """Names of every class that derives (through the package) from ``StaanError`` or ``MessageError``."""
    bases: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
    found = {"StaanError", "MessageError"}
    while True:
        more = {name for name, of in bases.items() if of & found} - found
        if not more:
            return found
        found |= more


@dataclass(frozen=True)
class Request:
    """One ``msg("code", name=value, …)`` in the source."""

    where: str
    code: str | None  # None: the code is not a literal
    params: frozenset[str]


def requests(trees: dict[Path, ast.Module]) -> Iterator[Request]:
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and called_name(node) == "msg":
                first = node.args[0] if node.args else None
                code = first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None
                yield Request(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}", code,
                              frozenset(k.arg for k in node.keywords if k.arg))


# Phrases -----------------------------------------------------------------------------------


class _Scopes:
    """Functions by name and each node's enclosing function, to follow a phrase to its words."""

    def __init__(self, trees: dict[Path, ast.Module]) -> None:
        self.trees = trees
        self.functions: dict[str, list[ast.FunctionDef]] = {}
        self.parent_function: dict[ast.AST, ast.FunctionDef | ast.Module] = {}
        self.module_of: dict[ast.AST, ast.Module] = {}
        for tree in trees.values():
            self._index(tree, tree, tree)

    def _index(self, node: ast.AST, scope: ast.FunctionDef | ast.Module, module: ast.Module) -> None:
        for child in ast.iter_child_nodes(node):
            self.parent_function[child] = scope
            self.module_of[child] = module
            if isinstance(child, ast.FunctionDef):
                self.functions.setdefault(child.name, []).append(child)
                self._index(child, child, module)
            else:
                self._index(child, scope, module)


def _params(function: ast.FunctionDef) -> list[str]:
    names = [a.arg for a in function.args.posonlyargs + function.args.args]
    return names[1:] if names[:1] in (["self"], ["cls"]) else names


class PhraseFinder:
    """The Dutch words that can reach ``phrase(…)``: literals, followed through assignments,
    dictionaries, the literal returns of a function and the callers of a parameter."""

    def __init__(self, trees: dict[Path, ast.Module]) -> None:
        self.scopes = _Scopes(trees)
        self.found: set[str] = set()
        self._seen: set[tuple[int, str]] = set()

    def run(self) -> set[str]:
        for tree in self.scopes.trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and called_name(node) == "phrase" and node.args:
                    self._words(node.args[0], self.scopes.parent_function.get(node, tree))
        return self.found

    def _assigned(self, name: str, scope: ast.AST) -> Iterator[ast.expr]:
        for node in ast.walk(scope):
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
                yield node.value
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
                if node.value is not None:
                    yield node.value

    def _words(self, expr: ast.AST, scope: ast.AST) -> None:
        module = self.scopes.module_of.get(expr) or scope
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            self.found.add(expr.value)
        elif isinstance(expr, (ast.IfExp,)):
            self._words(expr.body, scope)
            self._words(expr.orelse, scope)
        elif isinstance(expr, ast.BoolOp):
            for value in expr.values:
                self._words(value, scope)
        elif isinstance(expr, (ast.Dict,)):
            for value in expr.values:
                self._words(value, scope)
        elif isinstance(expr, ast.Tuple):
            for value in expr.elts:
                self._words(value, scope)
        elif isinstance(expr, ast.Subscript):
            self._words(expr.value, scope)
        elif isinstance(expr, ast.Call):
            name = called_name(expr)
            if isinstance(expr.func, ast.Attribute) and name == "get":  # a_dict.get(key, default)
                self._words(expr.func.value, scope)
                for arg in expr.args[1:]:
                    self._words(arg, scope)
            elif isinstance(expr.func, ast.Name):
                for function in self.scopes.functions.get(expr.func.id, []):
                    for node in ast.walk(function):
                        if isinstance(node, ast.Return) and node.value is not None:
                            self._words(node.value, function)
        elif isinstance(expr, ast.Name):
            self._name(expr.id, scope, module)

    def _name(self, name: str, scope: ast.AST, module: ast.AST) -> None:
        key = (id(scope), name)
        if key in self._seen:
            return
        self._seen.add(key)
        for value in self._assigned(name, scope):
            self._words(value, scope)
        if isinstance(scope, ast.FunctionDef):
            for node in ast.walk(scope):  # for key, (row_type, what) in TABLE.items()
                if isinstance(node, ast.For) and any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(node.target)):
                    self._words(node.iter.func.value if isinstance(node.iter, ast.Call) and isinstance(node.iter.func, ast.Attribute) else node.iter, scope)
            if name in _params(scope):
                self._callers(scope, name)
            outer = self.scopes.parent_function.get(scope, module)
            if not any(True for _ in self._assigned(name, scope)) and name not in _params(scope):
                self._name(name, outer, module)
        if scope is not module:
            for value in self._assigned(name, module) if not isinstance(scope, ast.Module) else ():
                self._words(value, module)
        for default in self._defaults(scope, name):
            self._words(default, scope)

    @staticmethod
    def _defaults(scope: ast.AST, name: str) -> Iterator[ast.expr]:
        if isinstance(scope, ast.FunctionDef):
            args = scope.args.posonlyargs + scope.args.args
            for arg, default in zip(reversed(args), reversed(scope.args.defaults)):
                if arg.arg == name:
                    yield default
            for arg, kw_default in zip(scope.args.kwonlyargs, scope.args.kw_defaults):
                if arg.arg == name and kw_default is not None:
                    yield kw_default

    def _callers(self, function: ast.FunctionDef, param: str) -> None:
        index = _params(function).index(param)
        for tree in self.scopes.trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and called_name(node) == function.name:
                    given = node.args[index] if index < len(node.args) else next(
                        (k.value for k in node.keywords if k.arg == param), None)
                    if given is not None:
                        self._words(given, self.scopes.parent_function.get(node, tree))


def phrases_reaching_messages(trees: dict[Path, ast.Module]) -> set[str]:
    return PhraseFinder(trees).run()


# Parameters as the source passes them ------------------------------------------------------

_LETTER = re.compile(r"[^\W\d_]")
#: Calls whose argument is words the window translates, or a message: what a parameter should be.
_CODED = {"phrase", "msg", "verbatim", "worded", "listed"}


def _written_words(node: ast.AST) -> Iterator[ast.AST]:
    """Text with letters written in ``node`` outside a coded call: a literal, an f-string's
    words, a join's separator (a key looked up, ``d["format"]``, is not text shown)."""
    if isinstance(node, ast.Call) and called_name(node) in (*_CODED, "strftime"):  # a date's pattern is no word
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and _LETTER.search(node.value):
        yield node
    for child in ast.iter_child_nodes(node):
        if isinstance(node, ast.Subscript) and child is node.slice:
            continue
        if isinstance(node, ast.Call) and called_name(node) == "get" and child in node.args[:1]:
            continue
        yield from _written_words(child)


class GluedFinder(PhraseFinder):
    """Where Dutch words glued together in the source reach a refusal: an f-string (or text
    added or formatted) that reaches ``phrase(…)`` (a phrase must be fixed words to be
    translated), and written words that are a ``msg(…)`` parameter, directly or through a
    name assigned in the same function."""

    def __init__(self, trees: dict[Path, ast.Module]) -> None:
        super().__init__(trees)
        self.offenders: set[str] = set()

    def _where(self, node: ast.AST) -> str:
        module = self.scopes.module_of.get(node)
        path = next((p for p, tree in self.scopes.trees.items() if tree is module), PACKAGE)
        return f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', '?')}"

    def _words(self, expr: ast.AST, scope: ast.AST) -> None:
        if isinstance(expr, ast.JoinedStr) or (isinstance(expr, ast.BinOp) and is_text_literal(expr)) or (
            isinstance(expr, ast.Call) and is_text_literal(expr)
        ):
            self.offenders.add(f"{self._where(expr)}: words glued into a phrase")
            return
        super()._words(expr, scope)

    def run(self) -> set[str]:
        super().run()
        for tree in self.scopes.trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and called_name(node) == "msg":
                    scope = self.scopes.parent_function.get(node, tree)
                    for keyword in node.keywords:
                        values = [keyword.value]
                        if isinstance(keyword.value, ast.Name):
                            values += list(self._assigned(keyword.value.id, scope))
                        for value in values:
                            for words in _written_words(value):
                                self.offenders.add(f"{self._where(node)}: {keyword.arg}={getattr(words, 'value', '')!r}")
        return self.offenders


def glued_dutch(trees: dict[Path, ast.Module]) -> set[str]:
    return GluedFinder(trees).run()
