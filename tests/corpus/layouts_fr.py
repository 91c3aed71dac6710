"""French projects: public sector, associations, research, open data."""

from __future__ import annotations

from .licences import CECILL_B, LICENCE_OUVERTE, MIT, licence
from .model import Commit, Layout, verdicts
from .texts import (
    JS_MODULE,
    PY_MODULE,
    bug_report,
    change_request_template,
    changelog,
    code_of_conduct,
    contributing,
    document,
    governance,
    maintainers,
    manual,
    package_json,
    publiccode,
    security,
)

PUBLIC_SECTOR_FULL = Layout(
    name="fr-public-sector-lisezmoi",
    description="Projet du secteur public français : LISEZMOI, CONTRIBUER, GOUVERNANCE, "
    "publiccode.yml, licence CeCILL-B, plusieurs administrations contributrices",
    files={
        "LISEZMOI.md": document(
            "Démarches Simples Locales",
            ("Documentation", "Le guide d'utilisation est dans docs/ et en ligne sur "
             "https://demarches-locales.gouv.fr/aide."),
            ("Licence", "Démarches Simples Locales est un logiciel libre publié sous licence "
             "CeCILL-B : chacun peut l'utiliser, l'étudier, le modifier et le redistribuer."),
            intro="Démarches Simples Locales permet aux petites communes de dématérialiser "
            "leurs formulaires administratifs sans compétence technique. Il s'adresse aux "
            "secrétaires de mairie, aux agents des intercommunalités et aux habitants qui "
            "remplissent les démarches en ligne.",
        ),
        "CONTRIBUER.md": contributing("fr", "Démarches Simples Locales"),
        "GOUVERNANCE.md": governance("fr", "Démarches Simples Locales"),
        "MAINTAINERS.md": maintainers("fr", [
            ("Camille Rousseau", "camille.rousseau@numerique.gouv.fr", "coordination"),
            ("Yanis Benali", "yanis.benali@lyon.fr", "formulaires"),
        ]),
        "CODE_DE_CONDUITE.md": code_of_conduct("fr", "Démarches Simples Locales",
                                               "moderation@demarches-locales.gouv.fr"),
        "SECURITY.md": security("fr", "securite@demarches-locales.gouv.fr"),
        "CHANGELOG.md": changelog("fr", "2.3.0", "2.2.0"),
        "LICENCE": CECILL_B,
        "publiccode.yml": publiccode(
            "Démarches Simples Locales", "CECILL-B",
            owner="Direction interministérielle du numérique",
            url="https://git.gouv.fr/dsl/demarches-locales.git",
            landing="https://demarches-locales.gouv.fr",
        ),
        "docs/guide-utilisateur.md": manual(
            "# Guide d'utilisation\n\nCréer un formulaire, le "
        "publier sur le site de la commune, suivre les demandes reçues et y répondre.\n",
            "fr",
        ),
        "docs/installation.md": manual(
            "# Installation\n\nDéployer l'application sur un serveur de "
        "l'intercommunalité avec Docker Compose.\n",
            "fr",
        ),
        "app/formulaires.py": PY_MODULE,
    },
    first_author="camille",
    history=(
        Commit("yanis", days_ago=21, message="Formulaire d'état civil"),
        Commit("ines", days_ago=14, message="Accessibilité des formulaires"),
        Commit("camille", days_ago=3, message="Version 2.3.0", tag="v2.3.0"),
    ),
    expected=verdicts(
        "readme commons-statement community-diversity publiccode-yml project-metadata "
        "contributing-guide documentation licence-file licence-free licence-consistency "
        "governance code-of-conduct maintainers security-policy changelog activity audiences"
    ),
)

