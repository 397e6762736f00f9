"""The period's statements of reasons, counted rather than listed: what the report reads.

The transparency report counts measures; it needs each statement's counted fields,
not ten million statements in memory. Most decisions are alike in every field a
statement counts - same policy version, action, surfaces, audience, automation
flags and flagged category - and nobody reviewed, appealed, reported or actioned
them afterwards. The decision log groups those in SQL
(:meth:`~bastion.store.DecisionLog.shapes`); one statement is built for a
representative of each group and counted as many times as the group holds. Every
other decision (a human was involved, a notice led to it, an account action
followed, or it flagged several categories) is read whole and built as
:func:`~bastion.comply.statements.statements` builds it; so are the account
actions the strike escalation applied. The counts equal those of building every
statement (a test checks it on random logs); memory holds the groups, not the
decisions. The statements are counted, never sent, so they skip the schema check
(:func:`~bastion.comply.statements.statements` validates every one it exports).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import Engine, select, union
from sqlalchemy.sql import Select

from bastion.accounts import actioned_decision_ids
from bastion.comply.cases import Case, CaseReader, Period, policy_for
from bastion.comply.mapping import StatementOptions
from bastion.comply.statements import BuiltStatement, build_statement
from bastion.comply.tables import dsa_notices
from bastion.policy.schema import Policy
from bastion.review.records import reviewed_decision_ids
from bastion.store import DecisionFilter

__all__ = ["Counted", "counted_statements"]

_BATCH = 500


@dataclass(frozen=True)
class Counted:
    """A statement standing for ``count`` decisions (1 when it was built for its own)."""

    built: BuiltStatement
    count: int = 1


def _apart() -> Select[tuple[str]]:
    """Decisions a statement must be built for one by one (see module doc)."""
    noticed = select(dsa_notices.c.decision_id).where(dsa_notices.c.decision_id.is_not(None))
    ids = union(reviewed_decision_ids(), actioned_decision_ids(), noticed).subquery()
    return select(ids.c[0])


def counted_statements(
    engine: Engine, period: Period, policy: Policy, options: StatementOptions | None = None
) -> Iterator[Counted]:
    """Every decision of ``period`` counted under its statement (or reason for none), then
    each account action the strike escalation applied in ``period``."""
    from bastion.comply.account_statements import build_account_statement

    policies: dict[str, Policy] = {}

    def policy_of(case: Case) -> Policy:
        version = str(case.record.get("policy_version"))
        if version not in policies:
            policies[version] = policy_for(engine, version, policy)
        return policies[version]

    reader = CaseReader(engine)
    where = DecisionFilter(since=period.lower, until=period.upper)
    apart: list[str] = []
    for shape in reader.log.shapes(where, _apart()):
        if shape.apart:
            apart.append(shape.sample_id)
            if len(apart) == _BATCH:
                yield from _each(reader, apart, policy_of, options)
                apart = []
            continue
        (case,) = reader.by_id([shape.sample_id]).values()
        yield Counted(build_statement(case, policy_of(case), options, validate=False), shape.count)
    yield from _each(reader, apart, policy_of, options)
    escalations = [
        a
        for a in reader.ledger.actions(applied_from=period.lower, applied_before=period.upper)
        if a.source == "policy" and a.decision_id is not None
    ]
    cases = reader.by_id([str(a.decision_id) for a in escalations])
    for action in escalations:
        found = cases.get(str(action.decision_id))
        if found is not None:
            yield Counted(build_account_statement(action, found, policy_of(found), options))


def _each(
    reader: CaseReader,
    ids: list[str],
    policy_of: Callable[[Case], Policy],
    options: StatementOptions | None,
) -> Iterator[Counted]:
    for case in reader.by_id(ids).values():
        yield Counted(build_statement(case, policy_of(case), options, validate=False))
