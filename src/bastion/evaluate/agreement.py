"""Agreement between human judgements: reviewers with each other, reviews with decisions.

* :func:`cohen_kappa` - two raters, every item rated by both.
* :func:`krippendorff_alpha` - any number of raters, missing ratings allowed
  (nominal data): the measure for a review queue where each item gets one to
  three verdicts.
* :func:`overturn_rate` - the share of first decisions a later review (or
  appeal) changed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from itertools import permutations

__all__ = ["cohen_kappa", "krippendorff_alpha", "overturn_rate"]


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """(observed - chance agreement) / (1 - chance agreement); NaN when undefined."""
    if len(a) != len(b):
        raise ValueError(f"the two raters rated {len(a)} and {len(b)} items; pair them first")
    n = len(a)
    if n == 0:
        return float("nan")
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    chance = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return (observed - chance) / (1 - chance) if chance < 1 else float("nan")


def krippendorff_alpha(units: Sequence[Sequence[Hashable | None]]) -> float:
    """Nominal Krippendorff's alpha; ``units[i]`` holds item i's ratings (None: not rated).

    Units with fewer than two ratings carry no information about agreement and
    are left out, as the coefficient prescribes.
    """
    coincidences: dict[tuple[Hashable, Hashable], float] = defaultdict(float)
    for unit in units:
        values = [v for v in unit if v is not None]
        m = len(values)
        if m < 2:
            continue
        for x, y in permutations(values, 2):
            coincidences[(x, y)] += 1 / (m - 1)
    total = sum(coincidences.values())
    if total == 0:
        return float("nan")
    marginals: dict[Hashable, float] = defaultdict(float)
    for (x, _), weight in coincidences.items():
        marginals[x] += weight
    observed = sum(w for (x, y), w in coincidences.items() if x != y)
    expected = sum(marginals[x] * marginals[y] for x in marginals for y in marginals if x != y)
    expected /= total - 1
    return 1 - observed / expected if expected else float("nan")


def overturn_rate(first: Sequence[Hashable], final: Sequence[Hashable]) -> float:
    """Share of items whose final outcome differs from the first decision."""
    if len(first) != len(final):
        raise ValueError("first and final outcomes must be paired item by item")
    return sum(a != b for a, b in zip(first, final, strict=True)) / len(first) if first else 0.0
