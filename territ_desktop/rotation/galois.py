"""Just enough of the finite field GF(p^k) to build spreads: the powers of a primitive element.

Elements are tuples of k coefficients over GF(p) (lowest degree first), the same vectors as
``affine`` numbers people with; multiplication is modulo a monic irreducible polynomial found by
trial division (the fields here have at most a thousand elements).
"""

from __future__ import annotations

from itertools import product

Vector = tuple[int, ...]


def primitive_powers(p: int, k: int) -> list[Vector]:
    """α^0, α^1, …, α^(p^k − 2) for a primitive element α of GF(p^k), k ≥ 2.

    That is every non-zero element once, in the order of its logarithm.
    """
    modulus = _irreducible(p, k)
    order = p**k - 1
    for candidate in product(range(p), repeat=k):
        if not any(candidate) or candidate == (1,) + (0,) * (k - 1):
            continue
        powers = [(1,) + (0,) * (k - 1)]
        x = candidate
        while x != powers[0] and len(powers) < order:
            powers.append(x)
            x = _multiply(x, candidate, modulus, p)
        if len(powers) == order and x == powers[0]:
            return powers
    raise ValueError(f"no primitive element found in GF({p}^{k})")  # cannot happen for a field


def _multiply(a: Vector, b: Vector, modulus: Vector, p: int) -> Vector:
    """a·b modulo the monic ``modulus`` (its coefficients below the leading 1)."""
    k = len(a)
    product_ = [0] * (2 * k - 1)
    for i, x in enumerate(a):
        if x:
            for j, y in enumerate(b):
                product_[i + j] = (product_[i + j] + x * y) % p
    for degree in range(2 * k - 2, k - 1, -1):
        lead = product_[degree]
        if lead:
            for i, c in enumerate(modulus):
                product_[degree - k + i] = (product_[degree - k + i] - lead * c) % p
    return tuple(product_[:k])


def _irreducible(p: int, k: int) -> Vector:
    """The first monic polynomial of degree k with no factor of degree 1 to k // 2."""
    for low in product(range(p), repeat=k):
        poly = (*low, 1)
        if low[0] and not any(
            _divides((*f, 1), poly, p)
            for degree in range(1, k // 2 + 1)
            for f in product(range(p), repeat=degree)
        ):
            return low
    raise ValueError(f"no irreducible polynomial of degree {k} over GF({p})")  # cannot happen


def _divides(divisor: Vector, poly: Vector, p: int) -> bool:
    """Whether the monic ``divisor`` divides ``poly`` (coefficients lowest degree first)."""
    rest = list(poly)
    d = len(divisor) - 1
    for degree in range(len(rest) - 1, d - 1, -1):
        lead = rest[degree]
        if lead:
            for i, c in enumerate(divisor):
                rest[degree - d + i] = (rest[degree - d + i] - lead * c) % p
    return not any(rest[:d])
