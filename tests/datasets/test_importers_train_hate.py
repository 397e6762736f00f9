"""New (2026-12) hate and identity train sets, on tiny synthetic files in each real format."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from bastion.datasets.format import Example, Votes
from bastion.datasets.importers import SourceError

Load = Callable[[str], dict[str, Example]]


def test_edos_sexism(source, load: Load) -> None:
    source(
        "edos-sexism/edos_labelled_aggregated.csv",
        "rewire_id,text,label_sexist,label_category,label_vector,split\n"
        "s-1,women should be beaten,sexist,"
        '"1. threats, plans to harm and incitement",1.1 threats of harm,train\n'
        "s-2,women cannot drive,sexist,2. derogation,2.1 descriptive attacks,dev\n"
        '"s-3","what a shitty day, [USER]",not sexist,none,none,test\n',
    )
    got = load("edos-sexism")
    assert got["s-1"].labels == {"hate": 1, "hate/threatening": 1}
    assert got["s-1"].slices["target_group"] == "women"
    assert got["s-1"].slices["vector"] == "1.1 threats of harm"
    assert got["s-2"].labels == {"hate": 1, "hate/threatening": 0}
    assert got["s-2"].split == "dev"
    assert got["s-3"].labels == {"hate": 0}  # only sexism was annotated
    assert got["s-3"].slices["negatives_partial"] == "1"
    assert "category" not in got["s-3"].slices and got["s-3"].split == "test"


def test_hatexplain_reconstructed(source, load: Load) -> None:
    head = (
        "post_id,platform,text,label,label_basis,annotator_labels,targets,official_split,"
        "source_copy\n"
    )
    source(
        "hatexplain-reconstructed/hatexplain_reconstructed.csv",
        head + "1_gab,gab,they are vermin,hatespeech,majority_of_3,hatespeech/hatespeech/"
        'offensive,"None,African",val,a\n'
        "2_twitter,twitter,shut up idiot,offensive,majority_of_3,offensive/offensive/normal,"
        "None,test,a\n"
        ",,nice day,normal,inferred_unanimous,,None,unknown(no post_id),b\n"
        "3_gab,gab,who knows,undecided,no_majority,hatespeech/offensive/normal,None,"
        "none(undecided),a\n",
    )
    got = load("hatexplain-reconstructed")
    assert got["1_gab"].labels == {"hate": 1}
    assert got["1_gab"].votes == {"hate": Votes(2, 3)}
    assert got["1_gab"].slices["target"] == "African" and got["1_gab"].split == "dev"
    assert got["2_twitter"].labels == {"hate": 0}
    assert got["2_twitter"].slices["negatives_partial"] == "1"
    assert got["row-3"].labels == {"hate": 0, "harassment": 0, "profanity": 0}
    assert got["row-3"].votes is None and "target" not in got["row-3"].slices
    assert "3_gab" not in got  # no majority


def test_hatemojibuild(source, load: Load) -> None:
    head = (
        "entry_id,text,type,target,round.base,round.set,set,split,label_gold,matched_text,"
        "matched_id\n"
    )
    source(
        "hatemojibuild/train.csv",
        head + "0,I would love to 🔪 some 👳🏾,threateninglanguage,\"['arab', 'mus']\",5,5a,"
        "original,train,1,x,1\n"
        "1,I would love to 🔪 some 🦊,none,['none'],5,5b,perturbation,train,0,y,0\n",
    )
    source(
        "hatemojibuild/validation.csv",
        head + "4,🐀 are 👩,derogation,['wom'],6,6a,original,dev,1,z,9\n",
    )
    source("hatemojibuild/test.csv", head)
    got = load("hatemojibuild")
    assert got["0"].labels == {"hate": 1, "hate/threatening": 1}
    assert got["0"].slices["target"] == "arab,mus" and got["0"].slices["pair"] == "0"
    assert got["1"].labels == {"hate": 0}
    assert got["1"].slices["pair"] == "0" and got["1"].slices["set"] == "perturbation"
    assert got["1"].slices["negatives_partial"] == "1" and "target" not in got["1"].slices
    assert got["4"].labels == {"hate": 1, "hate/threatening": 0}
    assert got["4"].split == "dev" and got["4"].slices["round"] == "6a"
    source("hatemojibuild/test.csv", head + "5,x y,none,[broken,5,5a,original,test,0,x,6\n")
    with pytest.raises(SourceError, match="not a Python list"):
        load("hatemojibuild")


def test_fox_news_comments(source, load: Load) -> None:
    rows = [
        {
            "idx": 0,
            "title": "Bathroom law",
            "meta": "A law passed.",
            "prev": "",
            "text": "They are perverts",
            "succ": "next one",
            "label": 1,
        },
        {
            "idx": 1,
            "title": "Bathroom law",
            "meta": "A law passed.",
            "prev": "They are perverts",
            "text": "Calm down, idiot",
            "succ": "",
            "label": 0,
        },
        {
            "idx": 2,
            "title": "Food stamps",
            "meta": "",
            "prev": "",
            "text": "Fine by me",
            "succ": "",
            "label": 0,
        },
    ]
    source(
        "fox-news-comments/fox_news_comments.no_user.jsonl",
        "".join(json.dumps(r) + "\n" for r in rows),
    )
    got = load("fox-news-comments")
    assert got["0"].labels == {"hate": 1} and got["0"].context == ("Bathroom law", "A law passed.")
    assert got["1"].labels == {"hate": 0} and got["1"].slices["negatives_partial"] == "1"
    assert got["1"].context == ("Bathroom law", "A law passed.", "They are perverts")
    assert got["2"].slices["article"] == "2" and got["2"].context == ("Food stamps",)


def test_jigsaw_sentence_templates(source, load: Load) -> None:
    head = "template,toxicity,phrase\n"
    source(
        "jigsaw-sentence-templates/en_sentence_templates.csv",
        head + "name_adj,toxic,Nithum is a vile sikh\nname_adj,nontoxic,Sulin is a nice muslim\n"
        "you_occupation,toxic,You are a dumb web designer\n",
    )
    source("jigsaw-sentence-templates/de_sentence_templates.csv", head)
    source("jigsaw-sentence-templates/nl_sentence_templates.csv", head)
    source(
        "jigsaw-sentence-templates/hi-Latn_sentence_templates.csv",
        head + "i_hate_identity_people,toxic,mujhe chini logon say nafrat ha\n",
    )
    source(
        "jigsaw-sentence-templates/zh-cn_sentence_templates.csv",
        head + "am_identity,nontoxic,我是德国人\n",
    )
    got = load("jigsaw-sentence-templates")
    assert got["en-1"].labels == {"hate": 1}
    assert got["en-1"].slices["synthetic"] == "1" and got["en-1"].slices["template"] == "name_adj"
    assert got["en-2"].labels == {"hate": 0, "harassment": 0}
    assert got["en-3"].labels == {"harassment": 1, "hate": 0}  # an occupation is not protected
    assert got["hi-Latn-1"].slices["lang"] == "hi" and got["hi-Latn-1"].labels == {"hate": 1}
    assert got["zh-cn-1"].slices["lang"] == "zh"


def test_gahd_de_leaves_out_translations_and_their_edits(source, load: Load) -> None:
    head = (
        "gahd_id,text,label,round,source,split,contrastive_gahd_id,model_prediction,"
        "annotator_id,annotator_labels,expert_labels\n"
    )
    source(
        "gahd-de/gahd_disaggregated.csv",
        head + "a1,Die sind Ungeziefer,1,R1,dynabench,train,,0,x,1/1/0,\n"
        "a2,Ich liebe Inder,0,R2,contrastive,dev,a1,1,x,0,\n"
        "a3,Der Bundestag tagte,0,R3,news,test,,1,x,0,\n"
        "t1,übersetzter Hass,1,R1,translation,train,,0,x,1,\n"
        "t2,übersetzter Nicht-Hass,0,R1,contrastive,train,t1,0,x,0,\n"
        "a4, ,0,R4,dynabench,train,,0,x,0,\n",
    )
    got = load("gahd-de")
    assert set(got) == {"a1", "a2", "a3"}
    assert got["a1"].labels == {"hate": 1} and got["a1"].votes == {"hate": Votes(2, 3)}
    assert got["a2"].labels == {"hate": 0} and got["a2"].slices["negatives_partial"] == "1"
    assert got["a2"].slices["pair"] == "a1" and got["a2"].split == "dev"
    assert got["a3"].labels == {"hate": 0} and "negatives_partial" not in got["a3"].slices


def test_cold_zh(source, load: Load) -> None:
    head = "\ufeff,split,topic,label,TEXT\n"
    source(
        "cold-zh/train.csv",
        head + "7,train,race,1,黑人都是懒鬼\n7,train,region,1,河南人偷井盖\n"
        "9,train,gender,0,今天天气不错\n10,train,race,1,测试文本重复\n11,train,race,0,冲突文本\n",
    )
    source("cold-zh/dev.csv", head + "1,train,gender,1,女的都不行\n")
    source(
        "cold-zh/test.csv",
        "\ufeff,split,topic,label,fine-grained-label,TEXT\n"
        "1,test,gender,1,1,这个女的也太恶心了\n2,test,region,1,2,上海人都小气\n"
        "3,test,race,0,3,不要歧视黑人\n4,test,race,1,2,测试文本重复\n5,test,race,1,2,冲突文本\n",
    )
    got = load("cold-zh")
    assert got["train-1"].labels == {"hate": 1}
    assert got["train-2"].labels == {"harassment": 1}  # "train-2": same "" index, own id
    assert got["train-3"].labels == {"hate": 0, "harassment": 0, "profanity": 0}
    assert got["dev-1"].labels == {"hate": 1} and got["dev-1"].split == "dev"
    assert got["test-1"].labels == {"harassment": 1}
    assert got["test-1"].slices["fine_label"] == "attack individual"
    assert got["test-2"].labels == {"harassment": 1}  # regional origin is not protected
    assert got["test-3"].labels == {"hate": 0, "harassment": 0, "profanity": 0}
    assert got["test-3"].slices["fine_label"] == "anti-bias"
    assert "train-4" not in got and got["test-4"].split == "test"  # the test copy wins
    assert "train-5" not in got and "test-5" not in got  # copies disagree
