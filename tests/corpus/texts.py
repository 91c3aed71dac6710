"""Builders for the documents that recur across layouts, in English, French, Spanish
and German, written for this corpus.

Each builder takes the facts that vary between projects (a contact, a licence, what
the guide covers) so that the same kind of document appears, in several shapes, in
several layouts.
"""

from __future__ import annotations

from collections.abc import Sequence


def document(title: str, *sections: tuple[str, str], intro: str = "") -> str:
    """A Markdown document: a title, an optional introduction, sections."""
    parts = [f"# {title}\n"]
    if intro:
        parts.append(intro.strip() + "\n")
    for heading, body in sections:
        parts.append(f"## {heading}\n\n{body.strip()}\n")
    return "\n".join(parts)


# ----- contribution guides ------------------------------------------------------

_CONTRIBUTING = {
    "en": {
        "title": "Contributing to {name}",
        "intro": "Thank you for your interest in {name}! Every kind of help is welcome.",
        "report": (
            "Reporting a problem",
            "Search the existing issues first. If nobody reported it, open a new issue and "
            "describe what you did, what you expected and what happened instead, with the "
            "version you use and, when you can, a small example that shows the bug.",
        ),
        "propose": (
            "Proposing a change",
            "Fork the repository, create a branch from main and open a pull request. Keep "
            "each pull request focused on one change, add tests for new behaviour and run "
            "the test suite locally before asking for a review. A maintainer answers within "
            "a week.",
        ),
        "other": (
            "Other ways to help",
            "You do not need to write code to contribute: improving the documentation, "
            "translating the interface, designing icons, answering questions on the forum "
            "or testing release candidates helps just as much.",
        ),
        "dco": (
            "Developer Certificate of Origin",
            "We use the Developer Certificate of Origin (DCO) instead of a contributor "
            "licence agreement. Sign off every commit with `git commit -s`: the "
            "Signed-off-by line certifies that you wrote the change or have the right to "
            "submit it under the project's licence.",
        ),
        "cla": (
            "Contributor License Agreement",
            "Before we can merge your first pull request, you need to sign our Contributor "
            "License Agreement (CLA). The CLA bot comments on your pull request with a link; "
            "signing takes a minute and covers all your future contributions.",
        ),
        "translate": (
            "Translations",
            "The interface is translated on our Weblate instance at {url}. Pick your language, "
            "translate the missing strings and a reviewer who speaks it approves them.",
        ),
    },
    "fr": {
        "title": "Contribuer à {name}",
        "intro": "Merci de votre intérêt pour {name} ! Toutes les formes d'aide sont bienvenues.",
        "report": (
            "Signaler un problème",
            "Cherchez d'abord parmi les tickets existants. Si personne ne l'a signalé, ouvrez "
            "un nouveau ticket en décrivant ce que vous avez fait, ce que vous attendiez et ce "
            "qui s'est passé, avec la version utilisée et si possible un exemple minimal.",
        ),
        "propose": (
            "Proposer une modification",
            "Créez une branche à partir de main et ouvrez une demande de fusion. Gardez chaque "
            "demande centrée sur une seule modification, ajoutez des tests et lancez la suite "
            "de tests avant de demander une relecture. Une personne de l'équipe répond sous "
            "une semaine.",
        ),
        "other": (
            "Contribuer autrement que par le code",
            "Nul besoin d'écrire du code pour contribuer : améliorer la documentation, "
            "traduire l'interface, proposer des maquettes, animer le forum ou tester les "
            "versions candidates est tout aussi précieux.",
        ),
        "dco": (
            "Certificat d'origine du développeur",
            "Nous utilisons le Developer Certificate of Origin (DCO) plutôt qu'un accord de "
            "contribution. Signez chaque commit avec `git commit -s` : la ligne Signed-off-by "
            "atteste que vous êtes l'auteur de la modification ou que vous avez le droit de la "
            "proposer sous la licence du projet.",
        ),
        "cla": (
            "Accord de contribution",
            "Avant la fusion de votre première contribution, vous devez signer notre accord de "
            "contribution (CLA). Un robot vous en donne le lien dans la demande de fusion.",
        ),
        "translate": (
            "Traductions",
            "L'interface se traduit sur notre instance Weblate : {url}. Choisissez votre langue, "
            "traduisez les chaînes manquantes ; une personne qui parle cette langue les relit.",
        ),
    },
    "es": {
        "title": "Cómo contribuir a {name}",
        "intro": "¡Gracias por tu interés en {name}! Toda ayuda es bienvenida.",
        "report": (
            "Informar de un problema",
            "Busca primero entre las incidencias abiertas. Si nadie lo ha comunicado, abre una "
            "nueva incidencia explicando qué hiciste, qué esperabas y qué ocurrió, con la "
            "versión que usas y, si puedes, un ejemplo mínimo.",
        ),
        "propose": (
            "Proponer un cambio",
            "Haz un fork del repositorio, crea una rama a partir de main y abre una solicitud "
            "de incorporación de cambios (pull request). Añade pruebas y ejecuta la batería de "
            "pruebas antes de pedir una revisión.",
        ),
        "other": (
            "Otras formas de ayudar",
            "No hace falta programar para contribuir: mejorar la documentación, traducir la "
            "interfaz, diseñar o responder preguntas en el foro también ayuda mucho.",
        ),
        "dco": ("DCO", "Firma cada commit con `git commit -s` (Developer Certificate of Origin)."),
        "cla": ("CLA", "Antes de aceptar tu primera contribución debes firmar nuestro CLA."),
        "translate": ("Traducciones", "Las traducciones se hacen en Weblate: {url}."),
    },
    "de": {
        "title": "Zu {name} beitragen",
        "intro": "Danke für dein Interesse an {name}! Jede Form der Mithilfe ist willkommen.",
        "report": (
            "Fehler melden",
            "Durchsuche zuerst die vorhandenen Issues. Wenn der Fehler noch nicht gemeldet "
            "wurde, eröffne ein neues Issue und beschreibe, was du getan hast, was du erwartet "
            "hast und was stattdessen passiert ist, mit der verwendeten Version.",
        ),
        "propose": (
            "Änderungen vorschlagen",
            "Erstelle einen Fork, lege einen Branch von main an und öffne einen Pull Request. "
            "Füge Tests hinzu und führe die Testsuite aus, bevor du um ein Review bittest.",
        ),
        "other": (
            "Weitere Möglichkeiten mitzuhelfen",
            "Du musst nicht programmieren, um beizutragen: Dokumentation verbessern, die "
            "Oberfläche übersetzen, Gestaltung oder Fragen im Forum beantworten hilft ebenso.",
        ),
        "dco": ("DCO", "Bitte zeichne jeden Commit mit `git commit -s` ab (Developer Certificate "
                "of Origin)."),
        "cla": ("CLA", "Vor dem ersten Merge musst du unsere Contributor License Agreement "
                "unterzeichnen."),
        "translate": ("Übersetzungen", "Übersetzungen entstehen auf Weblate: {url}."),
    },
}


