"""Projects in a third language (Spanish, German, Italian) and multilingual software."""

from __future__ import annotations

from .licences import BSD_3, MIT, licence
from .model import Commit, Layout, verdicts
from .texts import (
    JS_MODULE,
    PY_MODULE,
    changelog,
    code_of_conduct,
    contributing,
    document,
    manual,
    package_json,
    pyproject,
    security,
)

SPANISH_PROJECT = Layout(
    name="es-spanish-content-english-names",
    description="Spanish-language project with the usual English file names: README.md, "
    "CONTRIBUTING.md, CODE_OF_CONDUCT.md and CHANGELOG.md written in Spanish",
    files={
        "README.md": document(
            "Bicivalència",
            ("Instalación", "`pip install bicivalencia`"),
            ("Documentación", "La guía de uso está en https://bicivalencia.readthedocs.io."),
            ("Licencia", "Bicivalència es software libre con licencia MIT."),
            intro="Bicivalència analiza los datos abiertos del servicio de bicicleta pública "
            "de Valencia: disponibilidad por estación, trayectos frecuentes y horas punta. "
            "Está pensada para periodistas de datos, técnicos municipales y estudiantes.",
        ),
        "CONTRIBUTING.md": contributing("es", "Bicivalència"),
        "CODE_OF_CONDUCT.md": code_of_conduct("es", "Bicivalència", "conducta@bicivalencia.org"),
        "CHANGELOG.md": changelog("es"),
        "LICENSE": licence(MIT, "Marta Ruiz"),
        "pyproject.toml": pyproject("bicivalencia", "Datos abiertos de Valenbisi",
                                    "https://bicivalencia.readthedocs.io", "MIT"),
        "bicivalencia/estaciones.py": PY_MODULE,
    },
    first_author="marta",
    history=(
        Commit("lena", days_ago=19, message="Mapas de calor"),
        Commit("marta", days_ago=5, message="Versión 1.1.0", tag="v1.1.0"),
    ),
    expected=verdicts(
        "readme commons-statement community-diversity project-metadata contributing-guide "
        "documentation licence-file licence-free licence-consistency code-of-conduct "
        "changelog activity audiences"
    ),
)

SPANISH_NAMES = Layout(
    name="es-spanish-file-names",
    description="Spanish project with Spanish file names: LEEME.md, CONTRIBUIR.md, "
    "CODIGO_DE_CONDUCTA.md, SEGURIDAD.md, LICENCIA.md",
    files={
        "LEEME.md": document(
            "Huerto Escolar",
            ("Licencia", "Software libre bajo licencia MIT; ver LICENCIA.md."),
            intro="Huerto Escolar ayuda a los colegios a planificar su huerto: qué sembrar "
            "cada mes, turnos de riego y fichas didácticas para el alumnado. Para docentes, "
            "familias y asociaciones de madres y padres. Web: https://huertoescolar.es",
        ),
        "CONTRIBUIR.md": contributing("es", "Huerto Escolar"),
        "CODIGO_DE_CONDUCTA.md": code_of_conduct("es", "Huerto Escolar", "hola@huertoescolar."
                                                 "es"),
        "SEGURIDAD.md": security("es", "seguridad@huertoescolar.es"),
        "LICENCIA.md": licence(MIT, "Huerto Escolar"),
        "src/date.js": JS_MODULE,
    },
    first_author="marta",
    history=(Commit("marta", days_ago=8, message="Turnos de riego"),),
    expected=verdicts(
        "readme commons-statement project-metadata contributing-guide licence-file "
        "licence-free licence-consistency code-of-conduct security-policy activity audiences"
    ),
)

