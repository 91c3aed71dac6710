"""Licence texts for the licence tests.

The short permissive licences are written out here as their standard texts (SPDX). The
long ones come from Debian's /usr/share/common-licenses when present. Of the French
administrations' licences, askalono's corpus lacks the French texts: the openings
below (title, version, first paragraphs) exercise the title-line recogniser.
"""

from __future__ import annotations

from pathlib import Path

import pytest

COMMON_LICENSES = Path("/usr/share/common-licenses")


def debian_text(name: str) -> str:
    """A licence text from Debian's common-licenses, or skip the test."""
    path = COMMON_LICENSES / name
    if not path.is_file():
        pytest.skip(f"{path} is absent (Debian's base-files ships it); no local {name} text")
    return path.read_text(encoding="utf-8")


MIT = """\
MIT License

Copyright (c) {year} {holder}

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""

ISC = """\
ISC License

Copyright (c) {year} {holder}

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted, provided that the above
copyright notice and this permission notice appear in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
"""

ZERO_BSD = """\
Copyright (C) {year} by {holder}

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
"""

BSD_2_CLAUSE = """\
BSD 2-Clause License

Copyright (c) {year}, {holder}

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this
   list of conditions and the following disclaimer.

2. Redistributions in binary form must reproduce the above copyright notice,
   this list of conditions and the following disclaimer in the documentation
   and/or other materials provided with the distribution.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
"""

BSD_3_CLAUSE = BSD_2_CLAUSE.replace("BSD 2-Clause", "BSD 3-Clause").replace(
    "   and/or other materials provided with the distribution.\n",
    "   and/or other materials provided with the distribution.\n\n"
    "3. Neither the name of the copyright holder nor the names of its\n"
    "   contributors may be used to endorse or promote products derived from\n"
    "   this software without specific prior written permission.\n",
)

# The JSON licence: MIT with one added sentence, which neither the OSI nor the FSF
# accepts as free.
JSON_LICENCE = MIT.replace("MIT License\n\n", "").replace(
    "copies or substantial portions of the Software.\n",
    "copies or substantial portions of the Software.\n\n"
    "The Software shall be used for Good, not Evil.\n",
)


def mit(holder: str = "Ville de Lyon", year: str = "2024") -> str:
    return MIT.format(year=year, holder=holder)


# ----- openings of the French administrations' licences ---------------------------

CECILL_2_1_FR = """\
CONTRAT DE LICENCE DE LOGICIEL LIBRE CeCILL

Version 2.1 du 2013-06-21


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

Les auteurs de la licence CeCILL (Ce[a] C[nrs] I[nria] L[ogiciel] L[ibre])
sont le Commissariat à l'énergie atomique et aux énergies alternatives, le
Centre National de la Recherche Scientifique et l'Institut National de
Recherche en Informatique et en Automatique.


Préambule

Ce contrat est une licence de logiciel libre dont l'objectif est de
conférer aux utilisateurs la liberté de modification et de
redistribution du logiciel régi par cette licence dans le cadre d'un
modèle de diffusion en logiciel libre.
"""

# CeCILL-B and CeCILL-C give their version at the end of the text.
CECILL_B_FR = (
    CECILL_2_1_FR.replace("LIBRE CeCILL\n", "LIBRE CeCILL-B\n")
    .replace("Version 2.1 du 2013-06-21\n", "")
    .replace("licence CeCILL (", "licence CeCILL-B (")
    + "\n[…]\n\nVersion 1.0 du 2006-09-05.\n"
)

CECILL_2_1_EN = """\
CeCILL FREE SOFTWARE LICENSE AGREEMENT

Version 2.1 dated 2013-06-21


Notice

This Agreement is a Free Software license agreement that is the result
of discussions between its authors in order to ensure compliance with
the two main principles guiding its drafting:

  * firstly, compliance with the principles governing the distribution
    of Free Software: access to source code, broad rights granted to users,
  * secondly, the election of a governing law, French law, with which it
    is conformant, both as regards the law of torts and intellectual
    property law, and the protection that it offers to both authors and
    holders of the economic rights over software.

The authors of the CeCILL (for Ce[a] C[nrs] I[nria] L[ogiciel] L[ibre])
license are the Commissariat à l'énergie atomique et aux énergies
alternatives, the Centre National de la Recherche Scientifique and the
Institut National de Recherche en Informatique et en Automatique.
"""

CECILL_C_EN = (
    CECILL_2_1_EN.replace("CeCILL FREE", "CeCILL-C FREE")
    .replace("Version 2.1 dated 2013-06-21\n", "")
    + "\n[…]\n\nVersion 1.0 dated 2006-09-05.\n"
)

LICENCE_OUVERTE_FR = """\
LICENCE OUVERTE / OPEN LICENCE
==============================

- Version 2.0
- Avril 2017

« RÉUTILISATION » DE L'« INFORMATION » SOUS CETTE LICENCE
---------------------------------------------------------

