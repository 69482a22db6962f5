"""Finding the header row and matching its columns to participant fields.

Column names are compared without case, accents or punctuation (``"Adresse e-mail :"`` is
``adresse e mail``). A name matches a field when it equals one of the field's usual French or
English names, or, for names of four letters or more, contains it as whole words (``"Téléphone
portable"`` contains ``telephone``); an exact match beats a contained one and a longer name a
shorter one. The header row is the row, among the first :data:`HEADER_SCAN_ROWS`, whose cells
match the most fields (exact matches count double), so a title line or blank lines above it
do not matter.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from territ_desktop.importing.errors import ImportFileError
from territ_desktop.importing.names import NameOrder
from territ_desktop.importing.table import (
    HEADER_SCAN_ROWS,
    MAX_DATA_ROWS,
    RawTable,
    format_count,
)
from territ_desktop.importing.text import clean_text, words_key


class Field(StrEnum):
    """A participant field a column can feed."""

    LAST_NAME = "last_name"
    FIRST_NAME = "first_name"
    FULL_NAME = "full_name"
    ORGANISATION = "organisation"
    FUNCTION = "function"
    EMAIL = "email"
    PHONE = "phone"
    TERRITORY = "territory"
    AUDIENCE = "audience"
    NOTES = "notes"


#: French names of the fields, for the column mapping widgets.
FIELD_LABELS: dict[Field, str] = {
    Field.LAST_NAME: "Nom",
    Field.FIRST_NAME: "Prénom",
    Field.FULL_NAME: "NOM Prénom (une seule colonne)",
    Field.ORGANISATION: "Structure",
    Field.FUNCTION: "Fonction",
    Field.EMAIL: "E-mail",
    Field.PHONE: "Téléphone",
    Field.TERRITORY: "Commune / territoire",
    Field.AUDIENCE: "Public",
    Field.NOTES: "Notes",
}

_ALIASES: dict[Field, tuple[str, ...]] = {
    Field.LAST_NAME: (
        "Nom", "Nom de famille", "Nom d'usage", "Nom de naissance", "Nom marital",
        "Last name", "Lastname", "Surname", "Family name",
    ),
    Field.FIRST_NAME: ("Prénom", "Prénoms", "First name", "Firstname", "Given name", "Forename"),
    Field.FULL_NAME: (
        "NOM Prénom", "Nom et prénom", "Nom et prénoms", "Nom, prénom", "Nom / Prénom",
        "Prénom Nom", "Prénom et nom", "Nom complet", "Nom du participant",
        "Nom de la participante", "Participant", "Participante", "Participant·e",
        "Participants", "Identité", "Stagiaire", "Inscrit", "Full name", "Fullname", "Name",
    ),
    Field.ORGANISATION: (
        "Structure", "Organisme", "Organisation", "Organization", "Employeur", "Collectivité",
        "Établissement", "Institution", "Entreprise", "Société", "Nom de la structure",
        "Nom de l'organisme", "Structure employeuse", "Employer", "Company", "Organisme employeur",
    ),
    Field.FUNCTION: (
        "Fonction", "Poste", "Job title", "Intitulé du poste", "Métier", "Profession", "Rôle",
        "Qualité", "Fonction occupée", "Poste occupé", "Job", "Position",
    ),
    Field.EMAIL: (
        "Courriel", "E-mail", "Email", "Mail", "Mél", "Adresse e-mail", "Adresse mail",
        "Adresse électronique", "Adresse de courriel", "E-mail address", "Email address",
    ),
    Field.PHONE: (
        "Téléphone", "Tél", "Tel", "Portable", "Phone", "Mobile", "N° de téléphone",
        "Numéro de téléphone", "N° de tél", "Téléphone portable", "GSM", "Phone number",
        "Telephone number", "Mobile phone",
    ),
    Field.TERRITORY: (
        "Commune", "Ville", "Territoire", "City", "Town", "Localité", "Territory", "Département",
        "Commune / territoire", "Territoire d'intervention", "Commune de résidence",
    ),
    Field.AUDIENCE: (
        "Vous êtes", "Public", "Catégorie", "Profil", "Type de public", "Catégorie de public",
        "Type de participant", "Je suis", "Audience", "Type", "Public cible", "You are",
    ),
    Field.NOTES: (
        "Notes", "Note", "Commentaire", "Commentaires", "Remarques", "Remarque", "Observations",
        "Comments", "Comment", "Informations complémentaires", "Besoins particuliers",
    ),
}  # fmt: skip

_EXACT: dict[str, Field] = {words_key(a): f for f, names in _ALIASES.items() for a in names}


def _containable(key: str, target: Field) -> bool:
    """Whether a header containing ``key`` among other words may feed ``target``.

    Short names ("nom", "tel", "type", "note") only ever match a whole header, and so do the
    one-word names of a full name: "Structure du participant" is no full name.
    """
    if len(key) < 4 or key in {"name", "note", "type"}:
        return False
    return not (target is Field.FULL_NAME and " " not in key)


_CONTAINED: tuple[tuple[str, Field], ...] = tuple(
    sorted(
        ((k, f) for k, f in _EXACT.items() if _containable(k, f)),
        key=lambda item: -len(item[0]),
    )
)
_EXACT_SCORE = 1000


def match_column(header: str) -> tuple[Field, int] | None:
    """Return the field a column named ``header`` feeds and how well it matches, or ``None``."""
    key = words_key(header)
    if not key:
        return None
    exact = _EXACT.get(key)
    if exact is not None:
        return exact, _EXACT_SCORE + len(key)
    padded = f" {key} "
    for alias, matched in _CONTAINED:
        if f" {alias} " in padded:
            return matched, len(alias)
    return None


def name_order(header: str) -> NameOrder:
    """Tell from a full-name column's header which name comes first."""
    key = words_key(header)
    if key.startswith("prenom"):
        return NameOrder.FIRST_LAST
    if key.startswith("nom"):
        return NameOrder.LAST_FIRST
    return NameOrder.AUTO


