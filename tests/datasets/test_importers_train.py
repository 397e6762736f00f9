"""Train-set importers on tiny synthetic files in each source's real format."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from bastion.datasets.format import Example, Votes
from bastion.datasets.importers import SourceError
from bastion.datasets.importers.reddit_cssrs_suicide import split_posts

Load = Callable[[str], dict[str, Example]]


def test_davidson(source, load: Load) -> None:
    source(
        "davidson-hate-offensive/labeled_data.csv",
        ",count,hate_speech,offensive_language,neither,class,tweet\n"
        "0,3,2,1,0,0,hateful words\n"
        '1,3,0,3,0,1,"rude, words"\n'
        "2,4,0,1,3,2,nice day\n",
    )
    got = load("davidson-hate-offensive")
    assert got["0"].labels == {"hate": 1}
    assert got["0"].votes == {"hate": Votes(2, 3)}
    assert got["1"].labels == {"profanity": 1}  # hate unknown: misogynistic slurs were "offensive"
    assert got["1"].text == "rude, words"
    assert got["2"].labels == {"harassment": 0, "hate": 0, "profanity": 0}
    assert got["2"].slices["lang"] == "en"


def _convabuse_row(example_id: str, user: str, choices: list[str | None], sexual: int = 0) -> str:
    cells = [example_id, "7", "_", "hi bot", "Please go on.", user, "CarbonBot"]
    for n, choice in enumerate(choices, start=1):
        one_hot = [
            "" if choice is None else str(int(v == choice)) for v in ("1", "0", "-1", "-2", "-3")
        ]
        sex = "" if choice is None else str(int(sexual >= n))
        cells += [*one_hot, sex]
    return ",".join(cells)


def test_convabuse(source, load: Load) -> None:
    header = ["example_id", "conv_id", "prev_agent", "prev_user", "agent", "user", "bot"]
    for n in (1, 2, 3):
        header += [f"Annotator{n}_is_abuse.{v}" for v in ("1", "0", "-1", "-2", "-3")]
        header.append(f"Annotator{n}_sex_harassment")
    rows = [
        _convabuse_row("1.0", "you are lovely", ["1", "1", None]),
        _convabuse_row("2.0", "take your clothes off", ["-2", "-3", "1"], sexual=2),
        _convabuse_row("3.0", "you stupid bot", ["-1", "-2", "0"]),
        _convabuse_row("4.0", "meh", ["-1", "1", None]),
    ]
    text = ",".join(header) + "\n" + "\n".join(rows) + "\n"
    source("convabuse/ConvAbuseEMNLPtrain.csv", text)
    source("convabuse/ConvAbuseEMNLPvalid.csv", ",".join(header) + "\n")
    source("convabuse/ConvAbuseEMNLPtest.csv", ",".join(header) + "\n")
    got = load("convabuse")
    assert got["1"].labels == {"harassment": 0}
    assert got["1"].annotators == ("Annotator1", "Annotator2")
    assert got["1"].context == ("hi bot", "Please go on.")
    assert got["1"].slices["surface"] == "ai_prompt"
    assert got["2"].labels == {"harassment": 1, "sexual": 1}
    assert got["2"].votes == {"harassment": Votes(2, 3), "sexual": Votes(2, 3)}
    assert got["3"].labels == {"harassment": 1, "sexual": 0}
    assert got["4"].labels == {"harassment": 0.5}
    assert got["4"].split == "train"


def test_mlma(source, load: Load) -> None:
    head = "HITId,tweet,sentiment,directness,annotator_sentiment,target,group\n"
    source(
        "mlma/hate_speech_mlma/en_dataset_with_stop_words.csv",
        head + "1,go away vermin,hateful_offensive,direct,anger,origin,immigrants\n"
        "2,lovely weather,normal,indirect,joy,other,other\n"
        "3,you idiot,offensive,direct,anger,other,individual\n"
        "5,those people are dumb,offensive,indirect,anger,origin,immigrants\n"
        "4,scary people,fearful,indirect,fear,origin,other\n",
    )
    source("mlma/hate_speech_mlma/fr_dataset.csv", head + "1,quel idiot,abusive,direct,x,other,y\n")
    source("mlma/hate_speech_mlma/ar_dataset.csv", head)
    got = load("mlma")
    assert got["en-1"].labels == {"hate": 1}  # offensive at immigrants: hate, not harassment
    assert got["en-1"].slices["target_group"] == "immigrants"
    assert got["en-2"].labels == {"hate": 0, "harassment": 0, "profanity": 0}
    assert got["en-3"].labels == {"harassment": 1}
    assert "en-4" not in got  # fearful only: says nothing
    assert "en-5" not in got  # offence at a protected group is not harassment
    assert got["fr-1"].slices["lang"] == "fr"
    assert got["fr-1"].labels == {"harassment": 1}  # target "other": harassment


def test_toxic_spans(source, load: Load) -> None:
    head = "spans,text\n"
    source("toxic-spans/tsd_train.csv", head + '"[4, 5, 6, 7, 8, 10, 11]",you idiot moron\n')
    source("toxic-spans/tsd_trial.csv", head + "[],nothing agreed here\n")
    source("toxic-spans/tsd_test.csv", head)
    got = load("toxic-spans")
    assert got["train-1"].labels == {}
    assert got["train-1"].spans == ((4, 9), (10, 12))
    assert got["train-1"].slices["span_label"] == "toxic"
    assert got["dev-1"].spans == ()
    assert got["dev-1"].split == "dev"


def test_trac1(source, load: Load) -> None:
    source("trac1-aggression/agr_en_train.csv", 'a1,"you fool, go",OAG\na2,nice,NAG\na3, ,NAG\n')
    source("trac1-aggression/agr_en_dev.csv", "a4,sure sure,CAG\n")
    source("trac1-aggression/agr_hi_train.csv", "h1,kya baat hai,NAG\n")
    source("trac1-aggression/agr_hi_dev.csv", "")
    got = load("trac1-aggression")
    assert got["a1"].labels == {"harassment": 1}
    assert got["a1"].slices["aggression"] == "overt"
    assert got["a2"].labels == {"harassment": 0}
    assert "a3" not in got
    assert got["a4"].split == "dev" and got["a4"].slices["aggression"] == "covert"
    assert got["h1"].slices["lang"] == "hi"


def test_online_misogyny(source, load: Load) -> None:
    head = (
        "entry_id,link_id,parent_id,entry_utc,subreddit,author,body,image,label_date,week,"
        "group,sheet_order,level_1,level_2,level_3,strength,highlight,split\n"
    )
    rows = (
        "p1,t3_p1,,1,sub,alice,Women are all liars,,d,1,1,x,Misogynistic,Derogation,"
        "Moral_inferiority,,,train\n"
        "c1,t3_p1,t3_p1,2,sub,bob,I will hurt her,,d,1,1,x,Misogynistic,Treatment,"
        "Threatening_Physical_violence,,,train\n"
        "c1,t3_p1,t3_p1,2,sub,bob,I will hurt her,,d,1,1,x,Misogynistic,"
        "Misogynistic_personal_attack,,,,train\n"
        "c2,t3_p1,t1_c1,3,sub,carol,Calm down,please,d,1,1,x,Nonmisogynistic,"
        "None_of_the_categories,,,,test\n"
        "p2,t3_p2,,4,sub,dave,,Yes,d,1,1,x,Nonmisogynistic,None_of_the_categories,,,,test\n"
    )
    source("online-misogyny-eacl2021/final_labels.csv", head + rows)
    got = load("online-misogyny-eacl2021")
    assert got["p1"].labels == {"hate": 1, "hate/threatening": 0}
    assert got["p1"].slices["target_group"] == "women"
    assert got["c1"].labels == {"hate": 1, "hate/threatening": 1, "harassment": 1}
    assert got["c1"].context == ("Women are all liars",)
    assert got["c2"].text == "Calm down,please"  # rejoined from the image column
    assert got["c2"].labels == {"hate": 0, "harassment": 0}
    assert got["c2"].context == ("I will hurt her",)
    assert got["c2"].split == "test"
    assert "p2" not in got  # image-only post: no text
    assert all("bob" not in json.dumps(e.to_json()) for e in got.values())


def test_toxigen_merges_groups(source, load: Load) -> None:
    source(
        "toxigen-prompts/toxigen_prompt_sentences.csv",
        "text,label,target_group\nthey are all lazy,hate,lgbtq\nthey are all lazy,hate,bisexual\n"
        "they live next door,neutral,asian\n",
    )
    got = list(load("toxigen-prompts").values())
    assert len(got) == 2
    lazy = next(e for e in got if e.text == "they are all lazy")
    assert lazy.labels == {"hate": 1}
    assert lazy.slices["target_group"] == "bisexual,lgbtq"
    source(
        "toxigen-prompts/toxigen_prompt_sentences.csv",
        "text,label,target_group\nx y,hate,a\nx y,neutral,b\n",
    )
    with pytest.raises(SourceError, match="is both hate and neutral"):
        load("toxigen-prompts")


def test_germeval2018(source, load: Load) -> None:
    source(
        "germeval2018/germeval2018.training.txt",
        "Du Idiot\tOFFENSE\tINSULT\nScheiße Wetter\tOFFENSE\tPROFANITY\n"
        'Die "alle" raus\tOFFENSE\tABUSE\nSchöner Tag\tOTHER\tOTHER\n',
    )
    source("germeval2018/germeval2018.test.txt", "Noch ein Tag\tOTHER\tOTHER\n")
    got = load("germeval2018")
    assert got["train-1"].labels == {"harassment": 1}
    assert got["train-2"].labels == {"profanity": 1, "harassment": 0, "hate": 0}
    assert got["train-3"].text == 'Die "alle" raus'
    assert got["train-3"].labels == {"harassment": 1}
    assert got["train-4"].labels == {"harassment": 0, "profanity": 0, "hate": 0}
    assert got["test-1"].split == "test" and got["test-1"].slices["lang"] == "de"


def test_offenseval_tr(source, load: Load) -> None:
    source("offenseval-tr/offenseval-tr-training-v1.tsv", '1\t@USER "aptal"\tOFF\n2\tiyi\tNOT\n')
    source("offenseval-tr/offenseval-tr-testset-v1.tsv", "3\tmerhaba\n")
    source("offenseval-tr/offenseval-tr-labela-v1.tsv", "3,NOT\n")
    got = load("offenseval-tr")
    assert got["1"].labels == {"harassment": 1}
    assert got["1"].text == '@USER "aptal"'
    assert got["2"].labels == {"harassment": 0, "hate": 0, "profanity": 0}
    assert got["3"].split == "test"
    source("offenseval-tr/offenseval-tr-labela-v1.tsv", "4,NOT\n")
    with pytest.raises(SourceError, match="no label for test id 3"):
        load("offenseval-tr")


def test_reddit_cssrs_splits_posts_and_keeps_users_together(source, load: Load) -> None:
    posts = repr(["I want to end it", "nobody cares"])
    truncated = "['first post', 'second post', 'cut off in the mid"
    source(
        "reddit-cssrs-suicide/500_Reddit_users_posts_labels.csv",
        f'User,Post,Label\nuser-0,"{posts}",Ideation\nuser-1,"{truncated}",Supportive\n'
        f"user-2,\"['just tired']\",Indicator\n",
    )
    got = load("reddit-cssrs-suicide")
    assert got["user-0-1"].labels == {"self-harm": 1, "self-harm/intent": 1}
    assert got["user-0-1"].slices["cssrs"] == "Ideation"
    assert got["user-0-1"].split == got["user-0-2"].split
    assert got["user-1-1"].labels == {"self-harm": 0, "self-harm/intent": 0}
    assert set(got) == {"user-0-1", "user-0-2", "user-1-1", "user-1-2", "user-2-1"}
    assert got["user-2-1"].labels == {"self-harm/intent": 0}
    # An at-risk user's post that says nothing of suicide, dying or self-harm keeps no label:
    # the user-level risk is not the post's.
    assert got["user-0-2"].labels == {}
    assert got["user-0-2"].slices["risk_cue"] == "0"
    assert got["user-0-1"].slices["risk_cue"] == "1"


def test_split_posts_repairs_truncation() -> None:
    assert split_posts("['a', \"b's\", 'c") == ["a", "b's"]
    assert split_posts("['only one, cut") == []