def contributing(
    lang: str,
    name: str,
    *,
    report: bool = True,
    propose: bool = True,
    other: bool = True,
    dco: bool = False,
    cla: bool = False,
    translate_url: str | None = None,
) -> str:
    """A contribution guide covering the parts asked for."""
    text = _CONTRIBUTING[lang]
    parts: list[tuple[str, str]] = []
    for wanted, key in (
        (report, "report"), (propose, "propose"), (other, "other"), (dco, "dco"), (cla, "cla")
    ):
        if wanted:
            parts.append(text[key])  # type: ignore[arg-type]
    if translate_url:
        heading, body = text["translate"]
        parts.append((heading, body.format(url=translate_url)))
    return document(
        str(text["title"]).format(name=name),
        *parts,
        intro=str(text["intro"]).format(name=name),
    )


# ----- codes of conduct ---------------------------------------------------------

_CONDUCT = {
    "en": (
        "Code of Conduct",
        "We want {name} to be a welcoming community for everyone, whatever their age, body, "
        "disability, ethnicity, gender identity, experience, nationality, religion or sexual "
        "orientation. We expect participants to be kind, to accept constructive criticism and "
        "to focus on what is best for the community. Harassment, insults and personal attacks "
        "are not tolerated in issues, chats, meetings or events.",
        "Reporting",
        "If you witness or suffer unacceptable behaviour, write to {contact}. Reports are read "
        "by two members of the moderation team and handled confidentially; we answer within "
        "three working days.",
    ),
    "fr": (
        "Code de conduite",
        "Nous voulons que {name} soit une communauté accueillante pour toutes et tous, quels "
        "que soient l'âge, le handicap, l'origine, l'identité de genre, l'expérience, la "
        "nationalité, la religion ou l'orientation sexuelle. Nous attendons de chacun "
        "bienveillance, ouverture aux critiques constructives et attention à l'intérêt "
        "collectif. Le harcèlement, les insultes et les attaques personnelles ne sont pas "
        "tolérés, ni dans les tickets ni lors des rencontres.",
        "Signaler un problème",
        "Si vous êtes témoin ou victime d'un comportement inacceptable, écrivez à {contact}. "
        "Deux membres de l'équipe de modération traitent chaque signalement de façon "
        "confidentielle et répondent sous trois jours ouvrés.",
    ),
    "es": (
        "Código de conducta",
        "Queremos que {name} sea una comunidad acogedora para todas las personas, sin importar "
        "su edad, discapacidad, origen, identidad de género, experiencia, nacionalidad, "
        "religión u orientación sexual. No se toleran el acoso, los insultos ni los ataques "
        "personales.",
        "Cómo informar",
        "Si presencias o sufres un comportamiento inaceptable, escribe a {contact}. Cada "
        "informe se trata de forma confidencial.",
    ),
    "de": (
        "Verhaltenskodex",
        "Wir möchten, dass {name} eine einladende Gemeinschaft für alle ist, unabhängig von "
        "Alter, Behinderung, Herkunft, Geschlechtsidentität, Erfahrung, Nationalität, Religion "
        "oder sexueller Orientierung. Belästigung, Beleidigungen und persönliche Angriffe "
        "werden nicht geduldet.",
        "Meldungen",
        "Wenn du inakzeptables Verhalten erlebst oder beobachtest, schreibe an {contact}. "
        "Jede Meldung wird vertraulich behandelt.",
    ),
}


