"""Every message the tool prints exists in English and French."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from commons_lint.i18n import Text, language_from_environment, load_catalogue, parse_po, translator

ROOT = Path(__file__).resolve().parents[1]
# Each package's sources and the catalogue directory its `_()` reads.
PACKAGES = {
    ROOT / "src" / "commons_lint": ROOT / "src" / "commons_lint" / "locale",
    ROOT / "rules": ROOT / "rules" / "locale",
}
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def translatable_messages(source_dir: Path) -> list[tuple[str, int, str]]:
    """(file, line, msgid) for every ``_("literal")`` call in the package."""
    messages = []
    for path in sorted(source_dir.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_"
                and node.args
            ):
                argument = node.args[0]
                assert isinstance(argument, ast.Constant) and isinstance(argument.value, str), (
                    f"{path}:{node.lineno}: _() must be called with a string literal"
                )
                messages.append((str(path.relative_to(ROOT)), node.lineno, argument.value))
    return messages


@pytest.mark.parametrize("source_dir", list(PACKAGES), ids=lambda p: p.name)
def test_every_message_has_a_french_translation(source_dir: Path) -> None:
    messages = translatable_messages(source_dir)
    assert messages, "no _() call found: the extraction is broken"
    catalogue = load_catalogue(PACKAGES[source_dir], "fr")
    missing = [
        f"{file}:{line}: {msgid!r}" for file, line, msgid in messages if msgid not in catalogue
    ]
    assert not missing, "messages without a French translation:\n" + "\n".join(missing)


@pytest.mark.parametrize("source_dir", list(PACKAGES), ids=lambda p: p.name)
def test_translations_keep_the_placeholders(source_dir: Path) -> None:
    catalogue = load_catalogue(PACKAGES[source_dir], "fr")
    wrong = [
        msgid
        for msgid, msgstr in catalogue.items()
        if sorted(PLACEHOLDER.findall(msgid)) != sorted(PLACEHOLDER.findall(msgstr))
    ]
    assert not wrong, f"placeholders differ between English and French: {wrong}"


def test_po_parser_reads_multiline_escaped_and_skips_fuzzy() -> None:
    catalogue = parse_po(
        '# comment\nmsgid ""\nmsgstr "Language: fr\\n"\n\n'
        'msgid "one "\n"line"\nmsgstr "une "\n"ligne"\n\n'
        'msgid "say \\"hi\\""\nmsgstr "dire \\"salut\\""\n\n'
        '#, fuzzy\nmsgid "unsure"\nmsgstr "incertain"\n\n'
        'msgid "untranslated"\nmsgstr ""\n'
    )
    assert catalogue == {"one line": "une ligne", 'say "hi"': 'dire "salut"'}


def test_translator_follows_the_current_language(tmp_path: Path) -> None:
    from commons_lint.i18n import set_language

    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "a.po").write_text('msgid "Hello"\nmsgstr "Bonjour"\n', encoding="utf-8")
    gettext = translator(tmp_path)
    set_language("fr")
    assert gettext("Hello") == "Bonjour"
    assert gettext("Not in the catalogue") == "Not in the catalogue"
    set_language("en")
    assert gettext("Hello") == "Hello"


@pytest.mark.parametrize(
    "environ, expected",
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr_FR.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "fr_BE.UTF-8"}, "fr"),
        ({"LC_ALL": "", "LANG": "fr_CA"}, "fr"),
        ({"LANG": "C"}, "en"),
        ({}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
    ],
)
def test_language_from_environment(environ: dict[str, str], expected: str) -> None:
    assert language_from_environment(environ) == expected


def test_a_text_needs_both_languages() -> None:
    with pytest.raises(ValueError, match="fr"):
        Text(en="Licence", fr=" ")
    assert Text(en="Licence", fr="Licence libre").get("fr") == "Licence libre"
