"""licence-file and licence-free: a licence file, identified from its text as free."""

from __future__ import annotations

import re

import commons_lint_rules._licences as licence_helpers
import licence_texts as texts
import pytest
from commons_lint_rules._licence_data import (
    french_administration_match,
    is_free,
    recognise_title,
    same_text,
)
from commons_lint_rules._licences import NameKind, name_kind

from commons_lint.report import Severity, Status

MIT = texts.mit()
README = "# Cartofaune\n\nCartofaune maps wildlife sightings reported by volunteers.\n"
FRENCH = {"licence-free": {"french-administration": True}}


def result(lint, path, rule_id, **kwargs):
    return lint(path, rule_id, **kwargs)[rule_id]


def keys(rule_result):
    return sorted(finding.key for finding in rule_result.findings)


# ----- licence-file --------------------------------------------------------------------


@pytest.mark.parametrize(
    "files",
    [
        {"LICENSE": MIT},
        {"LICENCE": MIT},
        {"License.md": "# License\n\n" + MIT},
        {"LICENSE.txt": MIT},
        {"licence.rst": "Licence\n=======\n\n" + MIT},
        {"LICENCE.fr.md": MIT},
        {"COPYING": MIT},
        {"COPYING.LESSER": MIT},
        {"UNLICENSE": MIT},
        {"LICENSE-MIT": MIT, "LICENSE-APACHE": MIT},
        {"LICENSES/MIT.txt": MIT, "LICENSES/BSD-3-Clause.txt": texts.BSD_3_CLAUSE},
    ],
    ids=["LICENSE", "LICENCE", "md", "txt", "rst", "fr", "COPYING", "LESSER", "UNLICENSE",
         "dual", "reuse"],
)
def test_a_licence_file_at_the_root_passes(git_repo, lint, files):
    git_repo.files({"README.md": README, **files})
    assert result(lint, git_repo.path, "licence-file").status is Status.PASSED


@pytest.mark.parametrize("path", ["docs/LICENSE.md", ".github/LICENCE", ".gitlab/licence.txt"])
def test_a_licence_file_elsewhere_passes_with_advice(git_repo, lint, path):
    git_repo.files({"README.md": README, path: MIT})
    checked = result(lint, git_repo.path, "licence-file")
    assert checked.status is Status.PASSED_WITH_ADVICE
    assert keys(checked) == ["not-at-root"]
    assert checked.findings[0].path == path


@pytest.mark.parametrize(
    "files, key",
    [
        ({}, "missing"),
        ({"src/license.py": "LICENSE = 'MIT'\n" * 30}, "missing"),
        ({"docs/licensing-faq.md": MIT}, "missing"),
        ({"LICENSE": ""}, "placeholder"),
        ({"LICENCE.md": "# Licence\n\nÀ définir.\n"}, "placeholder"),
        ({"LICENSE": "TODO: choose a licence before the first release.\n"}, "placeholder"),
        ({"vendor/leaflet/LICENSE": MIT}, "only-third-party"),
        ({"node_modules/lodash/LICENSE": MIT}, "only-third-party"),
        ({"tests/fixtures/LICENSE": MIT}, "only-third-party"),
        ({"NOTICE": MIT}, "only-third-party"),
        ({"THIRD_PARTY_NOTICES.txt": MIT}, "only-third-party"),
        ({"LICENSE-THIRD-PARTY": MIT}, "only-third-party"),
        ({"licenses.csv": "name,licence\nleaflet,BSD-2-Clause\nlodash,MIT\n"}, "only-third-party"),
    ],
    ids=["none", "code", "look-alike", "empty", "a-definir", "todo", "vendored",
         "node-modules", "fixture", "notice", "third-party-notices", "third-party-licence",
         "csv"],
)
def test_no_licence_of_the_project_fails(git_repo, lint, files, key):
    git_repo.files({"README.md": README, **files})
    checked = result(lint, git_repo.path, "licence-file")
    assert checked.status is Status.FAILED
    assert keys(checked) == [key]
    assert all(finding.fix for finding in checked.findings)


