"""ConvAbuse (EMNLP 2021): users' messages to two chatbots, rated by up to 8 annotators."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bastion.datasets.format import Example, Votes
from bastion.datasets.importers.base import Importer, make
from bastion.datasets.importers.readers import need, read_dicts

NAME = "convabuse"
MAPPING = """\
Per annotator, is_abuse -1/-2/-3 (mild/strong/very strong) = abusive, 1/0 (not/ambiguous) = not.
  harassment = 1 when more annotators chose abusive than not, 0 when fewer, 0.5 on a tie
  (votes.harassment = abusive annotators out of those who labelled).
  sexual = 1 when most annotators chose the sex_harassment type; 0 when the message is
  abusive by majority and no annotator chose sex_harassment; otherwise unknown
  (votes.sexual always given). A message that is not abusive says nothing about sexual.
Unknown: hate (the identity types racist/sexist/... are not mapped), and everything else.
Context: the agent's previous turn, the user's previous turn and the agent's turn the
user answers (parent last; "_" placeholders dropped). Surface ai_prompt.
Official train / valid (-> dev) / test splits.
"""
_SPLITS = {"train": "train", "valid": "dev", "test": "test"}
_ABUSIVE = ("-1", "-2", "-3")
_ALL = ("1", "0", *_ABUSIVE)


def _annotators(row: dict[str, str]) -> list[str]:
    names = sorted({key.split("_", 1)[0] for key in row if key.startswith("Annotator")})
    return [n for n in names if any(row.get(f"{n}_is_abuse.{v}") == "1" for v in _ALL)]


def _labels(
    row: dict[str, str], names: list[str]
) -> tuple[dict[str, int | float], dict[str, Votes]]:
    abusive = sum(any(row[f"{n}_is_abuse.{v}"] == "1" for v in _ABUSIVE) for n in names)
    sexual = sum(row.get(f"{n}_sex_harassment") == "1" for n in names)
    total = len(names)
    not_abusive = total - abusive
    harassment: int | float = 1 if abusive > not_abusive else 0 if abusive < not_abusive else 0.5
    labels: dict[str, int | float] = {"harassment": harassment}
    if sexual * 2 > total:
        labels["sexual"] = 1
    elif harassment == 1 and sexual == 0:
        labels["sexual"] = 0
    votes = {"harassment": Votes(abusive, total), "sexual": Votes(sexual, total)}
    return labels, votes


def load(root: Path) -> Iterator[Example]:
    for part, split in _SPLITS.items():
        (path,) = need(root, f"ConvAbuseEMNLP{part}.csv")
        for row in read_dicts(path):
            names = _annotators(row)
            if not names or not row["user"].strip():
                continue
            labels, votes = _labels(row, names)
            turns = (row[k].strip() for k in ("prev_agent", "prev_user", "agent"))
            context = tuple(t for t in turns if t and t != "_")
            yield make(
                NAME,
                row["example_id"].removesuffix(".0"),
                row["user"],
                labels,
                split=split,
                lang="en",
                surface="ai_prompt",
                votes=votes,
                annotators=tuple(names),
                context=context,
                bot=row["bot"],
            )


IMPORTER = Importer(
    name=NAME,
    licence="CC-BY-4.0",
    use="train",
    languages=("en",),
    label_mapping=MAPPING,
    load=load,
    caveats="Alana-bot data withheld by the authors; only CarbonBot and E.L.I.Z.A.",
)
