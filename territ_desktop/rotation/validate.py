"""Check an instance before solving: malformed input, impossible constraints, relaxed goals."""

from __future__ import annotations

from collections import Counter

from territ_desktop.rotation.errors import RotationInfeasibleError, RotationInputError
from territ_desktop.rotation.model import Instance
from territ_desktop.rotation.units import organisation_key, pin_map, together_groups

MAX_ROUNDS = 100


def validate(instance: Instance) -> tuple[str, ...]:
    """Raise on a malformed or infeasible instance; return French warnings otherwise."""
    check_structure(instance)
    check_feasible(instance)
    return tuple(warnings(instance))


def check_structure(instance: Instance) -> None:
    """Raise :class:`RotationInputError` when the instance does not make sense."""
    if not 1 <= instance.rounds <= MAX_ROUNDS:
        raise RotationInputError(
            f"Le nombre de tours doit être compris entre 1 et {MAX_ROUNDS} "
            f"(reçu : {instance.rounds})."
        )
    if not instance.tables:
        raise RotationInputError("Il faut au moins une table.")
    names = Counter(t.name for t in instance.tables)
    for table in instance.tables:
        if not table.name.strip():
            raise RotationInputError("Chaque table doit avoir un nom.")
        if names[table.name] > 1:
            raise RotationInputError(f"Deux tables portent le même nom « {table.name} ».")
        if table.capacity < 1:
            raise RotationInputError(
                f"La table « {table.name} » doit avoir au moins une place "
                f"(capacité reçue : {table.capacity})."
            )
    ids = Counter(p.id for p in instance.participants)
    for person in instance.participants:
        if not person.id.strip():
            raise RotationInputError("Chaque participant doit avoir un identifiant.")
        if ids[person.id] > 1:
            raise RotationInputError(f"L'identifiant « {person.id} » figure deux fois.")
    _check_links(instance, set(ids))
    _check_pins_and_absences(instance, set(ids), set(names))
    _check_history(instance)


def _unknown(kind: str, participant_id: str) -> RotationInputError:
    return RotationInputError(f"{kind} : participant inconnu « {participant_id} ».")


def _check_links(instance: Instance, known: set[str]) -> None:
    for kind, groups in (
        ("Personnes à séparer", instance.keep_apart),
        ("Personnes à garder ensemble", instance.keep_together),
    ):
        for group in groups:
            if len(group) < 2:
                raise RotationInputError(f"{kind} : il faut au moins deux personnes par groupe.")
            if len(set(group)) < len(group):
                raise RotationInputError(f"{kind} : une même personne figure deux fois.")
            for participant_id in group:
                if participant_id not in known:
                    raise _unknown(kind, participant_id)


def _check_pins_and_absences(instance: Instance, known: set[str], tables: set[str]) -> None:
    seen: dict[str, str] = {}
    for pin in instance.pinned:
        if pin.participant not in known:
            raise _unknown("Personnes fixées à une table", pin.participant)
        if pin.table not in tables:
            raise RotationInputError(
                f"« {pin.participant} » est fixé à une table inconnue « {pin.table} »."
            )
        previous = seen.setdefault(pin.participant, pin.table)
        if previous != pin.table:
            raise RotationInputError(
                f"« {pin.participant} » est fixé à deux tables : « {previous} » et « {pin.table} »."
            )
    for absence in instance.absent:
        if absence.participant not in known:
            raise _unknown("Absences", absence.participant)
        if not 1 <= absence.round <= instance.rounds:
            raise RotationInputError(
                f"Absence de « {absence.participant} » au tour {absence.round} : "
                f"les tours vont de 1 à {instance.rounds}."
            )


def _check_history(instance: Instance) -> None:
    for number, past in enumerate(instance.history, start=1):
        if past.tables and len(past.tables) != len(past.groups):
            raise RotationInputError(
                f"Historique, tour {number} : il faut un nom de table par groupe."
            )
        seen = Counter(pid for group in past.groups for pid in group)
        for participant_id, count in seen.items():
            if count > 1:
                raise RotationInputError(
                    f"Historique, tour {number} : « {participant_id} » figure dans "
                    "plusieurs groupes."
                )


