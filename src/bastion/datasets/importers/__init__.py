"""One importer per public source set; :data:`IMPORTERS` maps each folder name to it."""

from __future__ import annotations

from bastion.datasets.importers import (
    arabic_osact4_lhsab,
    convabuse,
    davidson_hate_offensive,
    deepset_prompt_injections,
    ethos,
    gab_hate_corpus,
    germeval2018,
    germeval2025_violence,
    harmful_behaviors,
    hatebr,
    hateval2019,
    implicit_hate,
    injecguard_notinject,
    jailbreak_llms_itw,
    jigsaw_toxic_samples,
    mlma,
    offcombr,
    offenseval_tr,
    olid,
    online_misogyny_eacl2021,
    reddit_cssrs_suicide,
    simplesafetytests,
    sms_smishing_5971,
    sms_spam,
    stormfront,
    tensor_trust,
    toxic_spans,
    toxigen_prompts,
    trac1_aggression,
    youtube_spam,
)
from bastion.datasets.importers.base import Importer, SourceError

__all__ = ["IMPORTERS", "Importer", "SourceError", "get_importer"]

IMPORTERS: dict[str, Importer] = {
    module.IMPORTER.name: module.IMPORTER
    for module in (
        davidson_hate_offensive,
        convabuse,
        mlma,
        toxic_spans,
        trac1_aggression,
        online_misogyny_eacl2021,
        toxigen_prompts,
        germeval2018,
        offenseval_tr,
        reddit_cssrs_suicide,
        simplesafetytests,
        harmful_behaviors,
        jailbreak_llms_itw,
        deepset_prompt_injections,
        injecguard_notinject,
        sms_spam,
        sms_smishing_5971,
        youtube_spam,
        stormfront,
        ethos,
        olid,
        gab_hate_corpus,
        implicit_hate,
        jigsaw_toxic_samples,
        hateval2019,
        hatebr,
        offcombr,
        arabic_osact4_lhsab,
        germeval2025_violence,
        tensor_trust,
    )
}
"""Train sets first, then eval sets, in the order of the shared data README."""


def get_importer(name: str) -> Importer:
    try:
        return IMPORTERS[name]
    except KeyError:
        known = ", ".join(sorted(IMPORTERS))
        raise SourceError(f"no importer for {name!r}; known sets: {known}") from None
