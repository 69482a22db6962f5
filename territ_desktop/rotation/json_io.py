"""The JSON interface of the solver (see docs/rotations-json.md): read, write, solve."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from territ_desktop.domain.audience import Audience
from territ_desktop.rotation.errors import RotationInputError
from territ_desktop.rotation.model import (
    Absence,
    Instance,
    Mode,
    Options,
    PastRound,
    Person,
    Pin,
    Plan,
    Score,
    Table,
)
from territ_desktop.rotation.solver import solve
from territ_desktop.rotation.validate import validate

_KEYS = {
    "rounds",
    "tables",
    "participants",
    "keep_apart",
    "keep_together",
    "pinned",
    "absent",
    "history",
    "options",
}
_CODES = ", ".join(a.value for a in Audience)


def _fail(message: str) -> RotationInputError:
    return RotationInputError(f"Instance JSON invalide : {message}")


def _object(value: Any, where: str, keys: set[str], required: set[str]) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise _fail(f"{where} doit être un objet.")
    unknown = sorted(set(value) - keys)
    if unknown:
        raise _fail(f"{where} : clé inconnue « {unknown[0]} ».")
    missing = sorted(required - set(value))
    if missing:
        raise _fail(f"{where} : clé « {missing[0]} » manquante.")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise _fail(f"{where} doit être une liste.")
    return value


def _int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(f"{where} doit être un nombre entier.")
    return value


def _str(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise _fail(f"{where} doit être un texte.")
    return value


def _bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise _fail(f"{where} doit valoir true ou false.")
    return value


def _ids(value: Any, where: str) -> tuple[str, ...]:
    return tuple(_str(item, where) for item in _list(value, where))


def instance_from_json(data: Any) -> Instance:
    """Read and check an instance; raise a French :class:`RotationInputError` (or infeasible)."""
    root = _object(data, "le document", _KEYS, {"rounds", "tables", "participants"})
    tables = []
    for i, item in enumerate(_list(root["tables"], "« tables »"), start=1):
        table = _object(item, f"table n° {i}", {"name", "capacity"}, {"name", "capacity"})
        tables.append(
            Table(
                _str(table["name"], f"table n° {i}, « name »"),
                _int(table["capacity"], f"table n° {i}, « capacity »"),
            )
        )
    people = []
    for i, item in enumerate(_list(root["participants"], "« participants »"), start=1):
        where = f"participant n° {i}"
        person = _object(item, where, {"id", "audience", "organisation", "name"}, {"id"})
        code = _str(person.get("audience", Audience.AUTRE.value), f"{where}, « audience »")
        if code not in {a.value for a in Audience}:
            raise _fail(f"{where} : type de public inconnu « {code} » (attendu : {_CODES}).")
        people.append(
            Person(
                id=_str(person["id"], f"{where}, « id »"),
                audience=Audience(code),
                organisation=_str(person.get("organisation", ""), f"{where}, « organisation »"),
                label=_str(person.get("name", ""), f"{where}, « name »"),
            )
        )
    instance = Instance(
        rounds=_int(root["rounds"], "« rounds »"),
        tables=tuple(tables),
        participants=tuple(people),
        keep_apart=_groups(root.get("keep_apart", []), "« keep_apart »"),
        keep_together=_groups(root.get("keep_together", []), "« keep_together »"),
        pinned=_pins(root.get("pinned", [])),
        absent=_absences(root.get("absent", [])),
        history=_history(root.get("history", [])),
        options=_options(root.get("options", {})),
    )
    validate(instance)
    return instance


def _groups(value: Any, where: str) -> tuple[tuple[str, ...], ...]:
    return tuple(_ids(group, where) for group in _list(value, where))


def _pins(value: Any) -> tuple[Pin, ...]:
    pins = []
    for i, item in enumerate(_list(value, "« pinned »"), start=1):
        pin = _object(
            item, f"« pinned » n° {i}", {"participant", "table"}, {"participant", "table"}
        )
        pins.append(
            Pin(
                _str(pin["participant"], "« pinned », « participant »"),
                _str(pin["table"], "« pinned », « table »"),
            )
        )
    return tuple(pins)


def _absences(value: Any) -> frozenset[Absence]:
    absences = set()
    for i, item in enumerate(_list(value, "« absent »"), start=1):
        absence = _object(
            item, f"« absent » n° {i}", {"participant", "round"}, {"participant", "round"}
        )
        absences.add(
            Absence(
                _str(absence["participant"], "« absent », « participant »"),
                _int(absence["round"], "« absent », « round »"),
            )
        )
    return frozenset(absences)


def _history(value: Any) -> tuple[PastRound, ...]:
    rounds = []
    for i, item in enumerate(_list(value, "« history »"), start=1):
        where = f"« history », tour {i}"
        if isinstance(item, Mapping):
            names = tuple(_str(name, where) for name in item)
            groups = tuple(_ids(item[name], where) for name in names)
            rounds.append(PastRound(groups=groups, tables=names))
        else:
            rounds.append(PastRound(groups=_groups(item, where)))
    return tuple(rounds)


def _options(value: Any) -> Options:
    keys = {"separate_organisations", "world_cafe", "mode", "mix_first"}
    options = _object(value, "« options »", keys, set())
    mode = _str(options.get("mode", Mode.OVERLAPS.value), "« options », « mode »")
    if mode not in {m.value for m in Mode}:
        raise _fail(f"mode inconnu « {mode} » (attendu : overlaps ou meet_most).")
    return Options(
        separate_organisations=_bool(
            options.get("separate_organisations", True), "« separate_organisations »"
        ),
        world_cafe=_bool(options.get("world_cafe", False), "« world_cafe »"),
        mode=Mode(mode),
        mix_first=_bool(options.get("mix_first", True), "« mix_first »"),
    )


def instance_to_json(instance: Instance) -> dict[str, Any]:
    """Write an instance in the format :func:`instance_from_json` reads."""
    history: list[Any] = []
    for past in instance.history:
        if past.tables:
            history.append({t: list(g) for t, g in zip(past.tables, past.groups, strict=True)})
        else:
            history.append([list(g) for g in past.groups])
    people = []
    for p in instance.participants:
        person: dict[str, Any] = {
            "id": p.id,
            "audience": p.audience.value,
            "organisation": p.organisation,
        }
        if p.label:
            person["name"] = p.label
        people.append(person)
    return {
        "rounds": instance.rounds,
        "tables": [{"name": t.name, "capacity": t.capacity} for t in instance.tables],
        "participants": people,
        "keep_apart": [list(g) for g in instance.keep_apart],
        "keep_together": [list(g) for g in instance.keep_together],
        "pinned": [{"participant": p.participant, "table": p.table} for p in instance.pinned],
        "absent": [
            {"participant": a.participant, "round": a.round}
            for a in sorted(instance.absent, key=lambda a: (a.round, a.participant))
        ],
        "history": history,
        "options": {
            "separate_organisations": instance.options.separate_organisations,
            "world_cafe": instance.options.world_cafe,
            "mode": instance.options.mode.value,
            "mix_first": instance.options.mix_first,
        },
    }


def score_to_json(score: Score) -> dict[str, Any]:
    """A score as a JSON object."""
    return {
        "hard_violations": score.hard_violations,
        "violations": list(score.violations),
        "max_meetings": score.max_meetings,
        "repeated_pairs": score.repeated_pairs,
        "repeats": score.repeats,
        "overlaps": score.overlaps,
        "mix_deviation": score.mix_deviation,
        "size_deviation": score.size_deviation,
        "table_repeats": score.table_repeats,
    }


def plan_to_json(plan: Plan, score: Score | None = None) -> dict[str, Any]:
    """A plan (and its score, if given) as a JSON object."""
    data: dict[str, Any] = {
        "rounds": [{name: list(ids) for name, ids in r.items()} for r in plan.rounds]
    }
    if score is not None:
        data["score"] = score_to_json(score)
    return data


def plan_from_json(data: Any) -> Plan:
    """Read a plan written by :func:`plan_to_json` (its score, if any, is ignored)."""
    root = _object(
        data,
        "le plan",
        {"rounds", "score", "warnings", "optimal", "seconds", "iterations"},
        {"rounds"},
    )
    rounds = []
    for i, item in enumerate(_list(root["rounds"], "« rounds »"), start=1):
        if not isinstance(item, Mapping):
            raise _fail(f"plan, tour {i} : un objet « table : [identifiants] » est attendu.")
        rounds.append(
            {_str(n, f"plan, tour {i}"): _ids(ids, f"plan, tour {i}") for n, ids in item.items()}
        )
    return Plan(rounds=tuple(rounds))


def solve_json(
    data: Any,
    seed: int = 0,
    time_limit: float | None = None,
    max_iterations: int | None = None,
) -> dict[str, Any]:
    """Read an instance, solve it, and return the plan with its score, warnings and status."""
    result = solve(
        instance_from_json(data), seed=seed, time_limit=time_limit, max_iterations=max_iterations
    )
    out = plan_to_json(result.plan, result.score)
    out["warnings"] = list(result.warnings)
    out["optimal"] = result.optimal
    out["iterations"] = result.iterations
    out["seconds"] = round(result.seconds, 3)
    return out