ASSOCIATION_BILINGUAL = Layout(
    name="fr-association-bilingual",
    description="Projet associatif bilingue : README.md et README.fr.md, guides en deux "
    "langues, docs/fr et docs/en, gouvernance d'association loi 1901, Liberapay, kit de "
    "communication",
    files={
        "README.md": document(
            "Potagers Partagés",
            ("Get involved", "See CONTRIBUTING.md; the French version is CONTRIBUTING.fr.md."),
            ("Licence", "Free software under the MIT licence, maintained as a digital commons."),
            intro="Potagers Partagés helps community gardens share plots, tools and harvest "
            "calendars. It is used by gardeners, neighbourhood associations and town councils. "
            "Website: https://potagers-partages.org. Lire en français : README.fr.md.",
        ),
        "README.fr.md": document(
            "Potagers Partagés",
            ("Participer", "Consultez CONTRIBUTING.fr.md."),
            ("Licence", "Logiciel libre sous licence MIT, entretenu comme un commun numérique."),
            intro="Potagers Partagés aide les jardins partagés à répartir les parcelles, les "
            "outils et les calendriers de récolte. Il sert aux jardiniers, aux associations de "
            "quartier et aux mairies. Site : https://potagers-partages.org.",
        ),
        "CONTRIBUTING.md": contributing("en", "Potagers Partagés"),
        "CONTRIBUTING.fr.md": contributing("fr", "Potagers Partagés"),
        "CODE_OF_CONDUCT.md": code_of_conduct("en", "Potagers Partagés",
                                              "bienveillance@potagers-partages.org"),
        "CODE_DE_CONDUITE.md": code_of_conduct("fr", "Potagers Partagés",
                                               "bienveillance@potagers-partages.org"),
        "GOUVERNANCE.md": governance("fr", "Potagers Partagés",
                                     structure="l'association Potagers Partagés (loi 1901)"),
        "FUNDING.md": document(
            "Financement",
            ("Nous soutenir", "Les dons passent par Liberapay : "
             "https://liberapay.com/potagers-partages. Les comptes de l'association sont "
             "publiés chaque année."),
            intro="Le projet est financé par les cotisations des jardins membres et une "
            "subvention de la région ; les dons paient l'hébergement.",
        ),
        "LICENSE": licence(MIT, "Association Potagers Partagés"),
        "package.json": package_json("potagers-partages", "Shared garden planner",
                                     "https://potagers-partages.org", "MIT"),
        "docs/en/index.md": manual(
            "# User guide\n\nCreate a garden, invite members, book plots "
        "and lend tools.\n",
            "en",
        ),
        "docs/fr/index.md": manual(
            "# Guide d'utilisation\n\nCréer un jardin, inviter les membres, "
        "réserver des parcelles et prêter des outils.\n",
            "fr",
        ),
        "communication/logo.svg": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
        '<circle cx="5" cy="5" r="4" fill="green"/></svg>\n',
        "communication/charte-graphique.md": "# Charte graphique\n\nUtilisez le logo sur fond "
        "clair, sans le déformer ; couleurs : vert #2e7d32 et crème #fff8e1.\n",
        "communication/presentation.md": "# Présenter le projet en une minute\n\nPotagers "
        "Partagés est un outil libre et gratuit qui aide les jardins partagés à s'organiser "
        "ensemble.\n",
        "src/date.js": JS_MODULE,
    },
    first_author="ines",
    history=(
        Commit("yanis", days_ago=16, message="Calendrier des récoltes"),
        Commit("sam", days_ago=9, message="English docs"),
        Commit("ines", days_ago=1, message="Version 1.0", tag="v1.0.0"),
    ),
    expected=verdicts(
        "readme commons-statement community-diversity project-metadata contributing-guide "
        "translations documentation licence-file licence-free licence-consistency governance "
        "code-of-conduct activity funding dissemination-kit audiences"
    ),
)

