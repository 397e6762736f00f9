"""One importer per public source set; :data:`IMPORTERS` maps each folder name to it."""

from __future__ import annotations

from bastion.datasets.importers import (
    ailuminate_demo,
    arabic_osact4_lhsab,
    ban_pl,
    catqa_harmfulqa,
    coconot,
    cold_zh,
    convabuse,
    counterspeech_dynacounter_plf,
    davidson_hate_offensive,
    deepset_prompt_injections,
    diasafety,
    edos_sexism,
    ethos,
    fox_news_comments,
    gab_hate_corpus,
    gahd_de,
    germeval2018,
    germeval2025_violence,
    harmful_behaviors,
    hatebr,
    hatemojibuild,
    hateval2019,
    hatexplain_reconstructed,
    implicit_hate,
    injecguard_notinject,
    jailbreak_llms_itw,
    jigsaw_sentence_templates,
    jigsaw_toxic_samples,
    mlma,
    multijail,
    offcombr,
    offenseval_tr,
    olid,
    online_misogyny_eacl2021,
    reddit_cssrs_suicide,
    reddit_hate_subreddit_counterspeech,
    safetext,
    sdcnl_suicide_vs_depression,
    simplesafetytests,
    sms_smishing_5971,
    sms_spam,
    stormfront,
    tensor_trust,
    told_br,
    toxic_spans,
    toxicn_zh,
    toxigen_prompts,
    trac1_aggression,
    xsafety,
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
        edos_sexism,
        hatexplain_reconstructed,
        hatemojibuild,
        fox_news_comments,
        jigsaw_sentence_templates,
        gahd_de,
        cold_zh,
        ailuminate_demo,
        catqa_harmfulqa,
        multijail,
        coconot,
        diasafety,
        safetext,
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
        ban_pl,
        xsafety,
        counterspeech_dynacounter_plf,
        reddit_hate_subreddit_counterspeech,
        told_br,
        toxicn_zh,
        sdcnl_suicide_vs_depression,
    )
}
"""Every train set, then every eval set, each in the order of the shared data README."""


def get_importer(name: str) -> Importer:
    try:
        return IMPORTERS[name]
    except KeyError:
        known = ", ".join(sorted(IMPORTERS))
        raise SourceError(f"no importer for {name!r}; known sets: {known}") from None