def code_of_conduct(lang: str, name: str, contact: str | None) -> str:
    """A code of conduct; without a contact it says nothing of how to report."""
    title, body, report_heading, report_body = _CONDUCT[lang]
    sections = [("", body.format(name=name))]
    if contact:
        sections.append((report_heading, report_body.format(contact=contact)))
    text = f"# {title}\n\n" + sections[0][1] + "\n"
    for heading, section in sections[1:]:
        text += f"\n## {heading}\n\n{section}\n"
    return text


# ----- security policies --------------------------------------------------------

_SECURITY = {
    "en": (
        "Security policy",
        "Supported versions",
        "We fix security issues in the latest minor release and in the previous one.",
        "Reporting a vulnerability",
        "Please do not open a public issue for a vulnerability. Write to {contact} with a "
        "description of the problem and the steps to reproduce it. We acknowledge reports "
        "within two working days and publish an advisory once a fix is released.",
    ),
    "fr": (
        "Politique de sécurité",
        "Versions maintenues",
        "Nous corrigeons les failles dans la dernière version mineure et la précédente.",
        "Signaler une vulnérabilité",
        "N'ouvrez pas de ticket public pour une vulnérabilité. Écrivez à {contact} en "
        "décrivant le problème et la façon de le reproduire. Nous accusons réception sous deux "
        "jours ouvrés et publions un avis de sécurité une fois le correctif disponible.",
    ),
    "es": (
        "Política de seguridad",
        "Versiones soportadas",
        "Corregimos los fallos de seguridad en la última versión menor.",
        "Informar de una vulnerabilidad",
        "No abras una incidencia pública. Escribe a {contact} describiendo el problema y cómo "
        "reproducirlo; respondemos en dos días laborables.",
    ),
    "de": (
        "Sicherheitsrichtlinie",
        "Unterstützte Versionen",
        "Sicherheitslücken beheben wir in der aktuellen Minor-Version.",
        "Eine Schwachstelle melden",
        "Bitte eröffne kein öffentliches Issue. Schreibe an {contact} mit einer Beschreibung "
        "und den Schritten zur Reproduktion; wir antworten innerhalb von zwei Werktagen.",
    ),
}


def security(lang: str, contact: str) -> str:
    title, versions, versions_body, report, report_body = _SECURITY[lang]
    return document(title, (versions, versions_body), (report, report_body.format(contact=contact)))


# ----- governance ---------------------------------------------------------------

