"""security-policy: the project says how to report a vulnerability privately."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePosixPath

from commons_lint import Finding, Repository, Severity, Text, Theme, rule
from commons_lint.forge import CommunityFile, ForgeInfo

from ._common import TUTORIAL_URL, _, fold, keyword_pattern, mentions
from ._contact import (
    REPORT_WORDING,
    community_documents,
    contact_channels,
    is_reference_or_placeholder,
    placeholder,
    pointer_url,
    readme_section,
    urls,
)

# English and French names, compared without case, accents or separators: SECURITY.md,
# SÉCURITÉ.md, securite.fr.rst, security.txt, Security-Policy.adoc.
POLICY_NAMES = (
    "security", "securite", "security-policy", "politique-de-securite",
    "vulnerability-disclosure",
)
SECTION_HEADING = keyword_pattern(
    ["security", "securite", "vulnerabilit*", "faille*"]
)

# Words around a link that make it a way to report a vulnerability.
VULNERABILITY_WORDING = re.compile(
    REPORT_WORDING.pattern
    + "|"
    + keyword_pattern(["vulnerab*", "disclos*", "divulg*", "faille*"]).pattern
)
# The forges' private reporting: GitHub's advisories, GitLab's confidential issues.
PRIVATE_FORGE_WORDING = keyword_pattern(
    [
        "private vulnerability report*", "privately report*", "report* privately",
        "draft security advisor*", "private security advisor*", "security tab",
        "onglet security", "onglet securite", "confidential issue*",
        "issue* confidentielle*", "ticket* confidentiel*", "signalement* prive*",
        "signalement* confidentiel*",
    ]
)
PRIVATE_ADVISORY_URL = re.compile(r"/security/advisories(?:/new)?(?:$|[/?#])", re.I)
# security.txt (RFC 9116): "Contact: mailto:…" or "Contact: https://…".
SECURITY_TXT_CONTACT = re.compile(r"^\s*contact\s*:\s*(\S+)", re.I | re.M)


def _security_txt_contacts(text: str) -> list[str]:
    contacts = []
    for value in SECURITY_TXT_CONTACT.findall(text):
        if value.lower().startswith(("https://", "http://")):
            if not is_reference_or_placeholder(value):
                contacts.append(value)
        elif value.lower().startswith("tel:") and len(re.sub(r"\D", "", value)) >= 6:
            contacts.append(value)
    return contacts


def has_private_channel(path: str, text: str) -> bool:
    """An address, a private advisory, a confidential issue, a security.txt contact, or
    a form linked next to words about reporting."""
    if contact_channels(text, VULNERABILITY_WORDING):
        return True
    if any(PRIVATE_ADVISORY_URL.search(url) for url, _line in urls(text)):
        return True
    if mentions(text, PRIVATE_FORGE_WORDING):
        return True
    return fold(path).endswith("security.txt") and bool(_security_txt_contacts(text))


def _well_known_files(repo: Repository) -> list[str]:
    """security.txt where a web site serves it: .well-known/, at the root or in the
    site's public folder."""
    return [
        path
        for path in repo.files_named("security.txt")
        if _parent_name(path).lower() == ".well-known" and repo.is_own(path)
    ]


def _parent_name(path: str) -> str:
    """``site/.well-known/security.txt`` -> ``.well-known``."""
    return PurePosixPath(path).parent.name


def _fix() -> str:
    return _(
        "Add a SECURITY.md saying how to report a vulnerability privately: an e-mail "
        "address, or the forge's private reporting (GitHub security advisories, GitLab "
        "confidential issues)."
    )


def _no_channel(path: str | None, text: str, name: str | None = None) -> Finding:
    """Why ``text`` (the file at ``path``, or the inherited file ``name``) fails."""
    shown = name or path
    if not text.strip():
        return Finding(
            _("{path} is empty: it does not say how to report a vulnerability.")
            .format(path=shown),
            path=path,
            fix=_fix(),
            key="no-channel",
        )
    left = placeholder(text)
    if left is not None:
        line, value = left
        return Finding(
            _("{path} gives no private way to report a vulnerability: “{placeholder}” was "
              "never filled in.").format(path=shown, placeholder=value),
            path=path,
            line=line if path else None,
            fix=_("Replace the placeholder with an address read by the people who fix "
                  "vulnerabilities, or point to the forge's private reporting."),
            key="no-channel",
        )
    return Finding(
        _("{path} does not say how to report a vulnerability privately (no e-mail address, "
          "private advisory or contact form).").format(path=shown),
        path=path,
        fix=_fix(),
        key="no-channel",
    )


def _points_elsewhere(path: str | None, url: str, name: str | None = None) -> Finding:
    return Finding(
        _("{path} only points to {url}: whether it gives a private way to report a "
          "vulnerability cannot be checked here.").format(path=name or path, url=url),
        path=path,
        advice=True,
        fix=_("Repeat the reporting address in the file itself."),
        key="points-elsewhere",
    )


def _inherited(policy: CommunityFile, source: str | None) -> Iterator[Finding]:
    """The organisation's policy, which GitHub shows for a repository that has none,
    checked as the project's own would be."""
    if not has_private_channel(policy.path, policy.text):
        url = pointer_url(policy.text)
        if url is None:
            yield _no_channel(None, policy.text, name=policy.url)
            return
        yield _points_elsewhere(None, url, name=policy.url)
    yield Finding(
        _("The security policy is inherited from the organisation ({source}): {url}.")
        .format(source=source, url=policy.url),
        advice=True,
        fix=_("Link to the policy from the README, so that people who find a vulnerability "
              "away from the forge know where to report it."),
        key="inherited",
    )