def test_a_placeholder_does_not_hide_a_real_licence(git_repo, lint):
    git_repo.files({"LICENSE": MIT, "LICENSE.fr.md": ""})
    assert result(lint, git_repo.path, "licence-file").status is Status.PASSED


@pytest.mark.parametrize(
    "name, kind",
    [
        ("LICENSE", NameKind.LICENCE),
        ("licence.fr.md", NameKind.LICENCE),
        ("LICENSE_en.txt", NameKind.LICENCE),
        ("COPYING.LIB", NameKind.LICENCE),
        ("COPYING3", NameKind.LICENCE),
        ("LICENSE.GPL", NameKind.LICENCE),
        ("LICENSE.cs.md", NameKind.LICENCE),
        ("LICENSE-DOCS", NameKind.LICENCE),
        ("NOTICE.md", NameKind.THIRD_PARTY),
        ("third-party-licenses.txt", NameKind.THIRD_PARTY),
        ("license_header.txt", NameKind.THIRD_PARTY),
        ("LICENSES.md", NameKind.THIRD_PARTY),
        ("License.cs", None),
        ("license.json", None),
        ("licenser.py", None),
        ("Licensing.md", None),
        ("LicenseBadge.svg", None),
    ],
)
def test_file_names(name, kind):
    assert name_kind(name) is kind


def test_licence_file_message_in_french(git_repo, lint):
    git_repo.files({"README.md": README})
    checked = result(lint, git_repo.path, "licence-file", language="fr")
    assert "Aucun fichier de licence" in checked.findings[0].message


def test_plain_directory(plain_dir, lint):
    plain_dir.write("LICENCE", MIT)
    assert result(lint, plain_dir.path, "licence-file").status is Status.PASSED


# ----- licence-free: identification from the text ------------------------------------


@pytest.mark.parametrize(
    "files",
    [
        {"LICENSE": MIT},
        {"LICENSE": texts.mit(holder="Alice Martin <alice@example.org>\n"
                                     "Copyright (c) 2021-2024 Ministère de l'Intérieur\n"
                                     "Copyright (c) 2023 Bob Leroy")},
        {"LICENSE.md": "# License\n\n## MIT\n\n" + MIT},
        {"LICENSE.md": "# Licence\n\n```\n" + MIT + "```\n"},
        {"LICENCE": MIT},
        {"docs/LICENCE.fr.md": MIT},
        {"LICENSE-MIT": MIT, "LICENSE-APACHE": texts.BSD_2_CLAUSE.format(year=2024, holder="X")},
        {"LICENSES/MIT.txt": MIT, "LICENSES/BSD-3-Clause.txt": texts.BSD_3_CLAUSE},
        {"LICENSE": texts.ISC.format(year="2019-2024", holder="Cartofaune contributors")},
        {"LICENSE.txt": texts.ZERO_BSD.format(year="2024", holder="Cartofaune")},
    ],
    ids=["mit", "several-copyright-lines", "markdown-heading", "markdown-fence", "licence",
         "docs-french-name", "dual", "reuse", "isc", "0bsd"],
)
def test_free_licences_pass(git_repo, lint, files):
    git_repo.files({"README.md": README, **files})
    checked = result(lint, git_repo.path, "licence-free")
    assert checked.status is Status.PASSED, checked.findings


@pytest.mark.parametrize(
    "debian, path",
    [
        ("Apache-2.0", "LICENSE"),
        ("GPL-3", "COPYING"),
        ("MPL-2.0", "LICENSE.txt"),
        ("GPL-2", "COPYING"),
        ("LGPL-2.1", "COPYING.LIB"),
        ("CC0-1.0", "LICENSES/CC0-1.0.txt"),
    ],
)
def test_full_licence_texts_pass(git_repo, lint, debian, path):
    git_repo.files({"README.md": README, path: texts.debian_text(debian)})
    assert result(lint, git_repo.path, "licence-free").status is Status.PASSED


def test_gpl_and_lesser_gpl_side_by_side(git_repo, lint):
    # COPYING.LESSER holds the LGPL alone, which askalono's LGPL text (LGPL plus the
    # whole GPL) matches at 0.3: the title recogniser names it.
    git_repo.files({
        "README.md": README,
        "COPYING": texts.debian_text("GPL-3"),
        "COPYING.LESSER": texts.debian_text("LGPL-3"),
    })
    assert result(lint, git_repo.path, "licence-free").status is Status.PASSED
    assert licence_helpers.identify(texts.debian_text("LGPL-3")).spdx_id == "LGPL-3.0-only"


