"""What a detector package needs to test itself against Bastion's own bar.

:class:`DetectorContract` is the contract-test kit every built-in detector runs
(see ``tests/detectors/test_contracts.py``) and a plugin can run unchanged;
docs/extending.md shows how. Importing it needs no test framework: its checks are
plain methods named ``test_*`` that pytest collects from a subclass.
:func:`scan_text` runs one detector on one text and returns its signals by category.
"""

from bastion.testing.detector_contract import ContractExample, DetectorContract
from bastion.testing.scan import rule_names, scan_text

__all__ = ["ContractExample", "DetectorContract", "rule_names", "scan_text"]