COLLECTIVITE_GITLAB = Layout(
    name="fr-collectivite-gitlab-dco",
    description="Projet d'une collectivité sur GitLab : modèles dans .gitlab/, DCO et "
    "commits signés, journal des modifications en français",
    files={
        "README.md": document(
            "Signalo",
            ("Installation", "Voir docs/installation.md."),
            ("Licence", "Signalo est un logiciel libre sous licence MIT."),
            intro="Signalo permet aux habitants de signaler un problème dans l'espace public "
            "(nid-de-poule, éclairage en panne, dépôt sauvage) et aux services techniques de "
            "la ville de suivre leur traitement. Démonstration : https://signalo.fr.",
        ),
        "CONTRIBUTING.md": contributing("fr", "Signalo", dco=True),
        "CHANGELOG.md": changelog("fr"),
        "LICENSE": licence(MIT, "Ville de Lyon"),
        ".gitlab/issue_templates/Bogue.md": bug_report("fr"),
        ".gitlab/merge_request_templates/Defaut.md": change_request_template("fr"),
        "docs/installation.md": manual(
            "# Installation\n\nPrérequis : PostgreSQL 15 et Python 3.11. "
        "Copiez .env.exemple en .env puis lancez les migrations.\n",
            "fr",
        ),
        "docs/administration.md": manual(
            "# Administration\n\nCréer les catégories de signalement et "
        "les équipes des services techniques.\n",
            "fr",
        ),
        "signalo/models.py": PY_MODULE,
    },
    first_author="yanis",
    first_signoff=True,
    history=(
        Commit("yanis", days_ago=10, signoff=True, message="Carte des signalements", repeat=20),
        Commit("yanis", days_ago=2, signoff=True, message="Export des statistiques"),
    ),
    expected=verdicts(
        "readme commons-statement project-metadata contributing-guide issue-templates "
        "contributor-terms documentation licence-file licence-free licence-consistency "
        "changelog activity audiences"
    ),
)

OPEN_DATA = Layout(
    name="fr-open-data-licence-ouverte",
    description="Jeu de données ouvertes publié sous Licence Ouverte 2.0 avec un "
    "dictionnaire des données et un datapackage.json",
    files={
        "README.md": document(
            "Arbres d'alignement de la métropole",
            ("Licence", "Ces données ouvertes sont publiées sous la Licence Ouverte 2.0 "
             "(Etalab) : libre réutilisation, y compris commerciale, en citant la source."),
            ("Fiche sur data.gouv.fr", "https://www.data.gouv.fr/fr/datasets/arbres-alignement/"),
            intro="Inventaire des arbres plantés le long des voies de la métropole : espèce, "
            "hauteur, date de plantation, état sanitaire. Pour les urbanistes, les "
            "chercheurs, les associations et toute personne curieuse de son quartier.",
        ),
        "LICENCE": LICENCE_OUVERTE,
        "datapackage.json": '{\n  "name": "arbres-alignement",\n  "title": "Arbres '
        'd\'alignement",\n  "homepage": "https://www.data.gouv.fr/fr/datasets/arbres-alignement/",'
        '\n  "licenses": [{"name": "etalab-2.0"}]\n}\n',
        "data/arbres.csv": "id;espece;hauteur_m;plantation\n1;Platanus x acerifolia;18;1962\n",
        "docs/dictionnaire-des-donnees.md": manual(
            "# Dictionnaire des données\n\n- id : identifiant "
        "unique de l'arbre\n- espece : nom scientifique\n- hauteur_m : hauteur en mètres\n"
        "- plantation : année de plantation\n",
            "fr",
        ),
    },
    first_author="yanis",
    first_days_ago=200,
    history=(Commit("yanis", days_ago=60, message="Mise à jour annuelle", tag="2024"),),
    expected=verdicts(
        "readme commons-statement project-metadata documentation licence-file licence-free "
        "licence-consistency activity audiences"
    ),
)