def check_feasible(instance: Instance) -> None:
    """Raise :class:`RotationInfeasibleError` when the hard constraints cannot all hold."""
    capacity = {t.name: t.capacity for t in instance.tables}
    total = sum(capacity.values())
    largest = max(capacity.values())
    pins = pin_map(instance)
    groups = together_groups(instance)
    group_of = {pid: i for i, group in enumerate(groups) for pid in group}
    for group in groups:
        tables = {pins[pid] for pid in group if pid in pins}
        if len(tables) > 1:
            listed = " et ".join(f"« {t} »" for t in sorted(tables))
            raise RotationInfeasibleError(
                f"{_names(group)} doivent rester ensemble mais sont fixés à des tables "
                f"différentes ({listed})."
            )
    for pair in instance.keep_apart:
        for i, a in enumerate(pair):
            for b in pair[i + 1 :]:
                if group_of[a] == group_of[b]:
                    raise RotationInfeasibleError(
                        f"« {a} » et « {b} » doivent être séparés, mais ils doivent aussi "
                        "rester ensemble (directement, par d'autres personnes, ou parce qu'ils "
                        "sont fixés à la même table)."
                    )
    for r in range(1, instance.rounds + 1):
        present = [p.id for p in instance.participants if instance.is_present(p.id, r)]
        if len(present) > total:
            raise RotationInfeasibleError(
                f"Tour {r} : {len(present)} personnes présentes pour {total} places ; "
                "ajoutez des tables ou des places."
            )
        seated: Counter[str] = Counter()
        for group in groups:
            here = [pid for pid in group if instance.is_present(pid, r)]
            tables = {pins[pid] for pid in here if pid in pins}
            if tables:
                seated[next(iter(tables))] += len(here)
        for table, count in seated.items():
            if count > capacity[table]:
                raise RotationInfeasibleError(
                    f"Tour {r} : {count} personnes sont fixées à la table « {table} », "
                    f"qui n'a que {capacity[table]} places."
                )

        for group in groups:
            here = [pid for pid in group if instance.is_present(pid, r)]
            tables = {pins[pid] for pid in here if pid in pins}
            limit = capacity[next(iter(tables))] if tables else largest
            if len(here) > limit:
                where = (
                    f"la table « {next(iter(tables))} » n'a que {limit} places"
                    if tables
                    else f"aucune table n'a {len(here)} places"
                )
                raise RotationInfeasibleError(
                    f"Tour {r} : {_names(here)} doivent rester ensemble, mais {where}."
                )
        _check_somewhere_to_sit(instance, r, groups, pins)


def _check_somewhere_to_sit(
    instance: Instance, r: int, groups: list[list[str]], pins: dict[str, str]
) -> None:
    """Each group not pinned needs a table where no pinned person must be kept from it."""
    if not pins:
        return  # nobody is seated beforehand: every table is free
    people = {p.id: p for p in instance.participants}
    apart: dict[str, set[str]] = {}
    for linked in instance.keep_apart:
        for a in linked:
            apart.setdefault(a, set()).update(b for b in linked if b != a)
    separate = instance.options.separate_organisations
    units = [[pid for pid in g if instance.is_present(pid, r)] for g in groups]
    units = [u for u in units if u]
    orgs_of = [{organisation_key(people[pid].organisation) for pid in u} - {""} for u in units]
    org_units: Counter[str] = Counter(o for orgs in orgs_of for o in orgs)
    seated: dict[str, list[int]] = {}
    for i, unit in enumerate(units):
        pinned_to = next((pins[pid] for pid in unit if pid in pins), None)
        if pinned_to is not None:
            seated.setdefault(pinned_to, []).append(i)
    tables = len(instance.tables)
    for i, unit in enumerate(units):
        if any(pid in pins for pid in unit):
            continue
        enemies = set().union(*(apart.get(pid, set()) for pid in unit))
        free = 0
        for table in instance.tables:
            here = seated.get(table.name, [])
            if any(pid in enemies for j in here for pid in units[j]):
                continue
            crowded = separate and any(
                sum(1 for j in here if o in orgs_of[j]) >= -(-org_units[o] // tables)
                for o in orgs_of[i]
            )
            if not crowded:
                free += 1
        if free == 0:
            raise RotationInfeasibleError(
                f"Tour {r} : aucune table possible pour {_names(unit)} : chaque table accueille "
                "déjà une personne fixée dont il faut les séparer (collègue ou personne à "
                "séparer)."
            )


def _names(ids: list[str]) -> str:
    quoted = [f"« {pid} »" for pid in ids]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " et " + quoted[-1]


def warnings(instance: Instance) -> list[str]:
    """French notes on goals that cannot be fully met (shown to the trainer, not errors)."""
    notes: list[str] = []
    tables = len(instance.tables)
    if instance.options.world_cafe:
        visits = instance.rounds + sum(1 for past in instance.history if past.tables)
        if visits > tables:
            notes.append(
                f"World café : {visits} tours pour {tables} tables ; certaines "
                "personnes reviendront forcément à une table déjà visitée."
            )
    if instance.options.separate_organisations:
        notes.extend(_organisation_notes(instance, tables))
    known = {p.id for p in instance.participants}
    strangers = {pid for past in instance.history for group in past.groups for pid in group} - known
    if strangers:
        notes.append(
            f"Historique : {len(strangers)} identifiant(s) absent(s) de la liste des "
            "participants, ignoré(s)."
        )
    return notes


def _organisation_notes(instance: Instance, tables: int) -> list[str]:
    groups = together_groups(instance)
    people = {p.id: p for p in instance.participants}
    worst: dict[str, tuple[int, str]] = {}
    for r in range(1, instance.rounds + 1):
        units: Counter[str] = Counter()
        names: dict[str, str] = {}
        for group in groups:
            here = [people[pid] for pid in group if instance.is_present(pid, r)]
            keys = {organisation_key(p.organisation) for p in here}
            for p in here:
                if organisation_key(p.organisation):
                    names.setdefault(organisation_key(p.organisation), p.organisation.strip())
            for key in keys - {""}:
                units[key] += 1
        for key, count in units.items():
            if count > tables and count > worst.get(key, (0, ""))[0]:
                worst[key] = (count, names[key])
    notes = []
    for count, name in sorted(worst.values(), key=lambda v: v[1]):
        most = -(-count // tables)
        notes.append(
            f"L'organisation « {name} » compte jusqu'à {count} personnes présentes pour "
            f"{tables} tables : des collègues partageront une table ({most} au plus par table)."
        )
    return notes
