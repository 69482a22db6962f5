"""The JSON interface: round trips, solve_json, and French errors on bad input."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from territ_desktop.domain.errors import UserError
from territ_desktop.rotation import (
    RotationInfeasibleError,
    RotationInputError,
    instance_from_json,
    instance_to_json,
    plan_from_json,
    plan_to_json,
    score_plan,
    solve,
    solve_json,
)

EXAMPLE: dict[str, Any] = {
    "rounds": 2,
    "tables": [
        {"name": "Accès aux soins et aux droits", "capacity": 4},
        {"name": "Santé mentale", "capacity": 4},
    ],
    "participants": [
        {"id": "anim1", "audience": "autre", "organisation": "Ireps", "name": "Animatrice"},
        {"id": "p1", "audience": "elu", "organisation": "Mairie de Dijon"},
        {"id": "p2", "audience": "coordinateur", "organisation": "Mairie de Dijon"},
        {"id": "p3", "audience": "citoyen", "organisation": ""},
        {"id": "p4", "audience": "associatif", "organisation": "Asso"},
        {"id": "p5", "audience": "institution"},
        {"id": "p6"},
    ],
    "keep_apart": [["p3", "p4"]],
    "keep_together": [["p5", "p6"]],
    "pinned": [{"participant": "anim1", "table": "Santé mentale"}],
    "absent": [{"participant": "p6", "round": 2}],
    "history": [
        [["p1", "p3", "p5"], ["p2", "p4", "p6"]],
        {"Santé mentale": ["p1", "p4"], "Accès aux soins et aux droits": ["p2", "p3"]},
    ],
    "options": {"separate_organisations": True, "world_cafe": False, "mode": "overlaps"},
}


def test_instance_round_trip() -> None:
    instance = instance_from_json(EXAMPLE)
    again = instance_from_json(json.loads(json.dumps(instance_to_json(instance))))
    assert again == instance
    assert instance.history[1].tables == ("Santé mentale", "Accès aux soins et aux droits")
    assert instance.participants[0].label == "Animatrice"


def test_plan_round_trip() -> None:
    instance = instance_from_json(EXAMPLE)
    result = solve(instance, seed=0, time_limit=60.0, max_iterations=200)
    data = json.loads(json.dumps(plan_to_json(result.plan, result.score)))
    assert plan_from_json(data) == result.plan
    assert data["score"]["hard_violations"] == 0
    assert data["score"]["max_meetings"] == result.score.max_meetings


def test_the_audience_mix_comes_first_unless_the_instance_says_otherwise() -> None:
    assert "mix_first" not in EXAMPLE["options"]
    assert instance_from_json(EXAMPLE).options.mix_first
    strict = copy.deepcopy(EXAMPLE)
    strict["options"]["mix_first"] = False
    assert not instance_from_json(strict).options.mix_first
    assert instance_to_json(instance_from_json(strict))["options"]["mix_first"] is False


def test_solve_json() -> None:
    out = solve_json(copy.deepcopy(EXAMPLE), seed=1, time_limit=60.0, max_iterations=200)
    json.dumps(out)
    assert set(out) >= {"rounds", "score", "warnings", "optimal"}
    assert len(out["rounds"]) == 2
    for round_plan in out["rounds"]:
        assert "anim1" in round_plan["Santé mentale"]
    assert "p6" not in {pid for ids in out["rounds"][1].values() for pid in ids}
    plan = plan_from_json(out)
    assert score_plan(instance_from_json(EXAMPLE), plan).hard_violations == 0


def broken(path: list[Any], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(EXAMPLE)
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "le document doit être un objet"),
        (broken(["rounds"], KeyError), "clé « rounds » manquante"),
        (broken(["rounds"], "2"), "« rounds » doit être un nombre entier"),
        (broken(["rounds"], True), "« rounds » doit être un nombre entier"),
        (broken(["rounds"], 0), "nombre de tours doit être compris entre 1"),
        (broken(["colour"], 1), "clé inconnue « colour »"),
        (broken(["tables", 0, "capacity"], 0), "doit avoir au moins une place"),
        (broken(["tables", 1, "name"], "Accès aux soins et aux droits"), "même nom"),
        (broken(["participants", 1, "audience"], "maire"), "type de public inconnu « maire »"),
        (broken(["participants", 2, "id"], "p1"), "« p1 » figure deux fois"),
        (broken(["keep_apart", 0], ["p3", "zz"]), "participant inconnu « zz »"),
        (broken(["keep_together", 0], ["p5"]), "au moins deux personnes"),
        (broken(["pinned", 0, "table"], "Cuisine"), "table inconnue « Cuisine »"),
        (broken(["absent", 0, "round"], 3), "les tours vont de 1 à 2"),
        (broken(["history", 0], [["p1", "p2"], ["p1"]]), "figure dans plusieurs groupes"),
        (broken(["options", "mode"], "fast"), "mode inconnu « fast »"),
        (broken(["options", "world_cafe"], "oui"), "doit valoir true ou false"),
    ],
)
def test_bad_input_is_explained_in_french(data: Any, message: str) -> None:
    with pytest.raises(RotationInputError) as caught:
        instance_from_json(data)
    assert message in str(caught.value)
    assert isinstance(caught.value, UserError)


def test_capacities_too_small() -> None:
    data = broken(["tables"], [{"name": "Seule", "capacity": 3}])
    data["pinned"] = []
    with pytest.raises(RotationInfeasibleError, match="7 personnes présentes pour 3 places"):
        instance_from_json(data)


def test_bad_plan() -> None:
    with pytest.raises(RotationInputError, match="un objet « table : \\[identifiants\\] »"):
        plan_from_json({"rounds": [["p1"]]})