TEXT_FILES_NO_MARKDOWN = Layout(
    name="fr-plain-text-and-rst",
    description="Projet français sans Markdown : LISEZMOI.txt, CONTRIBUER.rst, LICENCE.txt, "
    "MAINTENEURS sans extension, code de conduite et sécurité dans docs/, publiccode.yml "
    "incomplet",
    files={
        "LISEZMOI.txt": "Cadastre-Outils\n===============\n\nBoîte à outils libre pour lire "
        "les fichiers du cadastre (EDIGÉO, PCI vecteur) et les convertir en formats ouverts. "
        "Elle s'adresse aux services SIG des collectivités et aux bureaux d'études.\n\n"
        "Site du projet : https://cadastre-outils.fr\n\nCadastre-Outils est un "
        "logiciel libre distribué sous licence CeCILL-B.\n",
        "CONTRIBUER.rst": "Contribuer\n==========\n\nSignaler une anomalie\n------------------"
        "---\n\nOuvrez un ticket en joignant, si possible, un extrait du fichier qui pose "
        "problème et le message d'erreur complet.\n\nProposer une modification\n-------------"
        "------------\n\nCréez une branche, ajoutez un test, puis ouvrez une demande de "
        "fusion. Les relectures ont lieu chaque semaine.\n\nAutres contributions\n----------"
        "----------\n\nLa documentation, les jeux de test et la relecture des traductions "
        "sont aussi des contributions.\n",
        "LICENCE.txt": CECILL_B,
        "MAINTENEURS": "Personnes responsables du projet\n\nPaul Meunier "
        "<paul.meunier@inria.fr> — conversions\nYanis Benali <yanis.benali@lyon.fr> — "
        "lecture EDIGÉO\n",
        "docs/CODE_DE_CONDUITE.md": code_of_conduct("fr", "Cadastre-Outils",
                                                    "conduite@cadastre-outils.fr"),
        "docs/SECURITE.md": security("fr", "securite@cadastre-outils.fr"),
        "docs/conversion.rst": manual(
            "Conversion\n==========\n\nConvertir une feuille cadastrale en "
        "GeoPackage : ``cadastre-outils convertir feuille.thf sortie.gpkg``.\n",
            "fr",
        ),
        "publiccode.yml": 'publiccodeYmlVersion: "0.4"\nname: Cadastre-Outils\n',
        "cadastre/lecture.py": PY_MODULE,
    },
    first_author="paul",
    history=(
        Commit("yanis", days_ago=12, message="Lecture EDIGÉO"),
        Commit("paul", days_ago=4, message="GeoPackage"),
    ),
    expected=verdicts(
        "readme commons-statement community-diversity project-metadata contributing-guide "
        "documentation licence-file licence-free licence-consistency code-of-conduct "
        "maintainers security-policy activity audiences"
    ),
)

DOCS_FOLDER_FR = Layout(
    name="fr-docs-folder-suffixed",
    description="Projet français dont les documents communautaires sont dans docs/ avec un "
    "suffixe de langue : docs/CONTRIBUTING.fr.md, docs/CODE_OF_CONDUCT.fr.md, "
    "docs/GOUVERNANCE.md",
    files={
        "README.md": "# Agenda Culturel\n\nAgenda Culturel rassemble les événements des "
        "associations, médiathèques et salles de spectacle d'un territoire et les publie sur "
        "un site commun. Pour les programmateurs, les offices de tourisme et le public.\n\n"
        "Documentation : voir le dossier docs/. Site : https://agenda-culturel.fr\n\n"
        "Licence : MIT (logiciel libre).\n",
        "LICENSE": licence(MIT, "Agenda Culturel"),
        "docs/CONTRIBUTING.fr.md": contributing("fr", "Agenda Culturel"),
        "docs/CODE_OF_CONDUCT.fr.md": code_of_conduct("fr", "Agenda Culturel",
                                                      "contact@agenda-culturel.fr"),
        "docs/GOUVERNANCE.md": governance("fr", "Agenda Culturel"),
        "docs/utilisation.md": manual(
            "# Utilisation\n\nAjouter un lieu, importer un flux iCal, "
        "modérer les événements proposés.\n",
            "fr",
        ),
        "docs/deploiement.md": manual(
            "# Déploiement\n\nL'application tourne sur un serveur Debian "
        "avec Nginx et PostgreSQL.\n",
            "fr",
        ),
        "agenda/evenements.py": PY_MODULE,
    },
    first_author="ines",
    history=(
        Commit("giulia", days_ago=30, message="Import iCal"),
        Commit("ines", days_ago=7, message="Modération"),
    ),
    expected=verdicts(
        "readme commons-statement community-diversity project-metadata contributing-guide "
        "documentation licence-file licence-free licence-consistency governance "
        "code-of-conduct activity audiences"
    ),
)

