"""Hash banks: known media, matched by PDQ image hash or Chromaprint audio fingerprint.

A bank has a kind (``pdq`` or ``chromaprint``), a taxonomy category that its
matches carry (usually ``known-match``), and a match threshold. Entries are
added as hashes or computed from files; matches can be confirmed or
deconfirmed by a reviewer, and a deconfirmed match stops matching.
"""

from __future__ import annotations

from bastion.banks.store import Bank, BankError, BankMatch, BankStore, Entry

__all__ = ["Bank", "BankError", "BankMatch", "BankStore", "Entry"]
