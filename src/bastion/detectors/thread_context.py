"""Thread context: a short reply that endorses a threatening or hateful parent.

"me too", "do it", "agreed" are harmless alone and harmful under "I'm going to
kill you" or "immigrants are parasites". This detector reads the thread
(``context.thread``) with the threat, slur and derogation lexicons and, when
the reply is a short endorsement, passes the thread's scores on, discounted. It
misses endorsements phrased otherwise; the trained models also read a short
reply together with its parent.
"""

from __future__ import annotations

import re

from bastion.artifacts import Artifacts
from bastion.detectors.base import Detector
from bastion.detectors.derogation import DerogationPatterns
from bastion.detectors.slurs import SlurLexicon
from bastion.detectors.threats import ThreatPatterns
from bastion.types import Evidence, Item, Signal

MAX_REPLY_CHARS = 60
DISCOUNT = 0.85
ENDORSEMENT = re.compile(
    r"^\W*(?:me too|same(?: here)?|agreed?|i agree|this|exactly|yes+|yeah|yep|do it|"
    r"\+1|100 ?%|so true|true|facts|real|based|finally someone said it|let'?s go|"
    r"count me in|i'?m in|ja|genau|stimmt|sí|si|claro|yo también|moi aussi|d'accord|"
    r"evet|aynen|também|eu também|anch'?io)\b[\W\w]{0,25}$",
    re.IGNORECASE,
)


class ThreadContext(Detector):
    name = "thread_context"
    version = "1.1.0"
    categories = ("harassment/threatening", "violence", "hate/threatening", "hate")

    def __init__(self) -> None:
        self.readers: list[Detector] = [ThreatPatterns(), SlurLexicon(), DerogationPatterns()]

    def detect(self, artifacts: Artifacts) -> list[Signal]:
        text, context = artifacts.text, artifacts.context
        scores = dict.fromkeys(self.categories, 0.0)
        endorses = (
            text is not None
            and context is not None
            and len(text.original) <= MAX_REPLY_CHARS
            and ENDORSEMENT.match(text.canonical.text.strip()) is not None
        )
        if endorses and text is not None and context is not None:
            thread = Artifacts(
                item=Item(id="thread", text=context.original), text=context, context=None
            )
            for reader in self.readers:
                for signal in reader.run(thread):
                    if signal.category in scores and signal.score:
                        scores[signal.category] = max(
                            scores[signal.category], DISCOUNT * signal.score
                        )
        return [
            self.signal(
                category,
                score,
                [
                    Evidence(
                        part="text",
                        span=(0, len(text.original)),
                        rule=f"{self.name}:endorses-thread",
                    )
                ]
                if score > 0 and text is not None
                else [],
            )
            for category, score in scores.items()
        ]
