"""A smaller ICU data library for the Linux bundle.

Qt for Python on Linux brings ICU 73, whose data library ``libicudata.so.73`` (32 MB) is the
largest file in the bundle: every locale of CLDR, word-break dictionaries for Thai and
Chinese, transliterators, unit and currency names, 190 code-page tables. Nothing in the
bundle but Qt's core library links against ICU, and it calls ICU for four things only
(``nm -D --undefined-only libQt6Core.so.6``): collation (``ucol_*``), case mapping
(``u_strToUpper``/``u_strToLower``), time zones (``ucal_*``) and text codecs (``ucnv_*``).
So the data keeps what those calls read, for the interface languages (root, Dutch, English),
and the single-byte code pages; it is written into a new ``libicudata.so.73`` with the same
name, soname and symbol, which ``libicuuc`` finds as before.

Neither Qt nor PyInstaller is imported here: the spec runs :func:`build` and the tests check
the result against the original data by running Qt on both.

    python installer/icu_data.py SOURCE/libicudata.so.73 OUT/libicudata.so.73
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

#: ICU data trees whose contents no Qt call reads (break iterators and their dictionaries,
#: transliteration, unit/currency names, number spell-out): dropped whole.
DROPPED_TREES = {"brkitr", "translit", "unit", "curr", "rbnf"}

#: Locales kept in the trees that stay: the interface languages; ICU falls back from any other
#: (a German system locale, say) to root, whose collation is the Unicode default order.
KEPT_LANGUAGES = {"root", "en", "nl"}

#: A locale's data file: ``nl.res``, ``en_GB.res``, ``sr_Latn_BA.res``, not
#: ``supplementalData.res`` or ``zoneinfo64.res``. A tree's string pool and index serve all its
#: locales, though ``res_index`` looks like a locale's name.
_SHARED = {"res_index.res", "pool.res"}
_LOCALE_FILE = re.compile(r"^(root|[a-z]{2,3}(_[A-Za-z0-9]*)*)\.res$")


def keep(name: str, max_bytes_per_char: int | None = None) -> bool:
    """Whether an item of the data package stays, by its name without the package prefix
    (``coll/nl.res``, ``ibm-5348_P100-1997.cnv``). ``max_bytes_per_char`` is a code page's
    (``.cnv``): the single-byte tables (ISO-8859, Windows, Mac, DOS, KOI8…, 0.5 MB) stay for
    clipboard text in an old encoding; the multi-byte tables for Chinese, Japanese and Korean
    (4.7 MB) go, as Python's CJK codecs stay out of the bundle."""
    parts = name.split("/")
    if len(parts) > 1 and parts[0] in DROPPED_TREES:
        return False
    if name.endswith(".cnv"):
        return max_bytes_per_char == 1
    match = _LOCALE_FILE.match(parts[-1])
    return parts[-1] in _SHARED or not match or match.group(1).split("_")[0] in KEPT_LANGUAGES


# --- The ICU common data package (ICU's ucmndata.h) ------------------------------------------

_ALIGN = 16


def _pad(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % _ALIGN)


