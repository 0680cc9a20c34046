"""Refresh the Indonesian translation of the window: lupdate → fill → lrelease.

    python tools/i18n.py

1. pyside6-lupdate collects every tr()/translate() string of koperasi/gui into
   resources/i18n/koperasi_id.ts (Qt Linguist's format; open it with pyside6-linguist).
2. Entries still unfinished are filled from the glossaries resources/i18n/id/*.json
   ({"English source": "Indonesian"}; a key "Context|source" applies to one context only).
   Qt's own standard dialog buttons (context QPlatformTheme) come from id/qt.json, since
   Qt ships no Indonesian translation of its own.
3. pyside6-lrelease compiles the .ts to koperasi_id.qm, which the app loads at start.
4. English needs no translation but its plurals: koperasi_en.ts holds only the numerus
   entries ("%n member(s)" → "%n member" / "%n members"), derived from the source text, so
   that English screens never show "delivery(ies)".
Run it after changing screen texts, and commit the .ts, .qm and glossaries.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
TS = I18N / "koperasi_id.ts"
QM = I18N / "koperasi_id.qm"
TS_EN = I18N / "koperasi_en.ts"
QM_EN = I18N / "koperasi_en.qm"
# "delivery(ies)", "delivery(s)" → delivery / deliveries; "member(s)" → member / members
_Y_PLURAL = re.compile(r"y\((?:ie)?s\)")
_PLURAL = re.compile(r"\((e?s)\)")
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    candidate = BIN / name
    return str(candidate) if candidate.exists() else name


def glossary() -> dict[str, str]:
    merged: dict[str, str] = {}
    for path in sorted((I18N / "id").glob("*.json")):
        merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged


def fill(ts_path: Path, words: dict[str, str]) -> list[str]:
    """Fill translations from the glossaries; returns 'Context: source' of those missing."""
    tree = ET.parse(ts_path)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    qt_words = {k.split("|", 1)[1]: v for k, v in words.items() if k.startswith("QPlatformTheme|")}
    if qt_words:
        context = contexts.get("QPlatformTheme")
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = "QPlatformTheme"
        present = {m.findtext("source") for m in context.findall("message")}
        for source in qt_words:
            if source not in present:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation", type="unfinished")
        contexts["QPlatformTheme"] = context
    missing = []
    for name, context in contexts.items():
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") == "obsolete" or translation.get("type") == "vanished":
                continue
            text = words.get(f"{name}|{source}", words.get(source))
            if message.get("numerus") == "yes":
                # Indonesian has one plural form: "%n anggota".
                for old in list(translation):
                    translation.remove(old)
                if text is not None:
                    ET.SubElement(translation, "numerusform").text = text
                    translation.attrib.pop("type", None)
                else:
                    missing.append(f"{name}: {source}")
                continue
            if text is not None:
                # The glossary is the source: a word changed there (an accelerator moved to
                # end a clash) replaces the finished translation too, so a merge that kept
                # one side's .ts cannot keep an old word.
                translation.text = text
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished" or not (translation.text or "").strip():
                missing.append(f"{name}: {source}")
    ET.indent(tree)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def english_plurals(source: str) -> tuple[str, str]:
    """The singular and plural English forms of a "(s)" source text."""
    singular = _PLURAL.sub("", _Y_PLURAL.sub("y", source))
    plural = _PLURAL.sub(r"\1", _Y_PLURAL.sub("ies", source))
    return singular, plural


def fill_english(ts_path: Path) -> int:
    """Fill the numerus entries of the English .ts; returns how many."""
    tree = ET.parse(ts_path)
    count = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for old in list(translation):
            translation.remove(old)
        translation.attrib.pop("type", None)
        for form in english_plurals(message.findtext("source") or ""):
            ET.SubElement(translation, "numerusform").text = form
        count += 1
    ET.indent(tree)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return count


def lupdate(sources: list[str], ts: Path, language: str) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources,
            "-ts",
            str(ts.relative_to(ROOT)),
            "-target-language",
            language,
            "-no-obsolete",
            # No source locations: they churned the .ts on every moved line and made
            # parallel branches conflict; the context (class name) is what Qt matches.
            "-locations",
            "none",
        ],
        cwd=ROOT,
        check=True,
    )


def lrelease(ts: Path, qm: Path, *options: str) -> None:
    """Compile to a new file and rename it over the old: a running app (or test run) has the
    old .qm mapped in memory, and rewriting it in place crashes that process (SIGBUS)."""
    fresh = qm.with_suffix(".qm.new")
    subprocess.run([tool("pyside6-lrelease"), *options, str(ts), "-qm", str(fresh)], check=True)
    os.replace(fresh, qm)


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "koperasi" / "gui").rglob("*.py"))
    lupdate(sources, TS, "id_ID")
    missing = fill(TS, glossary())
    lrelease(TS, QM)
    lupdate(sources, TS_EN, "en_US")
    print(f"{fill_english(TS_EN)} English plural forms")
    lrelease(TS_EN, QM_EN, "-nounfinished")
    for line in missing:
        print(f"untranslated: {line}")
    print(f"{len(missing)} untranslated")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