@pytest.mark.parametrize(
    "text, expected",
    [
        (texts.CECILL_2_1_FR, "CECILL-2.1"),
        (texts.CECILL_B_FR, "CECILL-B"),
        (texts.CECILL_2_1_EN, "CECILL-2.1"),
        (texts.CECILL_C_EN, "CECILL-C"),
        (texts.LICENCE_OUVERTE_FR, "etalab-2.0"),
        (texts.OPEN_LICENCE_EN, "etalab-2.0"),
        (texts.EUPL_1_2_FR, "EUPL-1.2"),
        (texts.EUPL_1_2_FR.replace("’", "'"), "EUPL-1.2"),
        (texts.EUPL_1_2_EN, "EUPL-1.2"),
    ],
    ids=["cecill-fr", "cecill-b-fr", "cecill-en", "cecill-c-en", "licence-ouverte",
         "open-licence", "eupl-fr", "eupl-fr-straight-quote", "eupl-en"],
)
def test_french_administration_licences_are_recognised(git_repo, lint, text, expected):
    assert recognise_title(text) == expected
    git_repo.files({"README.md": README, "LICENCE.md": text})
    checked = result(lint, git_repo.path, "licence-free", options=FRENCH)
    assert checked.status is Status.PASSED, checked.findings


@pytest.mark.parametrize(
    "text",
    [
        texts.CECILL_POINTER_FR,
        "CONTRAT DE LICENCE DE LOGICIEL LIBRE CeCILL\n\nVersion 2.1 du 2013-06-21\n",
        texts.CECILL_2_1_FR.replace("Version 2.1 du 2013-06-21\n", ""),
        "This project uses the European Union Public Licence v. 1.2 for its code.\n",
        texts.LICENCE_OUVERTE_FR.replace("Version 2.0", "Version 1.0"),
        texts.MIT,
    ],
    ids=["pointer", "title-only", "no-version", "sentence", "licence-ouverte-1", "mit"],
)
def test_title_recogniser_near_misses(text):
    assert recognise_title(text) is None


def test_a_modified_mit_is_advice(git_repo, lint):
    modified = MIT + (
        "\nThe Software shall not be used for military purposes or by any agency "
        "engaged in mass surveillance.\n"
    )
    git_repo.files({"README.md": README, "LICENSE": modified})
    checked = result(lint, git_repo.path, "licence-free")
    assert checked.status is Status.PASSED_WITH_ADVICE
    assert keys(checked) == ["modified"]
    assert checked.findings[0].line == len(MIT.splitlines()) + 2  # after a blank line


def test_a_preamble_before_the_licence_is_advice(git_repo, lint):
    preamble = (
        "Cartofaune is distributed under the licence below; contributions are accepted "
        "under the same terms.\n\n"
    )
    git_repo.files({"README.md": README, "LICENSE": preamble + texts.ISC.format(year=2024,
                                                                                 holder="X")})
    checked = result(lint, git_repo.path, "licence-free")
    assert keys(checked) == ["modified"]
    assert checked.findings[0].line == 1


def test_a_rider_appended_to_apache_is_advice(git_repo, lint):
    rider = (
        "\n\"Commons Clause\" License Condition v1.0\n\n"
        "The Software is provided to you by the Licensor under the License, as defined "
        "below, subject to the following condition.\n\n"
        "Without limiting other conditions in the License, the grant of rights under the "
        "License will not include, and the License does not grant to you, the right to "
        "Sell the Software.\n"
    )
    git_repo.files({"README.md": README, "LICENSE": texts.debian_text("Apache-2.0") + rider})
    assert keys(result(lint, git_repo.path, "licence-free")) == ["modified"]