GERMAN_ENGLISH_README = Layout(
    name="de-german-project-english-readme",
    description="German project with an English README and a German translation: "
    "README.md, README.de.md, docs/en/ and docs/de/",
    files={
        "README.md": document(
            "fahrplan-kit",
            ("Documentation", "English: docs/en/. Deutsch: docs/de/. Online at "
             "https://fahrplan-kit.de."),
            ("Licence", "fahrplan-kit is open source software under the BSD 3-Clause licence."),
            intro="fahrplan-kit reads GTFS timetables and answers questions such as 'which "
            "villages lose their last bus before 8 pm?'. It is used by transport planners, "
            "local councils and citizen groups. Deutsche Fassung: README.de.md.",
        ),
        "README.de.md": document(
            "fahrplan-kit",
            ("Dokumentation", "Deutsch: docs/de/. Online unter https://fahrplan-kit.de."),
            ("Lizenz", "fahrplan-kit ist freie Software unter der BSD-3-Clause-Lizenz."),
            intro="fahrplan-kit liest GTFS-Fahrpläne und beantwortet Fragen wie „welche Dörfer "
            "verlieren ihren letzten Bus vor 20 Uhr?“. Es richtet sich an Verkehrsplaner, "
            "Gemeinden und Bürgerinitiativen.",
        ),
        "CONTRIBUTING.md": contributing("en", "fahrplan-kit"),
        "SECURITY.md": security("en", "security@fahrplan-kit.de"),
        "CHANGELOG.md": changelog("en"),
        "LICENSE": licence(BSD_3, "fahrplan-kit contributors"),
        "docs/en/index.md": manual(
            "# fahrplan-kit\n\nLoad a GTFS feed, then query connections, "
        "frequencies and coverage.\n",
            "en",
        ),
        "docs/de/index.md": manual(
            "# fahrplan-kit\n\nEinen GTFS-Feed laden und dann Verbindungen, "
        "Takte und Abdeckung abfragen.\n",
            "de",
        ),
        "fahrplan/gtfs.py": PY_MODULE,
    },
    first_author="lena",
    history=(
        Commit("tom", days_ago=22, message="Frequencies"),
        Commit("lena", days_ago=6, message="Release 1.1.0", tag="v1.1.0"),
    ),
    expected=verdicts(
        "readme commons-statement community-diversity project-metadata contributing-guide "
        "translations documentation licence-file licence-free licence-consistency "
        "security-policy changelog activity audiences"
    ),
)

GERMAN_ONLY = Layout(
    name="de-german-only",
    description="German-only project: README, CONTRIBUTING, CODE_OF_CONDUCT and SECURITY "
    "written in German under English file names",
    files={
        "README.md": document(
            "Vereinskasse",
            ("Installation", "`pip install vereinskasse`"),
            ("Lizenz", "Vereinskasse ist freie Software unter der MIT-Lizenz."),
            intro="Vereinskasse ist eine einfache Buchhaltung für gemeinnützige Vereine: "
            "Mitgliedsbeiträge, Spendenquittungen und Jahresabschluss. Für Kassenwarte und "
            "Vorstände kleiner Vereine. Webseite: https://vereinskasse.de",
        ),
        "CONTRIBUTING.md": contributing("de", "Vereinskasse"),
        "CODE_OF_CONDUCT.md": code_of_conduct("de", "Vereinskasse", "kontakt@vereinskasse."
                                              "de"),
        "SECURITY.md": security("de", "sicherheit@vereinskasse.de"),
        "CHANGELOG.md": changelog("de"),
        "LICENSE": licence(MIT, "Lena Vogel"),
        "pyproject.toml": pyproject("vereinskasse", "Buchhaltung für Vereine",
                                    "https://vereinskasse.de", "MIT"),
        "vereinskasse/beitraege.py": PY_MODULE,
    },
    first_author="lena",
    history=(Commit("lena", days_ago=4, message="Spendenquittungen"),),
    expected=verdicts(
        "readme commons-statement project-metadata contributing-guide licence-file "
        "licence-free licence-consistency code-of-conduct security-policy changelog activity "
        "audiences"
    ),
)

ITALIAN_PUBLICCODE = Layout(
    name="it-italian-developers-italia",
    description="Italian municipal project in the Developers Italia style: README and "
    "CONTRIBUTING in Italian, a valid publiccode.yml with an Italian description",
    files={
        "README.md": document(
            "Prenota Sportello",
            ("Licenza", "Prenota Sportello è software libero rilasciato con licenza BSD "
             "3-Clause."),
            intro="Prenota Sportello permette ai cittadini di prenotare un appuntamento agli "
            "sportelli del Comune (anagrafe, tributi, servizi sociali) e agli uffici di "
            "gestire le code. Sito: https://prenota.comune.it",
        ),
        "CONTRIBUTING.md": document(
            "Come contribuire",
            ("Segnalare un problema", "Apri una issue descrivendo cosa hai fatto, cosa ti "
             "aspettavi e cosa è successo, indicando la versione in uso."),
            ("Proporre una modifica", "Crea un branch a partire da main, aggiungi i test e "
             "apri una pull request; un maintainer la revisiona entro una settimana."),
            ("Altri contributi", "Documentazione, traduzioni e segnalazioni di accessibilità "
             "sono contributi preziosi quanto il codice."),
        ),
        "LICENSE": licence(BSD_3, "Comune di Bologna"),
        "publiccode.yml": """\
publiccodeYmlVersion: "0.4"

name: Prenota Sportello
url: "https://github.com/comune-example/prenota-sportello.git"
landingURL: "https://prenota.comune.it"
softwareVersion: "1.4.0"
releaseDate: "2024-01-10"
platforms:
  - web
categories:
  - appointment-scheduling
developmentStatus: stable
softwareType: standalone/web

description:
  it:
    shortDescription: Prenotazione degli appuntamenti agli sportelli comunali.
    longDescription: >
      Prenota Sportello permette ai cittadini di prenotare online un appuntamento
      presso gli sportelli del Comune e agli uffici di organizzare le code, ridurre
      le attese e pubblicare gli orari. Il software è riusabile da qualsiasi ente
      locale e viene sviluppato insieme da più comuni.
    features:
      - Prenotazione online degli appuntamenti
      - Gestione delle code agli sportelli

legal:
  license: BSD-3-Clause
  mainCopyrightOwner: Comune di Bologna

maintenance:
  type: internal
  contacts:
    - name: Giulia Conti
      email: giulia.conti@comune.bologna.it

localisation:
  localisationReady: false
  availableLanguages:
    - it
""",
        "src/date.js": JS_MODULE,
    },
    first_author="giulia",
    history=(
        Commit("camille", days_ago=28, message="Adattamento per i comuni francesi"),
        Commit("giulia", days_ago=7, message="Gestione code"),
    ),
    expected=verdicts(
        "readme commons-statement community-diversity publiccode-yml project-metadata "
        "contributing-guide licence-file licence-free licence-consistency maintainers "
        "activity audiences"
    ),
)

