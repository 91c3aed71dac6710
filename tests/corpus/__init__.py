"""A corpus of repository layouts modelled on the shapes real projects use, each with the
verdict a careful maintainer would give for every practice of the catalogue.

How the verdicts are judged (written before running any rule, from the practice's
description in shared/practices.md, never from what a rule happens to do):

- a document counts when it is the project's own (not under vendor/, node_modules/,
  third_party/, tests/, testdata/ or a template folder), has real content (not empty,
  not an unfilled template) and does what the practice asks: a contribution guide says
  how to report a problem and propose a change; a code of conduct gives a way to report;
  a security policy says how to report a vulnerability; a governance document says how
  decisions are made. It may be a file (any name a project in that language would use,
  any extension, at the root, in docs/, Documentation/, .github/ or .gitlab/), a section
  of the README, or a short pointer to where the document is published;
- ``commons-statement``: the README or a docs page names the licence *and* says the
  project is free / open source software, open data or a commons;
- ``project-metadata``: a name, a description and a homepage URL can be found;
- ``audiences``: the README speaks to more than developers: a presentation for the
  project's users (people who are not developers), a link to a website or documentation
  for them, or a translation;
- ``maintainers``: named people responsible (MAINTAINERS, CODEOWNERS, a README section,
  publiccode.yml's maintenance contacts); a list of authors or contributors is not that;
- ``licence-consistency``: True when another declaration (README, package metadata,
  SPDX headers, publiccode.yml) agrees with the licence file, False when one disagrees,
  None when there is nothing to compare (no licence file, or no other declaration);
- ``community-diversity``: commits come from people of at least two organisations
  (personal webmail addresses count as individuals, not organisations);
- ``activity``: a commit in the last year; ``changelog``: a release history (tags
  alone are not one).
"""

from __future__ import annotations

from . import layouts_edge, layouts_en, layouts_fr, layouts_other, layouts_structures
from .model import PEOPLE, PRACTICES, Commit, Layout, verdicts

LAYOUTS: tuple[Layout, ...] = (
    *layouts_en.LAYOUTS,
    *layouts_fr.LAYOUTS,
    *layouts_other.LAYOUTS,
    *layouts_structures.LAYOUTS,
    *layouts_edge.LAYOUTS,
)

__all__ = ["LAYOUTS", "PEOPLE", "PRACTICES", "Commit", "Layout", "verdicts"]
