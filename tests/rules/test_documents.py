"""Documents read as documents (rules/_document.py), and the community-document rules
that follow a document's links inside the repository, one hop."""

from __future__ import annotations

import re
import time

import pytest
from commons_lint_rules._contact import emails, find_section
from commons_lint_rules._document import MAX_MARKDOWN_CHARS, parse

from commons_lint.report import Status

# ----- the model: what is inside code or comments does not count ------------------------

MARKDOWN_EN = """\
# Cartofaune

Write to team@cartofaune.org for anything else.

```markdown
## Funding
Donate at donate@fenced.org
```

    ## Indented heading
    indented@code.org

<!--
## Commented heading
hidden@comment.org
-->

Run `mail report@span.org` to test the mailer, or see [the guide](docs/guide.md).

## Security
"""

MARKDOWN_FR = """\
Cartofaune
==========

Écrivez à equipe@cartofaune.fr.

~~~
Financement
-----------
dons@clos.fr
~~~

<!-- ## Financement -->

Lancez `envoi@code.fr` puis lisez [le guide](docs/guide.md).

Sécurité
--------
"""


@pytest.mark.parametrize("text", [MARKDOWN_EN, MARKDOWN_FR], ids=["en", "fr"])
def test_markdown_code_and_comments_do_not_count(text):
    document = parse(text, "markdown")
    titles = [heading.title for heading in document.headings]
    assert titles in (["Cartofaune", "Security"], ["Cartofaune", "Sécurité"])
    assert [address.value for address in document.addresses] in (
        ["team@cartofaune.org"], ["equipe@cartofaune.fr"]
    )
    assert [link.target for link in document.links] == ["docs/guide.md"]
    # Line numbers are the file's.
    assert document.headings[-1].line == text[: text.index(titles[-1])].count("\n") + 1
    assert document.links[0].line == text[: text.index("docs/guide.md")].count("\n") + 1


RST = """\
Cartofaune
==========

Write to team@cartofaune.org.

Example::

    Funding
    -------
    literal@block.org

.. code-block:: text

   directive@code.org

.. a comment with comment@rst.org

Use ``inline@literal.org`` or `the guide <docs/guide.rst>`_.

Sécurité
--------
"""

ASCIIDOC = """\
= Cartofaune

Write to team@cartofaune.org.

----
== Funding
listing@block.org
----

// line@comment.org

////
== Commented
block@comment.org
////

Use `inline@code.org` or link:docs/guide.adoc[the guide].

Sécurité
--------
"""


@pytest.mark.parametrize(
    "text, fmt, guide", [(RST, "rst", "docs/guide.rst"), (ASCIIDOC, "asciidoc", "docs/guide.adoc")]
)
def test_rst_and_asciidoc_literal_blocks_and_comments_do_not_count(text, fmt, guide):
    document = parse(text, fmt)
    assert [heading.title for heading in document.headings] == ["Cartofaune", "Sécurité"]
    assert [address.value for address in document.addresses] == ["team@cartofaune.org"]
    assert [link.target for link in document.links] == [guide]


def test_find_section_ignores_a_heading_in_a_fenced_block():
    text = "# Tool\n\n```\n## Funding\nliberapay.com/x\n```\n\nNothing else.\n"
    assert find_section(text, re.compile("funding")) is None
    real = text + "\n## Funding\n\nSupport us on Liberapay.\n"
    section = find_section(real, re.compile("funding"))
    assert section is not None and section.line == 10 and "Liberapay" in section.body


# ----- addresses written against harvesting --------------------------------------------

@pytest.mark.parametrize(
    "written",
    [
        "security AT cartofaune DOT org",
        "jane.doe AT mail DOT cartofaune DOT org",
        "security [at] cartofaune [dot] org",
        "security (at) cartofaune (dot) org",
        "security {at} cartofaune.org",
        "securite arobase cartofaune point fr",
        "marie.dupont arobase mairie-de-lonzac point fr",
        "securite (arobase) cartofaune (point) fr",
    ],
)
def test_addresses_written_against_harvesting_are_addresses(written):
    found = emails(f"Please write to <{written}>.\nThank you.")
    assert [channel.value for channel in found] == [written]


@pytest.mark.parametrize(
    "sentence",
    [
        "Have a look at the dot org page.",  # "at" and "dot" as words, lower case
        "We meet AT the venue.",  # capitals, but no domain after
        "Rendez-vous au point de rencontre.",
        "Le fichier est à ce point précis.",
        "Write to security AT example DOT org.",  # a placeholder
        "Écrivez à prenom arobase exemple point fr.",
        "Edit config.yml AT line 3.",
    ],
)
def test_sentences_that_look_like_addresses_are_not(sentence):
    assert emails(sentence) == []


def test_a_long_markdown_text_is_read_linearly():
    hostile = "[" * (MAX_MARKDOWN_CHARS * 8) + "\n```\n## Funding\n```\n"
    start = time.monotonic()
    document = parse(hostile, "markdown")
    assert time.monotonic() - start < 10
    assert document.headings == ()


# ----- following links inside the repository -----------------------------------------

SECURITY_POINTER_EN = "# Security\n\nSee [our security page](security/README.md).\n"
SECURITY_PAGE_EN = (
    "# Reporting a vulnerability\n\nWrite privately to security@cartofaune.org; we answer "
    "within five working days.\n"
)
SECURITY_POINTER_FR = "# Sécurité\n\nVoir [la procédure](docs/securite/signaler.md).\n"
SECURITY_PAGE_FR = (
    "# Signaler une faille\n\nÉcrivez à securite arobase cartofaune point fr, sans ouvrir "
    "de ticket public.\n"
)