@dataclass(frozen=True)
class ColumnMapping:
    """Which column (0-based index) feeds which field, below which header row.

    ``header_row`` is the 1-based row number of the header in the source; data rows are the
    rows below it (0 means there is no header: every row is data). ``name_order`` tells how to
    split a one-column full name. The mapping is immutable: use :meth:`with_column` and
    :func:`dataclasses.replace` to build a corrected one.
    """

    header_row: int
    columns: Mapping[Field, int] = field(default_factory=dict)
    name_order: NameOrder = NameOrder.AUTO

    def __post_init__(self) -> None:
        object.__setattr__(self, "columns", MappingProxyType(dict(self.columns)))

    def __hash__(self) -> int:
        return hash((self.header_row, frozenset(self.columns.items()), self.name_order))

    def column(self, target: Field) -> int | None:
        """Return the column index feeding ``target``, or ``None``."""
        return self.columns.get(target)

    def field_of(self, index: int) -> Field | None:
        """Return the field column ``index`` feeds, or ``None`` if it is ignored."""
        for target, column in self.columns.items():
            if column == index:
                return target
        return None

    def with_column(self, target: Field, index: int | None) -> ColumnMapping:
        """Return a copy where ``target`` is fed by column ``index`` (``None``: by no column).

        A column feeds one field only, so a field that used ``index`` loses it.
        """
        columns = {f: c for f, c in self.columns.items() if f is not target and c != index}
        if index is not None:
            if index < 0:
                raise ValueError(f"negative column index {index}")
            columns[target] = index
        return ColumnMapping(self.header_row, columns, self.name_order)

    @property
    def identifies_people(self) -> bool:
        """Whether a column gives the last name (alone or within a full name)."""
        return Field.LAST_NAME in self.columns or Field.FULL_NAME in self.columns


@dataclass(frozen=True, slots=True)
class IgnoredColumn:
    """A column that feeds no field: shown in the preview as ignored."""

    index: int
    header: str


@dataclass(frozen=True, slots=True)
class HeaderDetection:
    """The header row found in a table and the mapping deduced from it."""

    mapping: ColumnMapping
    headers: tuple[str, ...]
    ignored: tuple[IgnoredColumn, ...]


