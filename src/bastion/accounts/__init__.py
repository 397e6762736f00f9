"""Accounts: the strike ledger per author and the account actions it escalates to.

Owns the ``strikes`` and ``account_actions`` tables. Strikes come from decisions
the policy enforced (:class:`~bastion.accounts.enforcement.StrikeRecording`, a
decision-log hook) and from reviewers' ``violating`` verdicts (the review queue);
account actions from reviewers and from the policy's escalation ladder. Appeals
lift them; compliance states them in statements of reasons and counts them in the
transparency report, reading them through :class:`~bastion.accounts.ledger.StrikeLedger`.
"""

from bastion.accounts.ledger import (
    AccountActionRecord,
    StrikeLedger,
    StrikeRecord,
    Violation,
    actioned_decision_ids,
)

__all__ = [
    "AccountActionRecord",
    "StrikeLedger",
    "StrikeRecord",
    "Violation",
    "actioned_decision_ids",
]
