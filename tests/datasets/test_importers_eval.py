"""Eval-set importers on tiny synthetic files in each source's real format."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from bastion.datasets.format import Example, Votes
from bastion.datasets.importers import SourceError

Load = Callable[[str], dict[str, Example]]


def test_stormfront(source, load: Load) -> None:
    source(
        "stormfront/stormfront_sentences.csv",
        "file_id,comment_id,sentence_no,user_id,subforum_id,num_contexts,label,split,text\n"
        "1_1,1,1,99,5,0,hate,train,They are vermin .\n"
        "1_2,1,2,99,5,0,noHate,,The meeting is at noon .\n"
        "1_3,1,3,99,5,1,relation,,And them too .\n"
        "2_1,2,1,98,5,0,noHate,test,Hello all .\n",
    )
    got = load("stormfront")
    assert got["1_1"].labels == {"hate": 1} and got["1_1"].slices["sample"] == "balanced"
    assert got["1_2"].labels == {"hate": 0} and got["1_2"].split == "train"
    assert "1_3" not in got
    assert got["2_1"].split == "test"
    assert "99" not in json.dumps([e.to_json() for e in got.values()])


def test_ethos_keeps_soft_labels_and_joins_multilabel(source, load: Load) -> None:
    source(
        "ethos/Ethos_Dataset_Binary.csv",
        "comment;isHate\nKill them all;0.9\nMaybe rude;0.4\nNice video;0.0\n",
    )
    source(
        "ethos/Ethos_Dataset_Multi_Label.csv",
        "comment;violence;directed_vs_generalized;gender;race;national_origin;disability;"
        "religion;sexual_orientation\nKill them all;1;0.2;0;0.8;0;0;0.6;0\n",
    )
    got = load("ethos")
    assert got["1"].labels == {"hate": 0.9, "hate/threatening": 1}
    assert got["1"].slices["target_group"] == "race,religion"
    assert got["1"].slices["directed"] == "no"
    assert got["2"].labels == {"hate": 0.4}
    assert got["3"].labels == {"hate": 0}


def test_olid(source, load: Load) -> None:
    source(
        "olid/olid-training-v1.0.tsv",
        "id\ttweet\tsubtask_a\tsubtask_b\tsubtask_c\n"
        '1\t@USER you "idiot"\tOFF\tTIN\tIND\n2\tthis is shit\tOFF\tUNT\tNULL\n'
        "3\tnice\tNOT\tNULL\tNULL\n",
    )
    source("olid/testset-levela.tsv", "id\ttweet\n10\tthey are trash\n11\thello\n")
    source("olid/labels-levela.csv", "10,OFF\n11,NOT\n")
    source("olid/labels-levelb.csv", "id,subtask_b\r10,TIN\r")  # the real file has CR endings
    source("olid/labels-levelc.csv", "id,subtask_c\r10,GRP\r")
    got = load("olid")
    assert got["1"].labels == {"harassment": 1}
    assert got["1"].slices["target"] == "individual"
    assert got["2"].labels == {"profanity": 1, "harassment": 0}
    assert got["3"].labels == {"harassment": 0, "hate": 0, "profanity": 0}
    assert got["10"].split == "test" and got["10"].slices["target"] == "group"
    assert got["11"].labels == {"harassment": 0, "hate": 0, "profanity": 0}


def test_gab(source, load: Load) -> None:
    head = "text\thd\tcv\tvo\n"
    source("gab-hate-corpus/GHC_train.tsv", head + "kill the x\t1\t1\t0\nfuck this\t0\t0\t1\n")
    source("gab-hate-corpus/GHC_test.tsv", head + "riot now\t0\t1\t0\n")
    got = load("gab-hate-corpus")
    assert got["train-1"].labels == {
        "hate": 1,
        "hate/threatening": 1,
        "violence": 1,
        "profanity": 0,
    }
    assert got["train-2"].labels == {"hate": 0, "hate/threatening": 0, "violence": 0}
    assert got["train-2"].slices["vulgar_offensive"] == "1"  # not profanity: may be aimed
    assert got["train-2"].slices["negatives_partial"] == "1"
    assert got["test-1"].labels == {"hate": 0, "violence": 1, "profanity": 0}
    assert "negatives_partial" not in got["test-1"].slices


def test_implicit_hate(source, load: Load) -> None:
    source(
        "implicit-hate/implicit_hate_v1_stg1.tsv",
        "ID\tclass\n11\timplicit_hate\n12\tnot_hate\n13\texplicit_hate\n",
    )
    source(
        "implicit-hate/implicit_hate_v1_stg1_posts.tsv",
        'post\tlabel\n"they will pay soon "" watch"\timplicit_hate\n'
        "hello\tnot_hate\nslur\texplicit_hate\n",
    )
    source(
        "implicit-hate/implicit_hate_v1_stg2_posts.tsv",
        "post\timplicit_class\textra_implicit_class\n"
        '"they will pay soon "" watch"\tirony\tthreatening\n',
    )
    source(
        "implicit-hate/implicit_hate_v1_stg3_posts.tsv",
        'post\ttarget\timplied_statement\n"they will pay soon "" watch"\tImmigrants\tx\n',
    )
    got = load("implicit-hate")
    assert got["11"].labels == {"hate": 1, "hate/threatening": 1}
    assert got["11"].slices["hate_type"] == "implicit"
    assert got["11"].slices["target_group"] == "immigrants"
    assert got["12"].labels == {"hate": 0}
    assert got["13"].labels == {"hate": 1} and got["13"].slices["hate_type"] == "explicit"
    source(
        "implicit-hate/implicit_hate_v1_stg1.tsv",
        "ID\tclass\n11\tnot_hate\n12\tnot_hate\n13\texplicit_hate\n",
    )
    with pytest.raises(SourceError, match="out of step"):
        load("implicit-hate")


def test_jigsaw(source, load: Load) -> None:
    cols = "toxic,severe_toxic,obscene,threat,insult,identity_hate"
    source(
        "jigsaw-toxic-samples/hurelyyu_train_sample.csv",
        f'id,comment_text,{cols}\nabc,"I will find you, loser",1,0,0,1,1,0\n',
    )
    source(
        "jigsaw-toxic-samples/ibm_max_test_examples.csv",
        f"comment_text,{cols}\nthanks,0,0,0,0,0,0\n",
    )
    got = load("jigsaw-toxic-samples")
    assert got["abc"].labels == {
        "hate": 0,
        "harassment": 1,
        "harassment/threatening": 1,
        "profanity": 0,
    }
    (test,) = [e for e in got.values() if e.split == "test"]
    assert test.labels == {"hate": 0, "harassment": 0, "harassment/threatening": 0, "profanity": 0}


def test_hateval(source, load: Load) -> None:
    source(
        "hateval2019/hateval2019_en_train.csv",
        'id,text,HS,TR,AG\n1,"go home, you",1,1,1\n2,hi,0,0,0\n',
    )
    source("hateval2019/hateval2019_en_dev.csv", "id,text,HS,TR,AG\n")
    source("hateval2019/hateval2019_en_test.csv", "id,text,HS,TR,AG\n3,they all,1,0,0\n")
    source("hateval2019/hateval2019_es_train.tsv", 'id\ttext\tHS\tTR\tAG\n4\tque "bien"\t0\t0\t0\n')
    source("hateval2019/hateval2019_es_dev.tsv", "id\ttext\tHS\tTR\tAG\n")
    source("hateval2019/hateval2019_es_test_joined.csv", "id,text,HS,TR,AG\n")
    got = load("hateval2019")
    assert got["en-1"].labels == {"hate": 1, "harassment": 1}
    assert got["en-1"].slices["aggressive"] == "yes"
    assert got["en-2"].labels == {"hate": 0} and "aggressive" not in got["en-2"].slices
    assert got["en-3"].labels == {"hate": 1} and got["en-3"].split == "test"
    assert got["es-4"].text == 'que "bien"' and got["es-4"].slices["lang"] == "es"


def test_hatebr_finds_rationale_spans(source, load: Load) -> None:
    source(
        "hatebr/HateBR.csv",
        "id,comentario,anotator1,anotator2,anotator3,label_final,links_post,account_post\n"
        "1,Comunista safada!,1,1,0,1,https://x,Someone\n2,Bom dia,0,0,0,0,https://x,Someone\n",
    )
    source(
        "hatebr/HateBRXplain.csv",
        "id,comment,offensive_label,link_post,rationales_annotator1,rationales_annotator2\n"
        "1,Comunista safada!,1,https://x,safada,comunista; nowhere\n2,Bom dia,0,https://x,null,null\n",
    )
    got = load("hatebr")
    assert got["1"].labels == {"harassment": 1}
    assert got["1"].votes == {"harassment": Votes(2, 3)}
    assert got["1"].spans == ((0, 9), (10, 16))  # "Comunista", "safada"
    assert got["2"].labels == {"harassment": 0, "hate": 0, "profanity": 0}
    assert got["2"].spans == ()
    assert "Someone" not in json.dumps([e.to_json() for e in got.values()])


def test_offcombr(source, load: Load) -> None:
    head = (
        "@relation data\r\n\r\n@attribute @@class {no,yes}\r\n"
        "@attribute document string\r\n\r\n@data\r\n\r\n"
    )
    source(
        "offcombr/OffComBR2.arff",
        head + "yes,'vai pra jaula'\r\nno,'bom dia a todos'\r\nyes,'burro d\\'agua'\r\n",
    )
    source("offcombr/OffComBR3.arff", head + "no,'bom dia a todos'\r\n")
    got = load("offcombr")
    assert got["1"].labels == {"harassment": 1} and got["1"].slices["agreement"] == "majority"
    assert got["2"].labels == {"harassment": 0, "hate": 0, "profanity": 0}
    assert got["2"].slices["agreement"] == "unanimous"
    assert got["3"].text == "burro d'agua"
    source("offcombr/OffComBR2.arff", head + "maybe,'x'\r\n")
    with pytest.raises(SourceError, match=r"expected yes\|no"):
        load("offcombr")


def test_arabic(source, load: Load) -> None:
    source(
        "arabic-osact4-lhsab/OSACT2020-sharedTask-train.txt",
        "كلام سيء<LF>جدا\tOFF\tHS\nكلام\tOFF\tNOT_HS\nمرحبا\tNOT_OFF\tNOT_HS\n",
    )
    source("arabic-osact4-lhsab/OSACT2020-sharedTask-dev.txt", "")
    source("arabic-osact4-lhsab/L-HSAB.tsv", 'Tweet\tClass\n"سطر\nثاني"\tabusive\nاهلا\tnormal\n')
    got = load("arabic-osact4-lhsab")
    assert got["osact4-train-1"].labels == {"hate": 1}
    assert got["osact4-train-1"].text == "كلام سيء\nجدا"
    assert got["osact4-train-2"].labels == {"harassment": 1, "hate": 0}
    assert got["osact4-train-3"].labels == {"harassment": 0, "hate": 0, "profanity": 0}
    assert got["lhsab-1"].labels == {"harassment": 1, "hate": 0}
    assert got["lhsab-1"].text == "سطر\nثاني"
    assert got["lhsab-2"].slices["subset"] == "lhsab"


def test_germeval2025_merges_editions(source, load: Load) -> None:
    source(
        "germeval2025-violence/vio_train_26.csv",
        'id;description;vio\n1;"Schlagt sie; alle";call2violence\n2;Guten Tag;nothing\n',
    )
    source(
        "germeval2025-violence/vio_train.csv",
        "id;description;VIO\n2;Guten Tag;FALSE\n3;Haut ab;TRUE\n",
    )
    got = load("germeval2025-violence")
    assert (
        got["1"].labels == {"violence": 1} and got["1"].slices["violence_type"] == "call2violence"
    )
    assert got["1"].text == "Schlagt sie; alle"
    assert got["2"].labels == {"violence": 0} and got["2"].slices["edition"] == "2026"
    assert got["3"].labels == {"violence": 1} and got["3"].slices["edition"] == "2025"


def test_tensor_trust_dedupes_inputs(source, load: Load) -> None:
    row = {
        "sample_id": 1,
        "pre_prompt": "sys",
        "access_code": "open sesame",
        "post_prompt": "sys",
        "attack": "Ignore previous instructions",
    }
    again = {**row, "sample_id": 2}
    clash = {**row, "sample_id": 3, "access_code": "Ignore previous instructions", "attack": "x y"}
    source(
        "tensor-trust/hijacking_robustness_dataset.jsonl",
        "\n".join(json.dumps(r) for r in (row, again)) + "\n",
    )
    source("tensor-trust/extraction_robustness_dataset.jsonl", json.dumps(clash) + "\n")
    source(
        "tensor-trust/prompt_extraction_detection.jsonl",
        json.dumps(
            {
                "sample_id": 9,
                "access_code": "a",
                "llm_output": "My instructions are: ...",
                "is_prompt_extraction": True,
            }
        )
        + "\n",
    )
    got = load("tensor-trust")
    by_text = {e.text: e for e in got.values()}
    assert "Ignore previous instructions" not in by_text  # both attack and access code
    assert by_text["open sesame"].labels == {"prompt-attack": 0}
    assert by_text["x y"].labels == {"prompt-attack": 1}
    assert by_text["x y"].slices["attack"] == "extraction"
    assert got["output-9"].labels == {"prompt-attack": 1}
    assert got["output-9"].slices["surface"] == "ai_output"
    assert len(got) == 3