RESEARCH_SOFTWARE = Layout(
    name="fr-research-software",
    description="Logiciel de recherche d'un institut : README en anglais, licence CeCILL-B, "
    "CITATION.cff, AUTHORS.md, documentation Sphinx, deux laboratoires",
    files={
        "README.md": document(
            "sismo-lab",
            ("Citing", "If you use sismo-lab in a publication, please cite it (CITATION.cff)."),
            ("Documentation", "https://sismo-lab.readthedocs.io"),
            ("Licence", "sismo-lab is free software under the CeCILL-B licence."),
            intro="sismo-lab detects and locates small earthquakes in continuous seismic "
            "records. It is written for seismologists and observatory staff.",
        ),
        "LICENSE": CECILL_B,
        "CITATION.cff": "cff-version: 1.2.0\ntitle: sismo-lab\nmessage: Please cite this "
        "software.\nauthors:\n  - family-names: Meunier\n    given-names: Paul\n  - "
        "family-names: Vogel\n    given-names: Lena\nlicense: CECILL-B\n",
        "AUTHORS.md": "# Authors\n\n- Paul Meunier (Inria)\n- Lena Vogel (Heidelberg "
        "University)\n",
        "docs/index.rst": manual(
            "sismo-lab\n=========\n\nTutorials on picking phases and locating "
        "events.\n",
            "en",
        ),
        "docs/picking.rst": manual(
            "Phase picking\n=============\n\nThe picker uses an STA/LTA "
        "trigger followed by a neural refinement.\n",
            "en",
        ),
        "sismo/pick.py": PY_MODULE,
    },
    first_author="paul",
    history=(
        Commit("lena", days_ago=45, message="Neural refinement"),
        Commit("paul", days_ago=15, message="Location with NonLinLoc", tag="v0.8.0"),
    ),
    expected=verdicts(
        "readme commons-statement community-diversity project-metadata documentation "
        "licence-file licence-free licence-consistency activity audiences"
    ),
)

STARTUP_ETAT = Layout(
    name="fr-startup-etat-github",
    description="Service numérique de l'État sur GitHub : README, CONTRIBUTING et SECURITY "
    "en français, modèles de tickets en français, publiccode.yml, sans code de conduite",
    files={
        "README.md": document(
            "Aide Rénov",
            ("Développement", "`npm install` puis `npm run dev`."),
            ("Licence", "Le code source est libre, sous licence MIT."),
            intro="Aide Rénov aide les propriétaires à trouver les aides publiques pour "
            "rénover leur logement. Le service est en ligne sur https://aide-renov."
            "gouv.fr ; il s'adresse aux particuliers et aux conseillers France Rénov'.",
        ),
        "LICENSE": licence(MIT, "Direction interministérielle du numérique"),
        "CONTRIBUTING.md": contributing("fr", "Aide Rénov", other=False),
        "SECURITY.md": security("fr", "securite@aide-renov.gouv.fr"),
        ".github/ISSUE_TEMPLATE/bug_report.md": bug_report("fr"),
        ".github/pull_request_template.md": change_request_template("fr"),
        "publiccode.yml": publiccode(
            "Aide Rénov", "MIT", owner="Direction interministérielle du numérique",
            url="https://github.com/example-gouv/aide-renov.git",
            landing="https://aide-renov.gouv.fr",
        ),
        "package.json": package_json("aide-renov", "Trouver les aides à la rénovation",
                                     "https://aide-renov.gouv.fr", "MIT"),
        "src/date.js": JS_MODULE,
    },
    first_author="camille",
    history=(
        Commit("camille", days_ago=9, message="Simulateur"),
        Commit("camille", days_ago=2, message="Accessibilité"),
    ),
    expected=verdicts(
        "readme commons-statement publiccode-yml project-metadata contributing-guide "
        "issue-templates licence-file licence-free licence-consistency maintainers "
        "security-policy activity audiences"
    ),
)

LAYOUTS = (
    PUBLIC_SECTOR_FULL,
    ASSOCIATION_BILINGUAL,
    COLLECTIVITE_GITLAB,
    OPEN_DATA,
    TEXT_FILES_NO_MARKDOWN,
    DOCS_FOLDER_FR,
    RESEARCH_SOFTWARE,
    STARTUP_ETAT,
)
