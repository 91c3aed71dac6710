"""security-policy: the project says how to report a vulnerability privately."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePosixPath

from commons_lint import Evidence, Finding, Outcome, Repository, Severity, Text, Theme, rule
from commons_lint.forge import CommunityFile, ForgeInfo

from ._common import TUTORIAL_URL, _, fold, keyword_pattern, mentions
from ._contact import (
    _PUBLIC_TRACKER,
    REPORT_WORDING,
    community_documents,
    contact_channels,
    is_reference_or_placeholder,
    linked_documents,
    own_forge_url,
    placeholder,
    pointer_url,
    prose,
    readme_section,
    urls,
)
from ._document import Document, document_format, parse, read_document
from ._evidence import contact_outcomes

# English and French names, compared without case, accents or separators: SECURITY.md,
# SÉCURITÉ.md, securite.fr.rst, security.txt, Security-Policy.adoc.
# SECURITY_CONTACTS is the Kubernetes convention: the people the security committee
# reaches, and where reporters go instead (a list of names alone gives no channel).
POLICY_NAMES = (
    "security", "securite", "security-policy", "politique-de-securite",
    "vulnerability-disclosure", "security-contacts",
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
# Blanks within the line only: "^\s*" would run over the blank lines below each line.
SECURITY_TXT_CONTACT = re.compile(r"^[ \t]*contact[ \t]*:[ \t]*(\S+)", re.I | re.M)


def _security_txt_contacts(text: str) -> list[str]:
    contacts = []
    for value in SECURITY_TXT_CONTACT.findall(text):
        if value.lower().startswith(("https://", "http://")):
            if not is_reference_or_placeholder(value):
                contacts.append(value)
        elif value.lower().startswith("tel:") and len(re.sub(r"\D", "", value)) >= 6:
            contacts.append(value)
    return contacts


# A page that is a project's (or its foundation's) security page or disclosure form, by
# a part of its address: ".../security.html", "kubernetes.io/security/", ".../vdp".
SECURITY_PAGE_SEGMENT = re.compile(
    r"^(?:security|securite|security-policy|politique-de-securite|vulnerabilit(?:y|ies)|"
    r"vulnerability-disclosure|responsible-disclosure|coordinated-disclosure|disclosure|"
    r"vdp|report-a-vulnerability|security-contact|bug-bounty|divulgation)$",
    re.I,
)
# The link's own words say where it goes: "our security page", "the security team".
SECURITY_PAGE_WORDING = keyword_pattern(
    [
        "security page", "security policy", "security team", "security contact*",
        "security process", "page securite", "page de securite", "politique de securite",
        "equipe securite", "equipe de securite", "disclosure form", "disclosure policy",
        "formulaire de signalement",
    ]
)


def _is_security_page(url: str, text: str, forge: str | None) -> bool:
    """A link to a security page or disclosure form outside this repository's files
    (those are followed, not trusted by their name), and not a reference site."""
    if is_reference_or_placeholder(url) or _PUBLIC_TRACKER.search(url.split("://", 1)[1]):
        return False
    if forge is not None and url.lower().startswith(forge.lower() + "/"):
        return False
    path = url.split("://", 1)[1].split("#", 1)[0].split("?", 1)[0]
    segments = [segment.rsplit(".", 1)[0] for segment in path.split("/")[1:] if segment]
    return any(SECURITY_PAGE_SEGMENT.match(segment) for segment in segments) or mentions(
        text, SECURITY_PAGE_WORDING
    )


_FILE_VIEW = re.compile(r"^/(?:-/)?(?:blob|tree|raw)/", re.I)


def _is_own_file_link(url: str, forge: str | None) -> bool:
    """A link to a file of this repository on its forge: a page to follow, not a channel
    (the forge's own advisory form, on the same address, stays a channel)."""
    if forge is None or not url.lower().startswith(forge.lower() + "/"):
        return False
    return _FILE_VIEW.match(url[len(forge) :]) is not None


def has_private_channel(path: str, text: str, forge: str | None = None) -> bool:
    """An address, a private advisory, a confidential issue, a security.txt contact, a
    form linked next to words about reporting, or a link to a security page."""
    return bool(private_channels(path, text, forge))


def private_channels(
    path: str, text: str, forge: str | None = None
) -> list[tuple[str | None, str, str, int]]:
    """The ways to report that ``has_private_channel`` accepts, for the ``contacts``
    fact: (path, kind, value, line); the forge's private reporting, named in words, is
    an advisory at line 1. ``text`` is read as the document ``path`` names (code blocks
    and comments do not count); ``forge`` is the repository's own forge address."""
    return _document_channels(path, parse(text, document_format(path)), forge)


def _document_channels(
    path: str, document: Document, forge: str | None
) -> list[tuple[str | None, str, str, int]]:
    text = document.prose
    found: list[tuple[str | None, str, str, int]] = [
        (path, channel.kind, channel.value, channel.line)
        for channel in contact_channels(text, VULNERABILITY_WORDING)
        if not _is_own_file_link(channel.value, forge)
    ]
    known = {value for _path, _kind, value, _line in found}
    for url, line in urls(text):
        if PRIVATE_ADVISORY_URL.search(url) and url not in known:
            found.append((path, "advisory", url, line))
            known.add(url)
    for link in document.links:
        target = link.target.rstrip(".,;:!?*_")
        if (
            target.lower().startswith(("https://", "http://"))
            and target not in known
            and _is_security_page(target, link.text, forge)
        ):
            found.append((path, "page", target, link.line))
            known.add(target)
    if fold(path).endswith("security.txt"):
        found += [(path, "link", value, 1) for value in _security_txt_contacts(text)]
    if not found and mentions(text, PRIVATE_FORGE_WORDING):
        found.append((path, "advisory", _("the forge's private reporting"), 1))
    return sorted(found, key=lambda channel: channel[3])


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
variant such as SECURITY.fr.md) in the root, docs/, .github/ or .gitlab/, a
SECURITY_CONTACTS file (the Kubernetes convention: the people to reach and where to
report), a security.txt file (root, .well-known/, the site's public folder), or a
documentation page such as docs/security/index.md. Source files (security.py), folders
of code named security and copies under vendored or test folders do not count. The
policy must give a private way to report: an e-mail address (also written against
harvesting, "name AT host DOT org", "name [at] host [dot] org"), the forge's private
reporting (a security/advisories/new link, "private vulnerability reporting", a GitLab
confidential issue), a security.txt Contact field, a form linked next to words about
reporting, or a link to the project's (or its foundation's) security page or disclosure
form. What is inside code blocks, code spans and comments does not count. A policy that
links to another page of the repository (a relative link, or a link to the repository's
own forge address) is judged on that page too, one hop. An empty file, a placeholder
address (security@example.com, "[email]") or a file about something else (secure coding
guidelines) fails. A file that only links to a policy elsewhere (a security page
included), or a "Security" section of the README that gives a channel, passes with
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
.gitlab/, un fichier SECURITY_CONTACTS (la convention de Kubernetes : les personnes à
joindre et où signaler), un fichier security.txt (racine, .well-known/, dossier public
du site), ou une page de documentation comme docs/security/index.md. Les fichiers source
(security.py), les dossiers de code nommés security et les copies des dossiers de
dépendances ou de tests ne comptent pas. La politique doit donner un moyen privé de
signaler : une adresse électronique (y compris écrite contre la collecte, « nom AT hôte
DOT org », « prénom arobase exemple point fr »), le signalement privé de la forge (un
lien security/advisories/new, « private vulnerability reporting », un ticket
confidentiel GitLab), un champ Contact de security.txt, un formulaire lié à côté de mots
sur le signalement, ou un lien vers la page sécurité du projet (ou de sa fondation) ou
son formulaire de divulgation. Ce qui se trouve dans un bloc de code, un fragment de
code ou un commentaire ne compte pas. Une politique qui renvoie à une autre page du
dépôt (lien relatif, ou lien vers l'adresse du dépôt sur sa forge) est aussi jugée sur
cette page, sans aller plus loin. Un fichier vide, une adresse bouche-trou
(security@example.com, « [email] ») ou un fichier qui parle d'autre chose (règles de
code sécurisé) échoue. Un fichier qui ne fait que renvoyer vers une politique ailleurs
(page sécurité comprise), ou une section « Sécurité » du README qui donne un canal,
passe avec un conseil. Avec --online, un projet sans politique à lui peut hériter de
celle de son organisation (GitHub affiche le SECURITY.md du dépôt .github de
l'organisation) : elle compte, avec un conseil, une fois vérifiée de la même façon.

Correction : rédigez un SECURITY.md : l'adresse ou le formulaire privé à utiliser, les
informations à fournir, les versions corrigées, et comment et quand vous répondez.""",
    ),
    tutorial="Pérenniser — À quels enjeux juridiques la communauté doit-elle répondre ?",
    url=TUTORIAL_URL,
)
def security_policy(repo: Repository, forge: ForgeInfo | None) -> Iterator[Outcome]:
    """Facts: ``contacts`` (``[{kind, value, path, line}]``, kind email, form, advisory or
    url), when a policy gives a private channel."""
    # Only the index page of a docs/security/ folder: its other pages are usually
    # hardening guides, not the policy.
    paths = community_documents(repo, POLICY_NAMES, folder_pages=False)
    paths += [path for path in _well_known_files(repo) if path not in paths]
    forge_url = own_forge_url(repo)
    for path in paths:
        found = _document_channels(path, read_document(repo, path), forge_url)
        if found:
            yield Evidence(path, note=_("security policy"))
            yield from contact_outcomes(found, summary=True)
            url = pointer_url(prose(repo, path))
            if url is not None and all(kind == "page" for _p, kind, _v, _l in found):
                # A security page elsewhere, known by its name only, is a channel, but
                # what it says cannot be read here.
                yield _points_elsewhere(path, url)
            return
    # A policy that sends readers to another page of this repository is judged there.
    for path in paths:
        for page in linked_documents(repo, path):
            found = _document_channels(page, read_document(repo, page), forge_url)
            if found:
                yield Evidence(
                    path, note=_("security policy, points to {page}").format(page=page)
                )
                yield Evidence(page, note=_("security policy"))
                yield from contact_outcomes(found, summary=True)
                return
    for path in paths:
        url = pointer_url(prose(repo, path))
        if url is not None:
            yield _points_elsewhere(path, url)
            return
    if paths:
        yield _no_channel(paths[0], prose(repo, paths[0]))
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
