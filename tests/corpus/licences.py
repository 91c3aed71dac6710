"""Licence texts for the corpus.

The permissive licences are their standard texts (SPDX); of the long French licences,
the corpus uses the opening (title, version, preamble), as projects that trim them do.
"""

from __future__ import annotations

# The standard permissive texts are the ones the licence tests use.
from licence_texts import BSD_2_CLAUSE as BSD_2
from licence_texts import BSD_3_CLAUSE as BSD_3
from licence_texts import ISC, MIT, ZERO_BSD

__all__ = ["BSD_2", "BSD_3", "CECILL_B", "ISC", "LICENCE_OUVERTE", "MIT", "NON_COMMERCIAL",
           "ZERO_BSD", "licence"]

CECILL_B = """\
CONTRAT DE LICENCE DE LOGICIEL LIBRE CeCILL-B


Avertissement

Ce contrat est une licence de logiciel libre issue d'une concertation
entre ses auteurs afin que le respect de deux grands principes préside à
sa rédaction :

  * d'une part, le respect des principes de diffusion des logiciels
    libres : accès au code source, droits étendus conférés aux utilisateurs,
  * d'autre part, la désignation d'un droit applicable, le droit
    français, auquel elle est conforme, tant au regard du droit de la
    responsabilité civile que du droit de la propriété intellectuelle et
    de la protection qu'il offre aux auteurs et titulaires des droits
    patrimoniaux sur un logiciel.

Les auteurs de la licence CeCILL-B (Ce[a] C[nrs] I[nria] L[ogiciel] L[ibre])
sont le Commissariat à l'énergie atomique et aux énergies alternatives, le
Centre National de la Recherche Scientifique et l'Institut National de
Recherche en Informatique et en Automatique.


Préambule

Ce contrat est une licence de logiciel libre dont l'objectif est de
conférer aux utilisateurs la liberté de modification et de réutilisation
du logiciel régi par cette licence.

[…]

Version 1.0 du 2006-09-05.
"""

LICENCE_OUVERTE = """\
LICENCE OUVERTE / OPEN LICENCE
==============================

Version 2.0 — avril 2017

« RÉUTILISATION » DE L'« INFORMATION » SOUS CETTE LICENCE

Le « Concédant » concède au « Réutilisateur » un droit non exclusif et gratuit
de libre « Réutilisation » de l'« Information » objet de la présente licence,
à des fins commerciales ou non, dans le monde entier et pour une durée
illimitée, dans les conditions exprimées ci-dessous.

Le « Réutilisateur » est libre de réutiliser l'« Information » :

- de la reproduire, la copier,
- de l'adapter, la modifier, l'extraire et la transformer, pour créer des
  « Informations dérivées », des produits ou des services,
- de la communiquer, la diffuser, la redistribuer, la publier et la transmettre,
- de l'exploiter à titre commercial, par exemple en la combinant avec
  d'autres informations, ou en l'incluant dans son propre produit ou application.

Sous réserve de :

- mentionner la paternité de l'« Information » : sa source (au moins le nom du
  « Concédant ») et la date de dernière mise à jour de l'« Information » réutilisée.
"""

# Written for the corpus: the kind of home-made licence that forbids what free
# licences allow (commercial use, modified versions).
NON_COMMERCIAL = """\
Licence d'utilisation non commerciale — Non-commercial use licence

Copyright (c) {year} {holder}. Tous droits réservés. All rights reserved.

You may download and run this software for personal, educational or research
purposes only. Any commercial use, including offering the software as a paid
service, is forbidden without a written agreement from the copyright holder.
You may not distribute modified versions of the software.

Vous pouvez télécharger et utiliser ce logiciel à des fins personnelles,
éducatives ou de recherche uniquement. Toute utilisation commerciale est interdite
sans accord écrit du titulaire des droits.
"""


def licence(template: str, holder: str, year: str = "2023") -> str:
    """A licence text with its copyright line filled in."""
    return template.replace("{year}", year).replace("{holder}", holder)
