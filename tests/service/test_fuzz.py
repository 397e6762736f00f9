"""Fuzz the API from its own OpenAPI schema with schemathesis: no 500s, precise 4xx.

Schemathesis reads /openapi.json from a real server and sends schema-derived
valid and invalid requests (wrong types, missing fields, boundary values,
undeclared methods, no key); every response must be a documented status with
a body that matches the documented schema.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
    "positive_data_acceptance",
    "missing_required_header",
    "unsupported_method",
    "allow_header_conformance",
    "ignored_auth",
)
CONFIG = "\n".join(
    [
        "[phases.coverage]",
        'unexpected-methods = ["DELETE", "PATCH"]',
        "[checks]",
        *(f"{check}.enabled = true" for check in CHECKS),
        # A candidate policy is any JSON object or YAML text by schema; the policy's own
        # schema then rejects most of what is generated, as it should, with a located 422.
        "[[operations]]",
        'include-path = "/v1/policies/dry-run"',
        "checks.positive_data_acceptance.enabled = false",
        # Whether a media path is accepted depends on the deployment's media folders
        # (media_roots, none here), which no schema can say: a located 422 is right.
        "[[operations]]",
        'include-path-regex = "^/v1/items(/batch)?$"',
        'include-method = "POST"',
        "checks.positive_data_acceptance.enabled = false",
    ]
)


def test_schemathesis_finds_no_failures(sqlite_url, live_factory, tools, tmp_path: Path) -> None:
    config = tmp_path / "schemathesis.toml"
    config.write_text(CONFIG)
    with live_factory(sqlite_url, webhook_secret="fuzz-secret") as live:
        result = subprocess.run(
            [
                str(Path(tools.BASTION).with_name("st")),
                "--config-file",
                str(config),
                "--no-color",
                "run",
                f"{live.url}/openapi.json",
                "--header",
                f"Authorization: Bearer {live.keys['admin']}",
                "--phases",
                "examples,coverage,fuzzing",
                "--max-examples",
                "10",
                "--workers",
                "1",
                "--seed",
                "20261125",
                "--generation-database",
                "none",
                "--no-shrink",
                "--request-timeout",
                "20",
            ],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=tmp_path,
        )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-8000:]
    print(output[-3000:])
    # Every operation of the schema was tested (the count grows with the API).
    selected = re.search(r"Operations:\s+(\d+) selected", output)
    assert selected is not None and f"Tested: {selected.group(1)}" in output