def test_a_reworded_licence_is_low_confidence(git_repo, lint):
    # Changes spread over every paragraph: close to MIT, but no longer clearly MIT.
    reworded = (
        MIT.replace("free of charge, to any person obtaining a copy",
                    "to members of the Cartofaune association who obtain a copy")
        .replace("merge, publish, distribute, sublicense, and/or sell",
                 "and share within the association")
        .replace("shall be included in all", "must appear in every")
        .replace("IN NO EVENT SHALL THE\nAUTHORS OR COPYRIGHT HOLDERS BE LIABLE",
                 "THE ASSOCIATION IS NEVER\nLIABLE")
    )
    git_repo.files({"README.md": README, "LICENSE": reworded})
    checked = result(lint, git_repo.path, "licence-free", language="fr")
    assert checked.status is Status.FAILED
    assert keys(checked) == ["low-confidence"]
    assert checked.findings[0].severity is Severity.WARNING
    assert "ressemble à MIT" in checked.findings[0].message


def test_a_non_commercial_licence_cannot_be_identified(git_repo, lint):
    git_repo.files({"README.md": README, "LICENSE": texts.NON_COMMERCIAL})
    checked = result(lint, git_repo.path, "licence-free")
    assert checked.status is Status.FAILED
    assert keys(checked) == ["unidentified"]
    assert checked.findings[0].severity is Severity.WARNING
    assert checked.findings[0].path == "LICENSE"


def test_a_pointer_to_a_licence_is_not_its_text(git_repo, lint):
    git_repo.files({"README.md": README, "LICENCE.md": texts.CECILL_POINTER_FR})
    assert keys(result(lint, git_repo.path, "licence-free")) == ["unidentified"]


def test_a_known_non_free_licence_fails_as_error(git_repo, lint):
    git_repo.files({"README.md": README, "LICENSE": texts.JSON_LICENCE.format(
        year=2024, holder="Cartofaune")})
    checked = result(lint, git_repo.path, "licence-free")
    assert checked.status is Status.FAILED
    assert keys(checked) == ["non-free"]
    assert checked.findings[0].severity is None  # the rule's own: error
    assert checked.severity is Severity.ERROR


def test_dual_licensing_reports_each_file(git_repo, lint):
    git_repo.files({
        "README.md": README,
        "LICENSE-MIT": MIT,
        "LICENSE-CUSTOM": texts.NON_COMMERCIAL,
    })
    checked = result(lint, git_repo.path, "licence-free")
    assert [(f.path, f.key) for f in checked.findings] == [("LICENSE-CUSTOM", "unidentified")]


def test_a_root_licence_hides_docs_pages_about_it(git_repo, lint):
    git_repo.files({
        "README.md": README,
        "LICENSE": MIT,
        "docs/license.md": "# License\n\nCartofaune is released under the MIT licence; the "
                           "full text is in the LICENSE file at the root of the repository.\n",
    })
    assert result(lint, git_repo.path, "licence-free").status is Status.PASSED


@pytest.mark.parametrize("files", [{}, {"LICENSE": ""}, {"vendor/x/LICENSE": MIT}])
def test_without_a_licence_file_it_does_not_apply(git_repo, lint, files):
    git_repo.files({"README.md": README, **files})
    checked = result(lint, git_repo.path, "licence-free")
    assert checked.status is Status.NOT_APPLICABLE
    assert checked.reason


def test_each_distinct_text_is_identified_once(git_repo, lint, monkeypatch):
    calls = []
    real = licence_helpers.askalono.identify

    def counting(text):
        calls.append(text)
        return real(text)

    monkeypatch.setattr(licence_helpers.askalono, "identify", counting)
    # 0BSD is not among the texts recognised word for word: askalono identifies it.
    unique = texts.ZERO_BSD.format(year=2024, holder="Counting Test Holder 7f3a")
    git_repo.files({"README.md": README, "LICENSE": unique, "LICENSE.fr.md": unique})
    assert result(lint, git_repo.path, "licence-free").status is Status.PASSED
    assert len(calls) == 1