def parse_package(blob: bytes) -> tuple[bytes, str, list[tuple[str, bytes]]]:
    """The header, the package prefix (``icudt73l``) and the (name, data) items of a common
    data package ("CmnD"), names without the prefix, in the package's (sorted) order."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD" or blob[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    (count,) = struct.unpack_from("<I", blob, header_size)
    toc = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    end = len(blob) - header_size
    items = []
    prefix = ""
    for i, (name_offset, data_offset) in enumerate(toc):
        start = header_size + name_offset
        full = blob[start:blob.index(b"\0", start)].decode("ascii")
        prefix, _, name = full.partition("/")
        stop = toc[i + 1][1] if i + 1 < count else end
        items.append((name, blob[header_size + data_offset:header_size + stop]))
    return blob[:header_size], prefix, items


def write_package(header: bytes, prefix: str, items: list[tuple[str, bytes]]) -> bytes:
    """A common data package of ``items`` (kept in the given, sorted, order: ICU searches the
    table of contents by bisection)."""
    names = b"".join(f"{prefix}/{name}".encode("ascii") + b"\0" for name, _data in items)
    toc_size = 4 + 8 * len(items)
    # Offsets count from the end of the header; every item starts 16-byte aligned in the file.
    first = len(header) + toc_size + len(names)
    first += -first % _ALIGN
    toc = [struct.pack("<I", len(items))]
    body = []
    name_offset, data_offset = toc_size, first - len(header)
    for name, data in items:
        toc.append(struct.pack("<II", name_offset, data_offset))
        name_offset += len(f"{prefix}/{name}") + 1
        body.append(_pad(data))
        data_offset += len(body[-1])
    out = header + b"".join(toc) + names
    out += b"\xaa" * (first - len(out))  # the filler ICU's own tools write
    return out + b"".join(body)


def max_bytes_per_char(data: bytes) -> int:
    """A code page's maxBytesPerChar (UConverterStaticData, after the item's own header)."""
    (header_size,) = struct.unpack_from("<H", data, 0)
    return data[header_size + 71]


def filter_package(blob: bytes) -> bytes:
    header, prefix, items = parse_package(blob)
    kept = [(name, data) for name, data in items
            if keep(name, max_bytes_per_char(data) if name.endswith(".cnv") else None)]
    return write_package(header, prefix, kept)


# --- The shared library around it -----------------------------------------------------------


def read_symbol(library: Path, symbol: str) -> bytes:
    """The bytes of an exported data symbol of a 64-bit little-endian ELF shared library."""
    elf = Path(library).read_bytes()
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError(f"{library}: not a 64-bit little-endian ELF file")
    shoff = struct.unpack_from("<Q", elf, 0x28)[0]
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link][4]
        for pos in range(offset, offset + size, entsize):
            st_name, _st_info, _other, st_shndx, st_value, st_size = struct.unpack_from("<IBBHQQ", elf, pos)
            end = elf.index(b"\0", strtab + st_name)
            if elf[strtab + st_name:end].decode() == symbol and st_shndx:
                section = sections[st_shndx]
                start = st_value - section[3] + section[4]
                return elf[start:start + st_size]
    raise ValueError(f"{library}: no symbol {symbol}")


def link_data_library(data: bytes, symbol: str, soname: str, out: Path) -> None:
    """A shared library that exports ``data`` as ``symbol``, built with binutils' ``as`` and
    ``ld`` (which PyInstaller itself needs on Linux)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        blob, source, obj = Path(tmp) / "data.bin", Path(tmp) / "data.s", Path(tmp) / "data.o"
        blob.write_bytes(data)
        source.write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n'
            f'{symbol}:\n\t.incbin "{blob}"\n\t.size {symbol}, {len(data)}\n'
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run(["as", "-o", str(obj), str(source)], check=True)
        subprocess.run(["ld", "-shared", "-soname", soname, "-z", "noexecstack", "-o", str(out), str(obj)],
                       check=True)


def is_data_library(path: str) -> bool:
    """ICU's data library (``libicudata.so.73``), by its path in the bundle. Only Qt for
    Python on Linux brings one; on Windows Qt uses the ICU of Windows."""
    return bool(re.fullmatch(r"libicudata\.so\.\d+", path.replace("\\", "/").rsplit("/", 1)[-1]))


def build(source: Path, out: Path) -> tuple[int, int]:
    """The filtered copy of the ICU data library ``source`` at ``out``; returns the sizes of
    the data before and after."""
    source = Path(source)
    match = re.fullmatch(r"libicudata\.so\.(\d+)", source.name)
    if not match:
        raise ValueError(f"{source}: not an ICU data library")
    symbol = f"icudt{match.group(1)}_dat"
    original = read_symbol(source, symbol)
    smaller = filter_package(original)
    link_data_library(smaller, symbol, source.name, out)
    return len(original), len(smaller)


if __name__ == "__main__":
    before, after = build(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"ICU data {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