@pytest.mark.parametrize(
    "files, page",
    [
        ({"SECURITY.md": SECURITY_POINTER_EN, "security/README.md": SECURITY_PAGE_EN},
         "security/README.md"),
        ({"SECURITY.md": SECURITY_POINTER_FR, "docs/securite/signaler.md": SECURITY_PAGE_FR},
         "docs/securite/signaler.md"),
        (
            {
                ".github/SECURITY.md": "# Security\n\nSee [the policy](../docs/policy.md).\n",
                "docs/policy.md": SECURITY_PAGE_EN,
            },
            "docs/policy.md",
        ),
    ],
    ids=["en", "fr", "from-dot-github"],
)
def test_a_security_policy_is_judged_on_the_page_it_points_to(git_repo, lint, files, page):
    git_repo.files(files)
    result = lint(git_repo.path, "security-policy")["security-policy"]
    assert result.status is Status.PASSED, result.findings
    paths = [evidence.path for evidence in result.evidence]
    assert paths[0] != page and page in paths  # both files named
    assert result.facts["contacts"][0]["path"] == page


def test_a_link_to_the_own_forge_page_is_followed(git_repo, lint):
    git_repo.files({
        "SECURITY.md": "# Security\n\nRead https://github.com/cartofaune/carto/blob/main/"
                       "docs/security.md before reporting.\n",
        "docs/security.md": SECURITY_PAGE_EN,
    })
    git_repo.git("remote", "add", "origin", "git@github.com:cartofaune/carto.git")
    result = lint(git_repo.path, "security-policy")["security-policy"]
    assert result.status is Status.PASSED, result.findings
    assert result.facts["contacts"][0]["path"] == "docs/security.md"


@pytest.mark.parametrize(
    "files",
    [
        # The page linked to gives no address either.
        {"SECURITY.md": SECURITY_POINTER_EN,
         "security/README.md": "# Hardening\n\nUse TLS everywhere and rotate keys yearly.\n"},
        # A link to a page that is not in the repository.
        {"SECURITY.md": SECURITY_POINTER_EN},
        # The address is only in a code block of the page.
        {"SECURITY.md": SECURITY_POINTER_EN,
         "security/README.md": "# Tests\n\n```\nmail security@cartofaune.org < report\n```\n"},
        # A source file is not a page.
        {"SECURITY.md": "# Security\n\nSee [the checker](tools/check.py) for reporting.\n",
         "tools/check.py": "# report to security@cartofaune.org\n"},
    ],
    ids=["page-without-channel", "missing-page", "address-in-code", "source-file"],
)
def test_near_misses_of_a_followed_link_fail(git_repo, lint, files):
    git_repo.files(files)
    result = lint(git_repo.path, "security-policy")["security-policy"]
    assert result.status is Status.FAILED, result.findings


CONDUCT_EN = """\
# Code of conduct

We expect every participant to be kind and patient, to welcome newcomers and to
accept criticism gracefully. Harassment is not tolerated.

To report a problem, use the contacts on [our community page](docs/community.md).
"""
CONDUCT_FR = """\
# Code de conduite

Nous attendons de chaque participant bienveillance et patience, l'accueil des
nouveaux venus et l'acceptation des critiques. Le harcèlement n'est pas toléré.

Pour signaler un problème, voir [la page communauté](docs/communaute.md).
"""


@pytest.mark.parametrize(
    "conduct, page, contact",
    [
        (CONDUCT_EN, "docs/community.md",
         "# Community\n\nReport incidents to conduct@cartofaune.org.\n"),
        (CONDUCT_FR, "docs/communaute.md",
         "# Communauté\n\nSignalez tout incident à conduite arobase cartofaune point fr.\n"),
    ],
    ids=["en", "fr"],
)
def test_a_code_of_conduct_contact_on_the_linked_page_counts(
    git_repo, lint, conduct, page, contact
):
    git_repo.files({"CODE_OF_CONDUCT.md": conduct, page: contact})
    result = lint(git_repo.path, "code-of-conduct")["code-of-conduct"]
    assert result.status is Status.PASSED, result.findings
    notes = [evidence.note for evidence in result.evidence if evidence.path == "CODE_OF_CONDUCT.md"]
    assert any(page in note for note in notes)
    assert result.facts["contacts"][0]["path"] == page


def test_a_code_of_conduct_linked_page_without_contact_fails(git_repo, lint):
    git_repo.files({
        "CODE_OF_CONDUCT.md": CONDUCT_EN,
        "docs/community.md": "# Community\n\nWe meet on the forum every month.\n",
    })
    result = lint(git_repo.path, "code-of-conduct")["code-of-conduct"]
    assert result.status is Status.FAILED


@pytest.mark.parametrize(
    "text",
    [
        "<!--\n" + "Licensed to the foundation under one or more agreements. " * 8
        + "\n-->\nOur code of conduct is https://www.openfoundation.org/conduct.html.\n",
        "<!-- SPDX-License-Identifier: CC-BY-4.0 -->\n"
        "Ce projet applique le code de conduite de sa fondation : "
        "https://www.fondation-libre.org/conduite\n",
    ],
    ids=["licence-header-en", "spdx-header-fr"],
)
def test_a_code_published_elsewhere_passes_with_advice(git_repo, lint, text):
    git_repo.files({"CODE_OF_CONDUCT.md": text})
    result = lint(git_repo.path, "code-of-conduct")["code-of-conduct"]
    assert result.status is Status.PASSED_WITH_ADVICE, result.findings
    assert [finding.key for finding in result.findings] == ["points-elsewhere"]
