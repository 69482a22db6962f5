"""Errors of the rotation solver, each with a complete French sentence."""

from territ_desktop.domain.errors import UserError, ValidationError


class RotationInputError(ValidationError):
    """The instance is malformed: unknown identifier, missing field, wrong type..."""


class RotationInfeasibleError(UserError):
    """The hard constraints cannot all hold (not enough seats, contradictory constraints...)."""