@pytest.mark.parametrize(
    "text, spdx_id",
    [
        (texts.mit(), "MIT"),
        ("# The MIT License (MIT)\n\n" + texts.mit().split("\n", 1)[1], "MIT"),
        (texts.ISC.format(year=2024, holder="X"), "ISC"),
        (texts.BSD_2_CLAUSE.format(year=2024, holder="X"), "BSD-2-Clause"),
        (texts.BSD_3_CLAUSE.format(year=2024, holder="X"), "BSD-3-Clause"),
    ],
    ids=["mit", "mit-markdown-title", "isc", "bsd-2", "bsd-3"],
)
def test_standard_short_texts_need_no_corpus(git_repo, lint, monkeypatch, text, spdx_id):
    def refuse(text):
        raise AssertionError("askalono should not be needed for a standard text")

    monkeypatch.setattr(licence_helpers.askalono, "identify", refuse)
    git_repo.files({"README.md": README, "LICENSE": text})
    checked = result(lint, git_repo.path, "licence-free")
    assert checked.status is Status.PASSED, checked.findings
    assert licence_helpers.identify(text).spdx_id == spdx_id


@pytest.mark.parametrize(
    "text",
    [
        texts.JSON_LICENCE.format(year=2024, holder="X"),  # MIT plus one sentence
        texts.mit().replace("free of charge", "for a fee"),
        texts.BSD_3_CLAUSE.format(year=2024, holder="X").replace("3. Neither", "3. Either"),
    ],
    ids=["json", "mit-changed-word", "bsd-changed-word"],
)
def test_a_changed_standard_text_goes_to_askalono(monkeypatch, text):
    calls = []
    real = licence_helpers.askalono.identify
    monkeypatch.setattr(
        licence_helpers.askalono, "identify", lambda t: calls.append(t) or real(t)
    )
    licence_helpers.identify(text)
    assert calls


# ----- licence-free: French administrations -------------------------------------------


@pytest.mark.parametrize(
    "files",
    [
        {"LICENSE": MIT},
        {"LICENSE": texts.BSD_3_CLAUSE.format(year=2024, holder="Ville de Lyon")},
        {"LICENCE.md": texts.CECILL_2_1_FR},
        {"LICENSE-MIT": MIT, "LICENSE-EUPL": texts.EUPL_1_2_EN},
    ],
    ids=["mit", "bsd-3", "cecill", "dual"],
)
def test_listed_licences_pass_for_french_administrations(git_repo, lint, files):
    git_repo.files({"README.md": README, **files})
    assert result(lint, git_repo.path, "licence-free", options=FRENCH).status is Status.PASSED


@pytest.mark.parametrize(
    "files",
    [
        {"LICENSE": texts.ISC.format(year=2024, holder="Ville de Lyon")},
        {"LICENSE": texts.ZERO_BSD.format(year=2024, holder="Ville de Lyon")},
    ],
    ids=["isc", "0bsd"],
)
def test_free_licences_off_the_list_fail_for_french_administrations(git_repo, lint, files):
    git_repo.files({"README.md": README, **files})
    assert result(lint, git_repo.path, "licence-free").status is Status.PASSED
    checked = result(lint, git_repo.path, "licence-free", options=FRENCH)
    assert checked.status is Status.FAILED
    assert keys(checked) == ["not-authorised"]


@pytest.mark.parametrize(
    "files",
    [
        {"LICENSE-MIT": MIT, "LICENSE-ISC": texts.ISC.format(year=2024, holder="X")},
        {
            "LICENSES/EUPL-1.2.txt": texts.EUPL_1_2_EN,
            "LICENSES/0BSD.txt": texts.ZERO_BSD.format(year=2024, holder="X"),
        },
    ],
    ids=["dual-mit-isc", "reuse-tree-with-0bsd-for-snippets"],
)
def test_an_extra_licence_off_the_list_is_advice_next_to_a_listed_one(git_repo, lint, files):
    git_repo.files({"README.md": README, **files})
    checked = result(lint, git_repo.path, "licence-free", options=FRENCH)
    assert checked.status is Status.PASSED_WITH_ADVICE
    assert keys(checked) == ["not-authorised"]
    assert all(finding.advice for finding in checked.findings)


def test_gpl_2_is_off_the_list(git_repo, lint):
    git_repo.files({"README.md": README, "COPYING": texts.debian_text("GPL-2")})
    assert keys(result(lint, git_repo.path, "licence-free", options=FRENCH)) == ["not-authorised"]


