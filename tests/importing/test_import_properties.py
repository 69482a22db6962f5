"""Property tests: every data row accounted for, and files read back as written."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from import_helpers import make_table, write_csv, write_xlsx

from territ_desktop.domain import Audience, Participant
from territ_desktop.importing import RowAction, detect_header, plan_import, read_table

HEADERS = ["Nom", "Prénom", "NOM Prénom", "Structure", "E-mail", "Téléphone", "Vous êtes",
           "Notes", "Date", ""]  # fmt: skip
LAST = ["Dupont", "DUPONT", "dupont", "Lefèvre", "ŒILLET", "", " ", "12", "=SOMME(A1)", "Petit"]
FIRST = ["Jean", "JEAN", "Zoé", "", "Marie-Claire"]
ORGS = ["Mairie", "MAIRIE", "Asso Cœur", "", "+33 ARS"]
EMAILS = ["jean@exemple.fr", "JEAN@EXEMPLE.FR", "zoe@coeur.org", "bad@@x", "", "sophie@asso.fr"]
AUDIENCES = ["Élu(e)", "ARS", "habitante", "Infirmière", "", "coordonnatrice CLS", "autre"]
ANY_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")), max_size=12
)  # no surrogates or control characters (which Excel cannot store either)

cells = st.one_of(
    st.sampled_from(LAST + FIRST + ORGS + EMAILS + AUDIENCES),
    ANY_TEXT,
)


@st.composite
def sheets(draw: st.DrawFn) -> list[list[str]]:
    """A header (somewhere in the first rows) and rows of plausible or random cells."""
    width = draw(st.integers(1, 6))
    header = draw(st.lists(st.sampled_from(HEADERS), min_size=width, max_size=width))
    if "Nom" not in header and "NOM Prénom" not in header:
        header[0] = draw(st.sampled_from(["Nom", "NOM Prénom"]))
    above = draw(st.lists(st.sampled_from([[], ["Liste des inscrits"]]), max_size=3))
    row = st.one_of(
        st.just([]),
        st.lists(cells, min_size=0, max_size=width + 1),
        st.tuples(
            st.sampled_from(LAST), st.sampled_from(FIRST), st.sampled_from(ORGS),
            st.sampled_from(EMAILS), st.sampled_from(AUDIENCES),
        ).map(list),
    )  # fmt: skip
    rows = draw(st.lists(row, max_size=25))
    return [*above, header, *rows]


EXISTING = [
    Participant("e-1", "Dupont", "Jean", "Mairie", email="jean@exemple.fr"),
    Participant("e-2", "Petit", "Sophie", email="sophie@asso.fr", audience=Audience.ASSOCIATIF),
    Participant("e-3", "Œillet", "Zoé", "Asso Cœur"),
]


@settings(max_examples=300, deadline=None)
@given(sheets(), st.booleans())
def test_every_data_row_has_exactly_one_outcome(rows: list[list[str]], with_existing: bool) -> None:
    table = make_table(rows)
    mapping = detect_header(table).mapping
    existing = EXISTING if with_existing else []
    plan = plan_import(table, mapping, existing)
    counts = plan.counts

    data_rows = [r.number for r in table.rows if r.number > mapping.header_row]
    assert [o.row_number for o in plan.rows] == data_rows
    assert counts.data_rows == len(data_rows)
    assert counts.new + counts.merged_existing + counts.duplicates + counts.rejected == len(
        data_rows
    )
    assert counts.new + counts.merged + counts.rejected == counts.data_rows
    assert counts.blank <= counts.rejected

    new_ids = [p.id for p in plan.new_participants]
    assert len(new_ids) == counts.new == len(set(new_ids))
    known = set(new_ids) | {p.id for p in existing}
    first_rows = {}
    for outcome in plan.rows:
        if outcome.action is RowAction.REJECTED:
            assert outcome.participant_id is None
            assert outcome.reason
            continue
        assert outcome.participant_id in known
        assert outcome.record is not None and outcome.record.last_name
        if outcome.action is RowAction.DUPLICATE:
            assert outcome.duplicate_of_row == first_rows[outcome.participant_id]
        else:
            assert outcome.participant_id not in first_rows
            first_rows[outcome.participant_id] = outcome.row_number
    assert set(plan.participant_ids) == set(first_rows)
    assert {u.before.id for u in plan.updates} <= {p.id for p in existing}
    for person in plan.new_participants:
        assert person.last_name == person.last_name.strip()
        assert person.email == person.email.lower()


def _expected(rows: list[list[str]]) -> list[tuple[str, ...]]:
    """What a reader returns: blank rows emptied, trailing ones dropped, rows padded."""
    rows = [r if "".join(r).strip() else [] for r in rows]
    while rows and not rows[-1]:
        rows = rows[:-1]
    width = max(
        (i + 1 for r in rows for i, c in enumerate(r) if c), default=0
    )  # trailing empty columns dropped
    return [tuple(r[:width]) + ("",) * (width - len(r[:width])) for r in rows]


SPACES = st.sampled_from(["", " ", "\u00a0", "\n", " a\nb ", '"', ";", "sep=,"])
text_rows = st.lists(
    st.lists(st.one_of(ANY_TEXT, SPACES), max_size=5), min_size=1, max_size=12
).filter(lambda rows: any("".join(r).strip() for r in rows))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_rows, st.sampled_from([";", ",", "\t"]), st.sampled_from(["utf-8", "utf-8-sig"]))
def test_csv_reads_back_what_was_written(rows: list[list[str]], delimiter: str, enc: str) -> None:
    assume(rows[0][:1] != ["sep=,"] or len(rows[0]) > 1)  # that line is Excel's separator hint
    with tempfile.TemporaryDirectory() as folder:
        path = write_csv(Path(folder) / "liste.csv", rows, encoding=enc, delimiter=delimiter)
        table = read_table(path, delimiter=delimiter)
    assert [r.cells for r in table.rows] == _expected(rows)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_rows)
def test_xlsx_reads_back_what_was_written(rows: list[list[str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write_xlsx(Path(folder) / "liste.xlsx", rows)
        table = read_table(path)
    assert [r.cells for r in table.rows] == _expected(rows)