def _map_row(cells: tuple[str, ...]) -> tuple[dict[Field, int], int, NameOrder]:
    """Map one candidate header row; return the mapping, the row's score and the name order."""
    best: dict[Field, tuple[int, int]] = {}
    for index, cell in enumerate(cells):
        matched = match_column(cell)
        if matched is None:
            continue
        target, score = matched
        if target not in best or score > best[target][1]:
            best[target] = (index, score)
    columns = {target: index for target, (index, _) in best.items()}
    score = sum(2 if s >= _EXACT_SCORE else 1 for _, s in best.values())
    # "Nom du participant" next to "Prénom" is the last name alone.
    if Field.FULL_NAME in columns and Field.FIRST_NAME in columns:
        if Field.LAST_NAME not in columns:
            columns[Field.LAST_NAME] = columns[Field.FULL_NAME]
        del columns[Field.FULL_NAME]
    order = NameOrder.AUTO
    if Field.FULL_NAME in columns:
        order = name_order(cells[columns[Field.FULL_NAME]])
    return columns, score, order


def ignored_columns(table: RawTable, mapping: ColumnMapping) -> tuple[IgnoredColumn, ...]:
    """List the columns that feed no field and have a header or some data."""
    header = table.row(mapping.header_row) if mapping.header_row else None
    used = set(mapping.columns.values())
    out: list[IgnoredColumn] = []
    for index in range(table.width):
        if index in used:
            continue
        title = clean_text(header.cells[index]) if header is not None else ""
        has_data = any(
            row.cells[index].strip() for row in table.rows if row.number > mapping.header_row
        )
        if title or has_data:
            out.append(IgnoredColumn(index, title))
    return tuple(out)


def mapping_for_header_row(table: RawTable, header_row: int) -> HeaderDetection:
    """Map the columns of the table taking row ``header_row`` (1-based) as its header.

    For a user who picks the header row by hand; the mapping may identify nobody (check
    :attr:`ColumnMapping.identifies_people`).
    """
    row = table.row(header_row)
    cells = row.cells if row is not None else ("",) * table.width
    columns, _, order = _map_row(cells)
    mapping = ColumnMapping(header_row, columns, order)
    headers = tuple(clean_text(c) for c in cells)
    return HeaderDetection(mapping, headers, ignored_columns(table, mapping))


def detect_header(table: RawTable) -> HeaderDetection:
    """Find the header row among the first rows and map its columns to fields.

    Raises:
        ImportFileError: no row has a column naming the participants, or there are more than
            :data:`MAX_DATA_ROWS` data rows below the header.
    """
    best: tuple[int, int] | None = None  # (score, row number)
    for row in table.rows[:HEADER_SCAN_ROWS]:
        columns, score, _ = _map_row(row.cells)
        names_people = Field.LAST_NAME in columns or Field.FULL_NAME in columns
        if names_people and (best is None or score > best[0]):
            best = (score, row.number)
    where = f"la feuille « {table.sheet} »" if table.sheet else f"le fichier « {table.path.name} »"
    if best is None:
        raise ImportFileError(
            f"Aucune colonne ne permet d'identifier les participants dans {where} : la ligne "
            "d'en-tête doit contenir une colonne « Nom » (avec « Prénom ») ou « NOM Prénom ». "
            "Ajoutez ces titres de colonnes dans le fichier, ou choisissez une autre feuille."
        )
    check_data_size(table, best[1])
    return mapping_for_header_row(table, best[1])


def check_data_size(table: RawTable, header_row: int) -> None:
    """Refuse a table with more than :data:`MAX_DATA_ROWS` non-blank rows below ``header_row``."""
    count = sum(1 for row in table.rows if row.number > header_row and not row.is_blank)
    if count > MAX_DATA_ROWS:
        raise ImportFileError(
            f"Le fichier « {table.path.name} » compte {format_count(count)} lignes de données, "
            f"au plus {format_count(MAX_DATA_ROWS)} sont acceptées : découpez-le en plusieurs "
            "fichiers."
        )