def test_gpl_3_text_matches_the_or_later_entry(git_repo, lint):
    # The GPL-3.0 text is the same for -only and -or-later; only -or-later is listed.
    git_repo.files({"README.md": README, "COPYING": texts.debian_text("GPL-3")})
    checked = result(lint, git_repo.path, "licence-free", options=FRENCH)
    assert checked.status is Status.PASSED_WITH_ADVICE
    assert keys(checked) == ["or-later"]
    assert "GPL-3.0-or-later" in checked.findings[0].message


@pytest.mark.parametrize(
    "statement",
    [
        "Licence : GPL-3.0-or-later.",
        "Distributed under the GNU GPL, version 3 or (at your option) any later version.",
        "Publié sous GPLv3+.",
        "Sous licence GNU GPL version 3 ou toute version ultérieure.",
    ],
)
def test_or_later_stated_in_the_readme(git_repo, lint, statement):
    git_repo.files({"README.md": README + "\n" + statement + "\n",
                    "COPYING": texts.debian_text("GPL-3")})
    assert result(lint, git_repo.path, "licence-free", options=FRENCH).status is Status.PASSED


def test_the_fr_public_profile_checks_the_list(git_repo, lint):
    git_repo.files({"README.md": README, "LICENSE": texts.ISC.format(year=2024, holder="X")})
    checked = result(lint, git_repo.path, "licence-free", profile="fr-public")
    assert keys(checked) == ["not-authorised"]


def test_a_modified_listed_licence_stays_advice(git_repo, lint):
    modified = MIT + "\nThe Software shall not be used by any company in the tobacco industry.\n"
    git_repo.files({"README.md": README, "LICENSE": modified})
    checked = result(lint, git_repo.path, "licence-free", options=FRENCH)
    assert checked.status is Status.PASSED_WITH_ADVICE
    assert keys(checked) == ["modified"]


def test_licence_free_messages_in_french(git_repo, lint):
    git_repo.files({"README.md": README, "LICENSE": texts.ISC.format(year=2024, holder="X")})
    checked = result(lint, git_repo.path, "licence-free", options=FRENCH, language="fr")
    assert "ne figure pas sur la liste" in checked.findings[0].message
    assert "Choisissez" in (checked.findings[0].fix or "")


# ----- the licence facts ----------------------------------------------------------------


@pytest.mark.parametrize(
    "spdx_id, free",
    [
        ("MIT", True), ("0BSD", True), ("GPL-3.0-only", True), ("CECILL-2.1", True),
        ("CECILL-B", True), ("EUPL-1.2", True), ("etalab-2.0", True), ("ODbL-1.0", True),
        ("CC0-1.0", True), ("CC-BY-4.0", True), ("CC-BY-3.0", True), ("CC-BY-SA-3.0-DE", True),
        ("GFDL-1.3-invariants-only", True),
        ("CC-BY-NC-4.0", False), ("CC-BY-ND-4.0", False), ("BUSL-1.1", False),
        ("SSPL-1.0", False), ("JSON", False), ("PolyForm-Noncommercial-1.0.0", False),
    ],
)
def test_free_licences(spdx_id, free):
    assert is_free(spdx_id) is free


@pytest.mark.parametrize(
    "spdx_id, listed",
    [
        ("MIT", "MIT"), ("GPL-3.0-only", "GPL-3.0-or-later"),
        ("LGPL-3.0-only", "LGPL-3.0-or-later"),
        ("AGPL-3.0-only", "AGPL-3.0-only"), ("etalab-2.0", "etalab-2.0"),
        ("GPL-2.0-only", None), ("ISC", None), ("CC-BY-4.0", None),
    ],
)
def test_decree_list(spdx_id, listed):
    assert french_administration_match(spdx_id) == listed


def test_same_text():
    assert same_text("GPL-3.0-only") == ("GPL-3.0-only", "GPL-3.0-or-later")
    assert same_text("MIT") == ("MIT",)


def test_copyright_lines_do_not_lower_the_score():
    # askalono ignores one copyright line, but several of them cost it 1 to 2 points.
    header = "Copyright (c) 2020 Alice Martin\nCopyright (c) 2021 Bob Leroy\n© 2023 Chloé Dubois\n"
    found = licence_helpers.identify(header + texts.BSD_2_CLAUSE.format(year=2024, holder="X"))
    assert (found.spdx_id, found.score) == ("BSD-2-Clause", pytest.approx(1.0))