_GOVERNANCE = {
    "en": (
        "Governance",
        "Roles",
        "Contributors are anyone who has had a change merged. Maintainers review and merge "
        "changes and publish releases; they are listed in MAINTAINERS.md. The steering "
        "committee, five people elected by the maintainers for two years, sets the roadmap.",
        "Decision making",
        "Most decisions are made by lazy consensus on the issue tracker: a proposal open for "
        "seven days without objection is accepted. When consensus fails, the steering "
        "committee votes and a simple majority decides. Minutes of every meeting are public.",
        "Becoming a maintainer",
        "Any contributor with a sustained record of reviews and changes can be nominated by a "
        "maintainer; the nomination is accepted if no maintainer objects within two weeks.",
    ),
    "fr": (
        "Gouvernance",
        "Rôles",
        "Est contributrice toute personne dont une modification a été fusionnée. Les "
        "mainteneurs relisent, fusionnent et publient les versions ; ils sont listés dans "
        "MAINTAINERS.md. Le comité de pilotage, cinq personnes élues pour deux ans, fixe la "
        "feuille de route.",
        "Prise de décision",
        "La plupart des décisions se prennent par consensus dans les tickets : une proposition "
        "ouverte sept jours sans objection est adoptée. À défaut de consensus, le comité de "
        "pilotage vote à la majorité simple. Les comptes rendus des réunions sont publics.",
        "Rejoindre l'équipe",
        "Toute personne ayant contribué régulièrement peut être proposée comme mainteneuse "
        "par un membre de l'équipe ; la proposition est acceptée sans objection sous quinze "
        "jours.",
    ),
    "es": (
        "Gobernanza",
        "Roles",
        "Las personas mantenedoras revisan e integran los cambios y publican las versiones.",
        "Toma de decisiones",
        "Las decisiones se toman por consenso en las incidencias; si no hay consenso, vota el "
        "comité técnico por mayoría simple.",
        "Cómo unirse",
        "Cualquier persona que contribuya con regularidad puede ser propuesta como mantenedora.",
    ),
    "de": (
        "Governance",
        "Rollen",
        "Maintainer prüfen und mergen Änderungen und veröffentlichen Releases.",
        "Entscheidungen",
        "Entscheidungen fallen im Konsens in den Issues; ohne Konsens stimmt das Lenkungsgremium "
        "mit einfacher Mehrheit ab.",
        "Mitglied werden",
        "Wer regelmäßig beiträgt, kann von einem Maintainer vorgeschlagen werden.",
    ),
}

_LEGAL = {
    "en": ("Legal structure", "{name} is hosted by {structure}, which holds the trademark and "
           "the project's funds on behalf of the community."),
    "fr": ("Structure juridique", "{name} est porté par {structure}, qui détient la marque et "
           "les fonds du projet au nom de la communauté."),
    "es": ("Estructura legal", "{name} está respaldado por {structure}."),
    "de": ("Rechtsform", "{name} wird von {structure} getragen."),
}


def governance(lang: str, name: str, structure: str | None = None) -> str:
    (title, roles, roles_body, decisions, decisions_body, join, join_body) = _GOVERNANCE[lang]
    sections = [(roles, roles_body), (decisions, decisions_body), (join, join_body)]
    if structure:
        heading, body = _LEGAL[lang]
        sections.append((heading, body.format(name=name, structure=structure)))
    return document(title, *sections)


def maintainers(lang: str, people: Sequence[tuple[str, str, str]]) -> str:
    """A MAINTAINERS file: name, e-mail and area of each person."""
    title = {"en": "Maintainers", "fr": "Mainteneurs et mainteneuses"}.get(lang, "Maintainers")
    intro = {
        "en": "The people below review changes and publish releases.",
        "fr": "Les personnes ci-dessous relisent les contributions et publient les versions.",
    }.get(lang, "")
    rows = "\n".join(f"- {name} <{email}> — {area}" for name, email, area in people)
    return f"# {title}\n\n{intro}\n\n{rows}\n"


# ----- changelogs ---------------------------------------------------------------

_CHANGELOG = {
    "en": ("Changelog", "All notable changes to this project are documented here.",
           ["Added export to CSV.", "Fixed the date picker in Safari."],
           ["First public release."]),
    "fr": ("Journal des modifications", "Les changements notables de chaque version.",
           ["Ajout de l'export CSV.", "Correction du sélecteur de date sous Safari."],
           ["Première version publique."]),
    "es": ("Registro de cambios", "Los cambios importantes de cada versión.",
           ["Exportación a CSV.", "Corregido el selector de fechas."],
           ["Primera versión pública."]),
    "de": ("Änderungsprotokoll", "Alle wichtigen Änderungen an diesem Projekt.",
           ["Export nach CSV hinzugefügt.", "Datumsauswahl in Safari korrigiert."],
           ["Erste öffentliche Version."]),
}


