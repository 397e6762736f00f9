"""POST /v1/moderations with the official openai client pointed at a real Bastion server."""

from __future__ import annotations

import openai
import pytest

from bastion.service.routes.moderations import flagged
from bastion.types import Action

OPENAI_CATEGORIES = {
    "harassment",
    "harassment/threatening",
    "hate",
    "hate/threatening",
    "illicit",
    "illicit/violent",
    "self-harm",
    "self-harm/intent",
    "self-harm/instructions",
    "sexual",
    "sexual/minors",
    "violence",
    "violence/graphic",
}


@pytest.fixture
def client(live) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{live.url}/v1", api_key=live.keys["scan"], max_retries=0)


def test_openai_client_single_input(client, live) -> None:
    result = client.moderations.create(
        input="I know where you live. watch your back", model="omni-moderation-latest"
    )
    assert result.model == "omni-moderation-latest"
    assert result.id.startswith("modr-")
    (first,) = result.results
    assert first.flagged is True
    assert first.categories.harassment_threatening is True
    assert first.categories.sexual is False
    assert first.category_scores.harassment_threatening >= 0.7
    assert first.category_scores.sexual_minors == 0.0
    assert first.category_applied_input_types.harassment == ["text"]
    raw = first.model_dump(by_alias=True)
    assert set(raw["categories"]) >= OPENAI_CATEGORIES
    assert set(raw["category_scores"]) >= OPENAI_CATEGORIES
    assert set(raw["category_applied_input_types"]) >= OPENAI_CATEGORIES
    # Bastion's own categories and verdict ride along as extra fields.
    assert {"scam", "privacy", "prompt-attack"} <= set(raw["category_scores"])
    verdict = raw["bastion"]
    assert verdict["action"] == "block"
    assert verdict["surface"] == "default"
    assert live.log.get(verdict["decision_id"])["action"] == "block"


def test_openai_client_list_input_one_result_each_all_logged(client, live) -> None:
    inputs = ["what a lovely song", "Congratulations! You won a gift card, verify at bit.ly/x1"]
    result = client.moderations.create(input=inputs)
    assert result.model == "bastion"
    assert [r.flagged for r in result.results] == [False, True]
    assert result.results[0].categories.hate is False
    ids = [r.model_dump()["bastion"]["decision_id"] for r in result.results]
    assert all(live.log.get(i) is not None for i in ids)
    assert live.log.count() == 2


def test_surface_from_extra_body_or_header(client) -> None:
    text = "this is such a shit song"
    default = client.moderations.create(input=text).results[0].model_dump()
    dm = client.moderations.create(input=text, extra_body={"surface": "dm"}).results[0]
    playlist = client.moderations.create(
        input=text, extra_headers={"X-Bastion-Surface": "playlist_title"}
    ).results[0]
    assert default["bastion"]["surface"] == "default"
    # Profanity is labelled on the default surface: named in categories, not flagged.
    assert default["bastion"]["action"] == "label"
    assert default["categories"]["profanity"] is True
    assert default["flagged"] is False
    assert dm.model_dump()["bastion"]["applied_surface"] == "dm"
    assert dm.flagged is False  # profanity is the users' business in DMs
    assert playlist.model_dump()["bastion"]["action"] == "age_restrict"


def test_multimodal_text_parts(client) -> None:
    result = client.moderations.create(input=[{"type": "text", "text": "hello there"}])
    assert result.results[0].flagged is False


def test_openai_client_sees_bastion_errors(client, live) -> None:
    with pytest.raises(openai.UnprocessableEntityError) as invalid:
        client.moderations.create(input="")
    assert "input: is empty" in str(invalid.value)
    with pytest.raises(openai.UnprocessableEntityError):
        client.moderations.create(
            input=[{"type": "image_url", "image_url": {"url": "https://x/y.png"}}]
        )
    stranger = openai.OpenAI(base_url=f"{live.url}/v1", api_key="sk-not-bastion", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as denied:
        stranger.moderations.create(input="hi")
    assert "not valid" in str(denied.value)
    reviewer = openai.OpenAI(base_url=f"{live.url}/v1", api_key=live.keys["review"], max_retries=0)
    with pytest.raises(openai.PermissionDeniedError):
        reviewer.moderations.create(input="hi")


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        (Action.ALLOW, False),
        (Action.LABEL, False),
        (Action.AGE_RESTRICT, True),
        (Action.DEMOTE, True),
        (Action.RESTRICT_INTERACTION, True),
        (Action.HOLD_FOR_REVIEW, True),
        (Action.BLOCK, True),
    ],
)
def test_flagged_means_more_than_a_label(action: Action, expected: bool) -> None:
    assert flagged(action) is expected