# ----- near-duplicate licences --------------------------------------------------------


def _apache_without_appendix() -> str:
    text = texts.debian_text("Apache-2.0")
    return text[: text.index("END OF TERMS AND CONDITIONS")]


@pytest.mark.parametrize(
    "variant",
    [
        lambda body: body,
        lambda body: body + "END OF TERMS AND CONDITIONS\n",
        lambda body: "Copyright 2019 Ville de Lyon\n\n" + body,
        lambda body: "# Apache License\n\n" + "\n".join(f"> {line}" for line in
                                                       body.splitlines()),
    ],
    ids=["cut-at-appendix", "end-of-terms", "copyright-first", "markdown-quote"],
)
def test_apache_without_its_appendix_is_apache(git_repo, lint, variant):
    git_repo.files({"README.md": README, "LICENSE": variant(_apache_without_appendix())})
    checked = result(lint, git_repo.path, "licence-free")
    assert checked.status is Status.PASSED, checked.findings
    assert [f["spdx_id"] for f in checked.facts["licences"]] == ["Apache-2.0"]


def test_the_pixar_trademark_clause_stays_pixar():
    # The near miss: the clause that makes Pixar's licence Pixar's.
    body = _apache_without_appendix()
    pixar = re.sub(
        r"of the Licensor,\s+except as required for reasonable and customary use in "
        r"describing the\s+origin of the Work and reproducing the content of the NOTICE file.",
        "of the Licensor\n      and its affiliates, except as required to comply with Section "
        "4(c) of\n      the License and to reproduce the content of the NOTICE file.",
        body,
    )
    assert pixar != body
    assert licence_helpers.identify(pixar).spdx_id == "Pixar"


# ----- a file that states one licence and quotes another -------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (texts.STATED_AND_QUOTED_EN, ["CC-BY-4.0", "MIT"]),
        (texts.STATED_AND_QUOTED_FR, ["CC-BY-SA-4.0", "MIT"]),
        (texts.STATED_ID_AND_QUOTED_BSD, ["CC-BY-SA-4.0", "BSD-3-Clause"]),
    ],
    ids=["en-cc-by-linked-mit-quoted", "fr-cc-by-sa-linked", "en-spdx-id-bsd"],
)
def test_a_stated_and_a_quoted_licence_are_both_identified(git_repo, lint, text, expected):
    git_repo.files({"README.md": README, "LICENSE.md": text})
    checked = result(lint, git_repo.path, "licence-free")
    assert checked.status is Status.PASSED, checked.findings
    assert [f["spdx_id"] for f in checked.facts["licences"]] == expected
    assert [f["method"] for f in checked.facts["licences"]] == ["stated", "identified"]
    assert all(f["free"] for f in checked.facts["licences"])
    stated = next(e for e in checked.evidence if e.path == "LICENSE.md")
    assert stated.line is not None and stated.note == "named and linked"


@pytest.mark.parametrize(
    "text, spdx_id",
    [
        ("This project is licensed under the MIT licence:\n\n" + MIT, "MIT"),
        ("See https://creativecommons.org/licenses/by/4.0/ for our other works.\n\n" + MIT,
         "MIT"),
        ("Les pages sont sous licence [CC BY-NC 4.0]"
         "(https://creativecommons.org/licenses/by-nc/4.0/).\n\n" + texts.NON_COMMERCIAL, None),
    ],
    ids=["same-licence-introduced", "link-without-licensing-verb", "quoted-text-unknown"],
)
def test_near_misses_of_a_stated_licence(text, spdx_id):
    found = licence_helpers.identify(text)
    assert found.verdict is not licence_helpers.Verdict.STATED
    assert not found.also
    if spdx_id is not None:
        assert found.spdx_id == spdx_id