Le « Concédant » concède au « Réutilisateur » un droit non exclusif et gratuit
de libre « Réutilisation » de l'« Information » objet de la présente licence,
à des fins commerciales ou non, dans le monde entier et pour une durée
illimitée, dans les conditions exprimées ci-dessous.

Le « Réutilisateur » est libre de réutiliser l'« Information » :

- de la reproduire, la copier,
- de l'adapter, la modifier, l'extraire et la transformer, pour créer des
  « Informations dérivées », des produits ou des services,
- de la communiquer, la diffuser, la redistribuer, la publier et la transmettre,
- de l'exploiter à titre commercial, par exemple en la combinant avec d'autres
  informations, ou en l'incluant dans son propre produit ou application.
"""

OPEN_LICENCE_EN = """\
# OPEN LICENCE 2.0/LICENCE OUVERTE 2.0

## "Reuse" of the "Information" covered by this licence

The "Grantor" grants the "Reuser" the free, non-exclusive right to "Reuse" the
"Information" subject of this licence, for commercial or non-commercial
purposes, worldwide and for an unlimited period, in accordance with the
conditions stated below.

**The "Reuser" is free to reuse the "Information":**

- To reproduce it, copy it.
- To adapt, modify, retrieve and transform it in order to create "derived
  information", products and services.
- To share, disseminate, redistribute, publish and transmit it.
"""

EUPL_1_2_FR = """\
LICENCE PUBLIQUE DE L’UNION EUROPÉENNE v. 1.2

EUPL © Union européenne 2007, 2016

La présente licence publique de l’Union européenne («EUPL») s’applique à
l’œuvre telle que définie ci-après, mise à disposition aux conditions de la
présente licence. Toute utilisation de l’œuvre autre que celle autorisée par
la présente licence est interdite (dans la mesure où une telle utilisation
est couverte par un droit du titulaire du droit d’auteur sur l’œuvre).

L’œuvre est mise à disposition aux conditions de la présente licence lorsque
le donneur de licence, tel que défini ci-après, a placé la mention suivante
immédiatement après la notice de droit d’auteur de l’œuvre : « Concédé sous
licence EUPL ».
"""

EUPL_1_2_EN = """\
European Union Public Licence
V. 1.2

EUPL © the European Union 2007, 2016

This European Union Public Licence (the 'EUPL') applies to the Work (as
defined below) which is provided under the terms of this Licence. Any use of
the Work, other than as authorised under this Licence is prohibited (to the
extent such use is covered by a right of the copyright holder of the Work).

The Work is provided under the terms of this Licence when the Licensor (as
defined below) has placed the following notice immediately following the
copyright notice for the Work: "Licensed under the EUPL".
"""

# Near misses: files that name a licence without holding its text.
CECILL_POINTER_FR = """\
# Licence CeCILL v2.1

Ce logiciel est régi par la licence CeCILL version 2.1, soumise au droit
français et compatible avec la GNU GPL. Vous pouvez l'utiliser, le modifier
et le redistribuer selon ses termes, publiés sur https://cecill.info/.
"""

NON_COMMERCIAL = """\
Copyright 2024 Cartofaune SAS

You may use, copy and modify this software for personal and non-commercial
purposes only. Any commercial use, including hosting the software as a paid
service, requires a written licence from Cartofaune SAS. Redistribution of
modified versions is forbidden without prior written consent.
"""


# ----- files that state one licence and quote another -------------------------------

_MIT_BODY = MIT.split("\n\n", 2)[2]  # without its title and copyright line


def _quoted(text: str) -> str:
    return "\n".join(f"> {line}".rstrip() for line in text.splitlines()) + "\n"


# Content under CC BY 4.0, named and linked; the tools under MIT, quoted in full.
STATED_AND_QUOTED_EN = (
    "Copyright © 2019—present the Cartofaune contributors.\n\n"
    "**The sighting pages and maps of this repository are licensed under the\n"
    "[Creative Commons Attribution 4.0 International License]"
    "(https://creativecommons.org/licenses/by/4.0/).**\n\n"
    "---\n\n"
    "The code in the [tools/](tools/) folder is available under the MIT license:\n\n"
    + _quoted("**MIT License**\n\n" + _MIT_BODY)
)

# The same in French, CC BY-SA by its address, the MIT text unquoted.
STATED_AND_QUOTED_FR = (
    "Les fiches et les jeux de données de ce dépôt sont placés sous la licence\n"
    "[Creative Commons Attribution - Partage dans les mêmes conditions 4.0]"
    "(https://creativecommons.org/licenses/by-sa/4.0/deed.fr).\n\n"
    "Les scripts du dossier outils/ sont distribués sous licence MIT :\n\n"
    "Licence MIT\n\n" + _MIT_BODY
)

# The stated licence as an SPDX id, the quoted one a BSD text.
STATED_ID_AND_QUOTED_BSD = (
    "The documentation is released under CC-BY-SA-4.0. The source code is distributed\n"
    "under the BSD 3-Clause licence below.\n\n"
    "Copyright (c) 2022, Ville de Lyon\n\n"
    + BSD_3_CLAUSE.format(year=2022, holder="Ville de Lyon").split("\n\n", 1)[1]
)
