"""The small-group rotation solver: pure functions over plain values, seeded, Qt-free.

Typical use::

    result = solve(instance, seed=1, time_limit=5.0, progress=callback)
    result.plan.rounds[0]["Accès aux soins et aux droits"]  # identifiers at that table
    score_plan(instance, edited_plan)                       # score any plan from scratch

See ``docs/rotations-json.md`` for the JSON form used by ``territ rotations solve``.
"""

from territ_desktop.rotation.bounds import proven_optimal
from territ_desktop.rotation.errors import RotationInfeasibleError, RotationInputError
from territ_desktop.rotation.json_io import (
    instance_from_json,
    instance_to_json,
    plan_from_json,
    plan_to_json,
    score_to_json,
    solve_json,
)
from territ_desktop.rotation.model import (
    Absence,
    Instance,
    Mode,
    Options,
    PastRound,
    Person,
    Pin,
    Plan,
    ProgressCallback,
    Result,
    Score,
    Table,
)
from territ_desktop.rotation.replan import replan, with_changes
from territ_desktop.rotation.score import score_plan
from territ_desktop.rotation.solver import greedy_plan, solve, time_budget
from territ_desktop.rotation.validate import validate

__all__ = [
    "Absence",
    "Instance",
    "Mode",
    "Options",
    "PastRound",
    "Person",
    "Pin",
    "Plan",
    "ProgressCallback",
    "Result",
    "RotationInfeasibleError",
    "RotationInputError",
    "Score",
    "Table",
    "greedy_plan",
    "instance_from_json",
    "instance_to_json",
    "plan_from_json",
    "plan_to_json",
    "proven_optimal",
    "replan",
    "score_plan",
    "score_to_json",
    "solve",
    "solve_json",
    "time_budget",
    "validate",
    "with_changes",
]
