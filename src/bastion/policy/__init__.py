"""Policy as code: schema, loading with located errors, and evaluation."""

from bastion.policy.evaluate import PolicyEvaluator, Ruling
from bastion.policy.loader import (
    LoadedPolicy,
    PolicyError,
    PolicyProblem,
    load_policy,
    shipped_policy_path,
)
from bastion.policy.schema import DEFAULT_SURFACE, Policy

__all__ = [
    "DEFAULT_SURFACE",
    "LoadedPolicy",
    "Policy",
    "PolicyError",
    "PolicyEvaluator",
    "PolicyProblem",
    "Ruling",
    "load_policy",
    "shipped_policy_path",
]