def changelog(lang: str, latest: str = "1.1.0", first: str = "1.0.0") -> str:
    title, intro, latest_items, first_items = _CHANGELOG[lang]
    latest_body = "\n".join(f"- {item}" for item in latest_items)
    first_body = "\n".join(f"- {item}" for item in first_items)
    return document(
        title,
        (f"[{latest}] - 2024-03-14", latest_body),
        (f"[{first}] - 2023-11-02", first_body),
        intro=intro,
    )


# ----- issue and change-request templates ---------------------------------------

def bug_report(lang: str) -> str:
    if lang == "fr":
        return (
            "---\nname: Signaler un bogue\nabout: Un comportement inattendu\nlabels: bogue\n---\n\n"
            "## Ce qui se passe\n\n<!-- Décrivez le problème. -->\n\n"
            "## Étapes pour reproduire\n\n1. \n2. \n\n## Ce que vous attendiez\n\n"
            "## Version et environnement\n"
        )
    return (
        "---\nname: Bug report\nabout: Something does not work as expected\nlabels: bug\n---\n\n"
        "## What happens\n\n<!-- Describe the problem. -->\n\n"
        "## Steps to reproduce\n\n1. \n2. \n\n## What you expected\n\n## Version and platform\n"
    )


def issue_form(lang: str) -> str:
    """A GitHub issue form (YAML)."""
    label = "Décrivez le problème" if lang == "fr" else "Describe the problem"
    name = "Signaler un bogue" if lang == "fr" else "Bug report"
    return (
        f"name: {name}\ndescription: {label}\nlabels: [bug]\nbody:\n"
        f"  - type: textarea\n    id: what-happened\n    attributes:\n      label: {label}\n"
        "    validations:\n      required: true\n"
        "  - type: input\n    id: version\n    attributes:\n      label: Version\n"
    )


def change_request_template(lang: str) -> str:
    if lang == "fr":
        return (
            "## Description\n\n<!-- Qu'est-ce que cette demande change, et pourquoi ? -->\n\n"
            "## Vérifications\n\n- [ ] Tests ajoutés ou mis à jour\n"
            "- [ ] Documentation mise à jour\n"
        )
    return (
        "## Summary\n\n<!-- What does this change, and why? -->\n\n"
        "## Checklist\n\n- [ ] Tests added or updated\n- [ ] Documentation updated\n"
    )


# ----- publiccode.yml -------------------------------------------------------------

def publiccode(name: str, licence: str, *, owner: str, url: str, landing: str) -> str:
    """A valid publiccode.yml (standard version 0.4) for a French public project."""
    return f"""\
publiccodeYmlVersion: "0.4"

name: {name}
url: "{url}"
landingURL: "{landing}"
softwareVersion: "2.3.0"
releaseDate: "2024-02-20"
platforms:
  - web
categories:
  - it-development
developmentStatus: stable
softwareType: standalone/web

description:
  fr:
    shortDescription: Outil libre des collectivités pour {name}.
    longDescription: >
      {name} est développé et maintenu ensemble par plusieurs collectivités
      territoriales et une association d'usagers. Il permet aux agents de publier
      leurs données et de suivre les demandes des habitants, sans dépendre d'un
      éditeur unique, et chacun peut réutiliser et améliorer le code source.
    features:
      - Publication des données en format ouvert
      - Suivi des demandes des habitants

legal:
  license: {licence}
  mainCopyrightOwner: {owner}

maintenance:
  type: community
  contacts:
    - name: Camille Rousseau
      email: camille.rousseau@numerique.gouv.fr

localisation:
  localisationReady: true
  availableLanguages:
    - fr
"""


# ----- funding ------------------------------------------------------------------

def funding_yml(open_collective: str | None = None, liberapay: str | None = None) -> str:
    lines = ["# Ways to fund the project, shown by the forge's Sponsor button."]
    if open_collective:
        lines.append(f"open_collective: {open_collective}")
    if liberapay:
        lines.append(f"liberapay: {liberapay}")
    return "\n".join(lines) + "\n"


# ----- package metadata ---------------------------------------------------------