def test_a_stated_non_commercial_licence_is_not_free(git_repo, lint):
    text = texts.STATED_AND_QUOTED_EN.replace("licenses/by/4.0", "licenses/by-nc/4.0")
    git_repo.files({"README.md": README, "LICENSE.md": text})
    checked = result(lint, git_repo.path, "licence-free")
    assert checked.status is Status.FAILED
    assert keys(checked) == ["non-free"]
    assert "CC-BY-NC-4.0" in checked.findings[0].message


# ----- LicenseRef texts of third-party assets in a REUSE tree ---------------------------

BADGE_TERMS = (
    "Terms of use of the store badges\n\n"
    "The store badges in this folder belong to their respective owners. They may be "
    "shown only to link to the application's page in the store, unchanged, at the "
    "size and with the clear space their owners require, and never to suggest an "
    "endorsement of the application by the store.\n"
)
REUSE_TOML_BADGES = (
    'version = 1\n\n[[annotations]]\npath = ["assets/badges/**", "fonts/*.woff2"]\n'
    'SPDX-FileCopyrightText = "The store owners"\n'
    'SPDX-License-Identifier = "LicenseRef-StoreBadges"\n\n'
    '[[annotations]]\npath = "**"\nSPDX-FileCopyrightText = "2024 Ville de Lyon"\n'
    'SPDX-License-Identifier = "MIT"\n'
)
DEP5_BADGES = (
    "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
    "Upstream-Name: cartofaune\n\n"
    "Files: assets/badges/*\n logos/partner-*.svg\nCopyright: The store owners\n"
    "License: LicenseRef-StoreBadges\n\n"
    "Files: *\nCopyright: 2024 Ville de Lyon\nLicense: MIT\n"
)


@pytest.mark.parametrize(
    "config",
    [{"REUSE.toml": REUSE_TOML_BADGES}, {".reuse/dep5": DEP5_BADGES}],
    ids=["reuse-toml", "dep5"],
)
def test_a_licence_ref_of_third_party_assets_is_not_the_project_licence(git_repo, lint, config):
    git_repo.files({
        "README.md": README, "LICENSES/MIT.txt": MIT,
        "LICENSES/LicenseRef-StoreBadges.txt": BADGE_TERMS, **config,
    })
    checked = result(lint, git_repo.path, "licence-free")
    assert checked.status is Status.PASSED, checked.findings
    assert [f["spdx_id"] for f in checked.facts["licences"]] == ["MIT"]
    [scoped] = checked.facts["scoped_licences"]
    assert scoped["path"] == "LICENSES/LicenseRef-StoreBadges.txt"
    assert "assets/badges/**" in scoped["applies_to"] or "assets/badges/*" in scoped["applies_to"]
    assert result(lint, git_repo.path, "licence-file").facts["licence_files"] == [
        "LICENSES/MIT.txt"]


def test_a_licence_ref_of_third_party_assets_in_french(git_repo, lint):
    git_repo.files({
        "README.md": README, "LICENSES/MIT.txt": MIT,
        "LICENSES/LicenseRef-StoreBadges.txt": BADGE_TERMS, "REUSE.toml": REUSE_TOML_BADGES,
    })
    checked = result(lint, git_repo.path, "licence-free", language="fr")
    notes = [e.note for e in checked.evidence if e.path == "LICENSES/LicenseRef-StoreBadges.txt"]
    assert notes and "pas celle du projet" in notes[0]


@pytest.mark.parametrize(
    "config",
    [
        {"REUSE.toml": REUSE_TOML_BADGES.replace("assets/badges/**", "**")},
        {},  # no annotation says where it applies
        {"REUSE.toml": REUSE_TOML_BADGES.replace("LicenseRef-StoreBadges", "LicenseRef-Other")},
    ],
    ids=["applied-to-the-whole-tree", "not-annotated", "another-ref-annotated"],
)
def test_a_licence_ref_not_scoped_to_some_paths_stays_a_project_licence(git_repo, lint, config):
    git_repo.files({
        "README.md": README, "LICENSES/MIT.txt": MIT,
        "LICENSES/LicenseRef-StoreBadges.txt": BADGE_TERMS, **config,
    })
    checked = result(lint, git_repo.path, "licence-free")
    assert "LICENSES/LicenseRef-StoreBadges.txt" in [f["path"] for f in checked.facts["licences"]]
    assert keys(checked) == ["unidentified"]
