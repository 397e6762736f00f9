"""EU DSA compliance: statements of reasons, user notices, transparency report, audit, retention.

Reads the decision log and the review tables; writes only its own tables
(``sor_statements``, ``dsa_notices``, ``retention_runs``). See docs/compliance.md.
"""

from bastion.comply.audit_export import export_audit_trail, verify_export
from bastion.comply.cases import Case, Period, load_cases
from bastion.comply.mapping import StatementOptions
from bastion.comply.report import TransparencyReport, build_report
from bastion.comply.retention import run_retention
from bastion.comply.schema import STATEMENT_SCHEMA, StatementInvalidError, check_statement
from bastion.comply.statements import BuiltStatement, build_statement, statements
from bastion.comply.submit import SubmissionError, TransparencyClient
from bastion.comply.user_notice import UserNotice, user_notice

__all__ = [
    "STATEMENT_SCHEMA",
    "BuiltStatement",
    "Case",
    "Period",
    "StatementInvalidError",
    "StatementOptions",
    "SubmissionError",
    "TransparencyClient",
    "TransparencyReport",
    "UserNotice",
    "build_report",
    "build_statement",
    "check_statement",
    "export_audit_trail",
    "load_cases",
    "run_retention",
    "statements",
    "user_notice",
    "verify_export",
]
