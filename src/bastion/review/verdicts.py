"""A reviewer's verdict, checked against the shared vocabulary before it is recorded.

A verdict carries the enforcement that follows from it (:mod:`bastion.types`):
``violating`` restricts the item with one of :data:`~bastion.types.REVIEWER_ACTIONS`
(``block`` when none is named) and may add an account action against the author;
``not_violating`` restricts nothing; ``escalate`` applies nothing. Anything else
is refused with 422, so a statement of reasons can only state what was applied.
"""

from __future__ import annotations

from dataclasses import dataclass

from bastion import taxonomy
from bastion.review.model import ReviewError
from bastion.types import REVIEWER_ACTIONS, AccountAction, Action, Severity, Verdict

__all__ = ["MAX_RATIONALE", "CheckedVerdict", "VerdictIn", "invalid_verdict"]

MAX_RATIONALE = 2000


def invalid_verdict(message: str) -> ReviewError:
    return ReviewError(422, "invalid_verdict", message)


_invalid = invalid_verdict


@dataclass(frozen=True)
class CheckedVerdict:
    """A verdict in the shared vocabulary, consistent with the enforcement it carries."""

    verdict: Verdict
    category: str | None
    severity: Severity | None
    rationale: str | None
    action: Action | None
    """The content action: one of REVIEWER_ACTIONS when violating, ``allow`` when not."""
    account_action: AccountAction | None = None


@dataclass(frozen=True)
class VerdictIn:
    """A reviewer's judgement, as submitted; :meth:`checked` validates it (422 on error).

    ``action`` may also name an account action (``suspend_account``): that is the
    content removed (``block``) and the account action applied, as documented before
    account actions had their own field.
    """

    verdict: str
    category: str | None = None
    severity: int | None = None
    rationale: str | None = None
    action: str | None = None
    account_action: str | None = None

    def checked(self) -> CheckedVerdict:
        if self.verdict not in set(Verdict):
            choices = ", ".join(Verdict)
            raise _invalid(f"verdict must be one of {choices}, not {self.verdict!r}")
        verdict = Verdict(self.verdict)
        category = self.category or None
        if category is not None and not taxonomy.is_category(category):
            raise _invalid(f"category {category!r} is not a category key (e.g. hate, scam)")
        if verdict is Verdict.VIOLATING and category is None:
            raise _invalid("a 'violating' verdict needs the category it violates")
        severity = None
        if self.severity is not None:
            try:
                severity = Severity.from_rank(self.severity)
            except ValueError as exc:
                raise _invalid(str(exc)) from exc
        if verdict is Verdict.VIOLATING and severity is None:
            raise _invalid("a 'violating' verdict needs a severity from 1 (low) to 4 (critical)")
        rationale = (self.rationale or "").strip() or None
        if rationale is not None and len(rationale) > MAX_RATIONALE:
            raise _invalid(f"the rationale is limited to {MAX_RATIONALE} characters")
        if verdict is Verdict.ESCALATE and rationale is None:
            raise _invalid("say briefly why you escalate (rationale)")
        action, account = _enforcement(verdict, self.action or None, self.account_action or None)
        return CheckedVerdict(
            verdict,
            category,
            severity if verdict is Verdict.VIOLATING else None,
            rationale,
            action,
            account,
        )


def _enforcement(
    verdict: Verdict, action: str | None, account: str | None
) -> tuple[Action | None, AccountAction | None]:
    """The content and account action a verdict applies, or 422 when they contradict it."""
    accounts = {a.value for a in AccountAction}
    if action in accounts:
        if account is not None:
            raise _invalid("name the account action once (account_action), not also as action")
        action, account = None, action
    if account is not None and account not in accounts:
        raise _invalid(f"account_action must be one of {', '.join(AccountAction)}")
    if action is not None and action not in {a.value for a in Action}:
        raise _invalid(
            f"action must be one of {', '.join(Action)} (or an account action), not {action!r}"
        )
    if verdict is Verdict.ESCALATE:
        if action is not None or account is not None:
            raise _invalid("an escalation applies no action: a senior reviewer decides")
        return None, None
    if verdict is Verdict.NOT_VIOLATING:
        if action not in (None, Action.ALLOW) or account is not None:
            raise _invalid(
                f"a 'not_violating' verdict restricts nothing: action must be allow, not {action!r}"
            )
        return Action.ALLOW, None
    allowed = {a.value for a in REVIEWER_ACTIONS}
    if action is not None and action not in allowed:
        raise _invalid(
            f"a 'violating' verdict restricts the item: action must be one of "
            f"{', '.join(sorted(allowed))}, not {action!r}"
        )
    return Action(action or Action.BLOCK), AccountAction(account) if account else None