JSON_LOCALES = Layout(
    name="web-app-json-locales-crowdin",
    description="Front-end application localised with JSON catalogues in four languages "
    "(src/locales/) and a crowdin.yml translation-platform configuration",
    files={
        "README.md": document(
            "trailmap",
            ("Translations", "trailmap speaks English, French, German and Spanish; help "
             "translate it on Crowdin: https://crowdin.com/project/trailmap."),
            ("License", "MIT"),
            intro="trailmap shows hiking trails, their difficulty and the nearest public "
            "transport stops. For hikers, tourist offices and mountain clubs; try it at "
            "https://trailmap.org.",
        ),
        "LICENSE": licence(MIT, "trailmap contributors"),
        "package.json": package_json("trailmap", "Hiking trails and transport stops",
                                     "https://trailmap.org", "MIT"),
        "crowdin.yml": "files:\n  - source: /src/locales/en.json\n    translation: "
        "/src/locales/%two_letters_code%.json\n",
        "src/locales/en.json": '{"trail.difficulty": "Difficulty", "trail.length": '
        '"Length", "stop.nearest": "Nearest stop"}\n',
        "src/locales/fr.json": '{"trail.difficulty": "Difficulté", "trail.length": '
        '"Longueur", "stop.nearest": "Arrêt le plus proche"}\n',
        "src/locales/de.json": '{"trail.difficulty": "Schwierigkeit", "trail.length": '
        '"Länge", "stop.nearest": "Nächste Haltestelle"}\n',
        "src/locales/es.json": '{"trail.difficulty": "Dificultad", "trail.length": '
        '"Longitud", "stop.nearest": "Parada más cercana"}\n',
        "src/date.js": JS_MODULE,
    },
    first_author="ines",
    history=(
        Commit("marta", days_ago=13, message="Spanish translation"),
        Commit("lena", days_ago=6, message="German translation"),
    ),
    expected=verdicts(
        "readme project-metadata community-diversity translations licence-file licence-free "
        "licence-consistency activity audiences"
    ),
)

GETTEXT_WEBLATE = Layout(
    name="python-gettext-weblate",
    description="Desktop application localised with gettext: a .pot template, .po "
    "catalogues per language, and a Weblate link in the contribution guide",
    files={
        "README.md": document(
            "Carnet",
            ("Licence", "Carnet is free software under the MIT licence."),
            intro="Carnet is a simple address book for the Linux desktop that keeps contacts "
            "in vCard files. For anyone who wants their contacts out of the cloud.",
        ),
        "CONTRIBUTING.md": contributing("en", "Carnet",
                                        translate_url="https://hosted.weblate.org/projects/"
                                        "carnet/"),
        "LICENSE": licence(MIT, "The Carnet authors"),
        "po/carnet.pot": 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "New contact"\nmsgstr ""\n',
        "po/fr.po": 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; '
        'charset=UTF-8\\n"\n\nmsgid "New contact"\nmsgstr "Nouveau contact"\n',
        "po/es.po": 'msgid ""\nmsgstr ""\n"Language: es\\n"\n"Content-Type: text/plain; '
        'charset=UTF-8\\n"\n\nmsgid "New contact"\nmsgstr "Nuevo contacto"\n',
        "carnet/app.py": PY_MODULE,
    },
    first_author="sam",
    history=(Commit("sam", days_ago=3, message="vCard 4"),),
    expected=verdicts(
        "audiences readme commons-statement contributing-guide translations licence-file "
        "licence-free "
        "licence-consistency activity",
    ),
)

LAYOUTS = (
    SPANISH_PROJECT,
    SPANISH_NAMES,
    GERMAN_ENGLISH_README,
    GERMAN_ONLY,
    ITALIAN_PUBLICCODE,
    JSON_LOCALES,
    GETTEXT_WEBLATE,
)