@rule(
    id="security-policy",
    theme=Theme.SUSTAIN,
    severity=Severity.WARNING,
    title=Text(
        en="A security policy says how to report a vulnerability",
        fr="Une politique de sécurité dit comment signaler une vulnérabilité",
    ),
    help=Text(
        en="""\
A commons is reused by others, public services among them, who depend on its flaws
being fixed before they are exploited. Someone who finds a vulnerability must be able
to tell the people who can fix it without telling everyone: a report in a public
tracker warns attackers first. Handling these reports is part of the legal and
technical soundness the tutorial asks a commons to anticipate, so that the burden does
not fall on a few contributors alone; regulations (such as the European Cyber
Resilience Act) increasingly expect such a channel.

Checked: a file named SECURITY, SECURITE or SÉCURITÉ, SECURITY-POLICY or
POLITIQUE-DE-SECURITE (any case, extension such as .md, .rst, .adoc or .txt, language
variant such as SECURITY.fr.md) in the root, docs/, .github/ or .gitlab/, a security.txt
file (root, .well-known/, the site's public folder), or a documentation page such as
docs/security/index.md. Source files (security.py), folders of code named security and
copies under vendored or test folders do not count. The policy must give a private
way to report: an e-mail address, the forge's private reporting (a
security/advisories/new link, "private vulnerability reporting", a GitLab confidential
issue), a security.txt Contact field, or a form linked next to words about reporting.
An empty file, a placeholder address (security@example.com, "[email]") or a file about
something else (secure coding guidelines) fails. A file that only links to a policy
elsewhere, or a "Security" section of the README that gives a channel, passes with
advice. With --online, a project with no policy of its own may inherit its
organisation's (GitHub shows the SECURITY.md of the organisation's .github repository):
it counts, with advice, once checked the same way.

Fix: write SECURITY.md: the address or private form to use, what to include, which
versions receive fixes, and how and when you answer.""",
        fr="""\
Un commun est réutilisé par d'autres, dont des services publics, qui ont besoin que ses
failles soient corrigées avant d'être exploitées. La personne qui découvre une
vulnérabilité doit pouvoir prévenir ceux qui peuvent la corriger sans prévenir tout le
monde : un signalement dans un gestionnaire de tickets public avertit d'abord les
attaquants. Traiter ces signalements fait partie de la solidité juridique et technique
que le tutoriel demande d'anticiper, pour que la charge ne pèse pas sur quelques
contributeurs ; la réglementation (comme le règlement européen sur la
cyberrésilience) attend de plus en plus un tel canal.

Vérifié : un fichier nommé SECURITY, SECURITE ou SÉCURITÉ, SECURITY-POLICY ou
POLITIQUE-DE-SECURITE (casse, extension comme .md, .rst, .adoc ou .txt et variante de
langue comme SECURITY.fr.md indifférentes) à la racine, dans docs/, .github/ ou
.gitlab/, un fichier security.txt (racine, .well-known/, dossier public du site), ou une
page de documentation comme docs/security/index.md. Les fichiers source
(security.py), les dossiers de code nommés security et les copies des dossiers de
dépendances ou de tests ne comptent pas. La politique doit donner un moyen privé de
signaler : une adresse électronique, le signalement privé de la forge (un lien
security/advisories/new, « private vulnerability reporting », un ticket confidentiel
GitLab), un champ Contact de security.txt, ou un formulaire lié à côté de mots sur le
signalement. Un fichier vide, une adresse bouche-trou (security@example.com, « [email] »)
ou un fichier qui parle d'autre chose (règles de code sécurisé) échoue. Un fichier qui
ne fait que renvoyer vers une politique ailleurs, ou une section « Sécurité » du README
qui donne un canal, passe avec un conseil. Avec --online, un projet sans politique à lui
peut hériter de celle de son organisation (GitHub affiche le SECURITY.md du dépôt
.github de l'organisation) : elle compte, avec un conseil, une fois vérifiée de la même
façon.

Correction : rédigez un SECURITY.md : l'adresse ou le formulaire privé à utiliser, les
informations à fournir, les versions corrigées, et comment et quand vous répondez.""",
    ),
    tutorial="Pérenniser — À quels enjeux juridiques la communauté doit-elle répondre ?",
    url=TUTORIAL_URL,
)
def security_policy(repo: Repository, forge: ForgeInfo | None) -> Iterator[Finding]:
    # Only the index page of a docs/security/ folder: its other pages are usually
    # hardening guides, not the policy.
    paths = community_documents(repo, POLICY_NAMES, folder_pages=False)
    paths += [path for path in _well_known_files(repo) if path not in paths]
    if any(has_private_channel(path, repo.text(path)) for path in paths):
        return
    for path in paths:
        url = pointer_url(repo.text(path))
        if url is not None:
            yield _points_elsewhere(path, url)
            return
    if paths:
        yield _no_channel(paths[0], repo.text(paths[0]))
        return
    readme = readme_section(repo, SECTION_HEADING)
    if readme is not None and has_private_channel(readme[0], readme[1].body):
        path, section = readme
        yield Finding(
            _("The README's “{heading}” section is the only security policy.")
            .format(heading=section.heading),
            path=path,
            line=section.line,
            advice=True,
            fix=_("Move it to a SECURITY.md file, which forges show to people who find a "
                  "vulnerability."),
            key="readme-section",
        )
        return
    inherited = forge.inherited(POLICY_NAMES) if forge is not None else None
    if forge is not None and inherited is not None:
        yield from _inherited(inherited, forge.community_source)
        return
    yield Finding(
        _("No security policy found (SECURITY, SECURITE or security.txt in the root, docs/, "
          ".github/, .gitlab/ or .well-known/)."),
        fix=_fix(),
        key="missing",
    )