def pyproject(name: str, description: str, homepage: str, licence: str) -> str:
    return f"""\
[build-system]
requires = ["setuptools>=68"]
build-backend = "setuptools.build_meta"

[project]
name = "{name}"
version = "1.1.0"
description = "{description}"
readme = "README.md"
license = "{licence}"
requires-python = ">=3.10"

[project.urls]
Homepage = "{homepage}"
Documentation = "{homepage}/docs"
"""


def package_json(name: str, description: str, homepage: str, licence: str) -> str:
    return f"""\
{{
  "name": "{name}",
  "version": "3.2.1",
  "description": "{description}",
  "homepage": "{homepage}",
  "license": "{licence}",
  "main": "dist/index.js",
  "scripts": {{"test": "vitest run", "build": "tsc -p ."}}
}}
"""


def cargo_toml(name: str, description: str, homepage: str, licence: str) -> str:
    return f"""\
[package]
name = "{name}"
version = "0.9.2"
edition = "2021"
description = "{description}"
homepage = "{homepage}"
repository = "{homepage}"
license = "{licence}"

[dependencies]
"""


PY_MODULE = '''\
"""Core functions."""


def normalise(value: str) -> str:
    """Trim and lower-case a value read from a form."""
    return value.strip().lower()
'''

JS_MODULE = """\
export function formatDate(date) {
  return date.toISOString().slice(0, 10);
}
"""

GO_MODULE = """\
package server

// Health answers the load balancer's probe.
func Health() string { return "ok" }
"""

RUST_MODULE = """\
/// Splits a line into fields separated by tabs.
pub fn fields(line: &str) -> Vec<&str> {
    line.split('\\t').collect()
}
"""

C_MODULE = """\
#include <stdint.h>

/* Returns the checksum of a buffer. */
uint32_t checksum(const uint8_t *data, unsigned len)
{
\tuint32_t sum = 0;
\twhile (len--)
\t\tsum += *data++;
\treturn sum;
}
"""


# ----- documentation pages -------------------------------------------------------

_MANUAL_TAIL = {
    "en": (
        "Before you start",
        "You need an account with the right to edit the project's settings and a recent "
        "browser or terminal. Examples on this page use the sample data shipped with each "
        "release, so that you can try every step without touching real data.",
        "If something goes wrong",
        "Check the log for the first error message, compare your settings with the "
        "examples above and ask on the forum, quoting the version you use.",
    ),
    "fr": (
        "Avant de commencer",
        "Il vous faut un compte autorisé à modifier les réglages du projet et un navigateur "
        "ou un terminal récent. Les exemples de cette page utilisent les données d'essai "
        "livrées avec chaque version : vous pouvez tout essayer sans toucher aux vraies "
        "données.",
        "En cas de problème",
        "Cherchez le premier message d'erreur dans le journal, comparez vos réglages avec "
        "les exemples ci-dessus et posez la question sur le forum en indiquant la version.",
    ),
    "de": (
        "Bevor du beginnst",
        "Du brauchst ein Konto mit dem Recht, die Einstellungen des Projekts zu ändern, und "
        "einen aktuellen Browser oder ein Terminal. Die Beispiele auf dieser Seite nutzen "
        "die Beispieldaten jeder Version, damit du jeden Schritt gefahrlos ausprobieren kannst.",
        "Wenn etwas schiefgeht",
        "Suche die erste Fehlermeldung im Protokoll, vergleiche deine Einstellungen mit den "
        "Beispielen und frage im Forum nach, mit Angabe der Version.",
    ),
}


def manual(page: str, lang: str = "en") -> str:
    """A documentation page: its own opening, then the sections every page of a real
    manual carries (prerequisites, troubleshooting), in the page's markup."""
    before, before_body, trouble, trouble_body = _MANUAL_TAIL[lang]
    if page.lstrip().startswith("="):  # AsciiDoc
        return (
            f"{page.rstrip()}\n\n== {before}\n\n{before_body}\n\n"
            f"== {trouble}\n\n{trouble_body}\n"
        )
    first_line = page.split("\n", 1)[0]
    if not first_line.startswith("#"):  # reStructuredText
        return (
            f"{page.rstrip()}\n\n{before}\n{'-' * len(before)}\n\n{before_body}\n\n"
            f"{trouble}\n{'-' * len(trouble)}\n\n{trouble_body}\n"
        )
    return f"{page.rstrip()}\n\n## {before}\n\n{before_body}\n\n## {trouble}\n\n{trouble_body}\n"
