from __future__ import annotations

import pytest

from territ_desktop.domain import ValidationError
from territ_desktop.domain.errors import NotFoundError
from territ_desktop.domain.notes import Evaluation, Question, WorkshopNote
from territ_desktop.services import Services

HOSTILE = "# Constat\n- accès <b>aux</b> droits & Org <SARL\n- 🚲 mobilité\n**urgent** *à suivre*"


def workshop_id(services: Services, session_id: str) -> str:
    session = services.sessions.get(session_id)
    return next(i.id for h in session.half_days for i in h.items if i.is_group_work)


def test_save_replace_remove_note(demo: Services, demo_session_id: str) -> None:
    item = workshop_id(demo, demo_session_id)
    note = WorkshopNote(item, "Table d'essai", 1, " Julie Mercier ", HOSTILE)
    assert demo.notes.save_note(note) is None
    saved = [n for n in demo.notes.item_notes(item) if n.table == "Table d'essai"]
    assert [(n.rapporteur, n.text) for n in saved] == [("Julie Mercier", HOSTILE)]
    previous = demo.notes.save_note(WorkshopNote(item, "Table d'essai", 1, "", "autre"))
    assert previous == saved[0]
    demo.notes.restore_note(item, "Table d'essai", 1, previous)
    assert [n for n in demo.notes.item_notes(item) if n.table == "Table d'essai"] == saved
    demo.notes.save_note(WorkshopNote(item, "Table d'essai", 1))
    assert all(n.table != "Table d'essai" for n in demo.notes.item_notes(item))


def test_note_rules(demo: Services, demo_session_id: str) -> None:
    item = workshop_id(demo, demo_session_id)
    with pytest.raises(ValidationError):
        demo.notes.save_note(WorkshopNote(item, "  ", 1, "", "x"))
    with pytest.raises(ValidationError):
        demo.notes.save_note(WorkshopNote(item, "A", 0, "", "x"))
    with pytest.raises(NotFoundError):
        demo.notes.save_note(WorkshopNote("nope", "A", 1, "", "x"))


def test_long_text_round_trips(demo: Services, demo_session_id: str) -> None:
    item = workshop_id(demo, demo_session_id)
    text = ("Une phrase assez longue, avec des accents éàù et des symboles <>&. " * 2000)[:150_000]
    demo.notes.save_note(WorkshopNote(item, "Cadre de vie", 2, "", text))
    assert [n.text for n in demo.notes.item_notes(item) if n.round == 2] == [text]


def test_synthesis_and_evaluation(demo: Services, demo_session_id: str) -> None:
    old = demo.notes.synthesis(demo_session_id)
    assert demo.notes.set_synthesis(demo_session_id, "## Trois idées\n- une") == old
    assert demo.notes.synthesis(demo_session_id) == "## Trois idées\n- une"
    evaluation = Evaluation(
        respondents=30,
        questions=(Question("Contenu utile ?", (("Oui", 25), ("Non", 5))),),
        comments=("Plus de temps en ateliers",),
    )
    demo.notes.set_evaluation(demo_session_id, evaluation)
    assert demo.notes.evaluation(demo_session_id) == evaluation
    with pytest.raises(ValidationError, match="vérifiez"):
        demo.notes.set_evaluation(
            demo_session_id,
            Evaluation(respondents=3, questions=(Question("Q", (("Oui", 4),)),)),
        )


def test_search_ignores_accents(demo: Services, demo_session_id: str) -> None:
    item = workshop_id(demo, demo_session_id)
    demo.notes.save_note(
        WorkshopNote(item, "Santé des jeunes", 1, "", "Le CLSM réunit l'Éducation nationale")
    )
    hits = demo.notes.search("education clsm")
    assert (item, "Santé des jeunes") in [(h.item_id, h.table) for h in hits]
    demo.notes.set_synthesis(demo_session_id, "La médiation en santé revient partout.")
    assert any(h.item_id is None for h in demo.notes.search("MEDIATION"))
