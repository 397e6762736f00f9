"""The notice the affected user sees: what was restricted, under which rule, by whom, how to appeal.

Plain language, one short paragraph per point, and localisable: every sentence
comes from a message catalogue keyed by locale (``en`` and ``de`` ship; a
regional locale such as ``de-AT`` falls back to ``de``, an unknown one to
``en``), and a rule's definition from the policy's ``descriptions`` in that
language - a notice never mixes in English where no translation was written
(the definition is then left out). A platform adds a language by adding a
catalogue to ``CATALOGUES``; the test suite checks every catalogue has every
message. The appeal link is the platform's own (``appeal_url`` in the settings):
there is no default to fall back to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bastion.comply.statements import BuiltStatement
from bastion.policy.schema import Policy

__all__ = ["CATALOGUES", "UserNotice", "resolve_locale", "user_notice"]

CATALOGUES: dict[str, dict[str, str]] = {
    "en": {
        "subject": "We restricted your content",
        "subject_account": "We restricted your account",
        "what": "Your {surface} was {restriction} on {date}.",
        "rule": "Why: it breaks our rule on {rule} ({definition}).",
        "rule_undefined": "Why: it breaks our rule on {rule}.",
        "repeat": "This follows repeated violations of our rules ({rule}).",
        "until": "This lasts until {date}.",
        "ground_illegal": "We consider it illegal under {law}.",
        "automated_fully": "This decision was made by automated systems, without human review.",
        "automated_partially": (
            "Automated systems detected and decided this; a member of our team has since "
            "reviewed it."
        ),
        "automated_not": "A member of our moderation team made this decision.",
        "detected_automatically": "The content was first detected by automated systems.",
        "appeal": (
            "If you think we got this wrong, you can appeal within 6 months at {appeal_url} "
            "(reference {reference}). A person will review your appeal. You may also use an "
            "out-of-court dispute settlement body or go to court."
        ),
        "removed": "removed",
        "disabled": "made unavailable",
        "demoted": "shown to fewer people",
        "age_restricted": "restricted to adults",
        "interaction_restricted": "closed to comments and replies",
        "labelled": "shown with a warning label",
        "withheld": "held back from publication while we review it",
        "account_suspended": "Your account was suspended.",
        "account_terminated": "Your account was closed.",
        "interaction_suspended": "You may not post, comment or send messages for now.",
        "monetary": "Payments to you for this content were suspended.",
    },
    "de": {
        "subject": "Wir haben Ihren Inhalt eingeschränkt",
        "subject_account": "Wir haben Ihr Konto eingeschränkt",
        "what": "Ihr Beitrag ({surface}) wurde am {date} {restriction}.",
        "rule": "Grund: Er verstößt gegen unsere Regel zu {rule} ({definition}).",
        "rule_undefined": "Grund: Er verstößt gegen unsere Regel zu {rule}.",
        "repeat": "Dies folgt auf wiederholte Verstöße gegen unsere Regeln ({rule}).",
        "until": "Dies gilt bis zum {date}.",
        "ground_illegal": "Wir halten ihn für rechtswidrig nach {law}.",
        "automated_fully": (
            "Diese Entscheidung wurde automatisiert getroffen, ohne Prüfung durch einen Menschen."
        ),
        "automated_partially": (
            "Automatisierte Systeme haben dies erkannt und entschieden; ein Mitglied unseres "
            "Teams hat die Entscheidung inzwischen geprüft."
        ),
        "automated_not": "Ein Mitglied unseres Moderationsteams hat diese Entscheidung getroffen.",
        "detected_automatically": "Der Inhalt wurde zuerst von automatisierten Systemen erkannt.",
        "appeal": (
            "Wenn Sie die Entscheidung für falsch halten, können Sie innerhalb von 6 Monaten "
            "unter {appeal_url} Beschwerde einlegen (Referenz {reference}). Ein Mensch prüft "
            "Ihre Beschwerde. Sie können sich auch an eine außergerichtliche "
            "Streitbeilegungsstelle oder an ein Gericht wenden."
        ),
        "removed": "entfernt",
        "disabled": "gesperrt",
        "demoted": "weniger Personen angezeigt",
        "age_restricted": "auf Erwachsene beschränkt",
        "interaction_restricted": "für Kommentare und Antworten geschlossen",
        "labelled": "mit einem Warnhinweis versehen",
        "withheld": "bis zur Prüfung zurückgehalten",
        "account_suspended": "Ihr Konto wurde vorübergehend gesperrt.",
        "account_terminated": "Ihr Konto wurde geschlossen.",
        "interaction_suspended": (
            "Sie können vorerst keine Beiträge, Kommentare oder Nachrichten senden."
        ),
        "monetary": "Zahlungen an Sie für diesen Inhalt wurden ausgesetzt.",
    },
}

CATEGORY_NAMES: dict[str, dict[str, str]] = {
    "de": {
        "hate": "Hassrede",
        "hate/threatening": "Hassrede mit Drohungen",
        "harassment": "Belästigung",
        "harassment/threatening": "Drohungen gegen Personen",
        "sexual": "sexuelle Inhalte",
        "sexual/minors": "sexuelle Inhalte mit Minderjährigen",
        "violence": "Gewalt",
        "violence/graphic": "drastische Gewaltdarstellungen",
        "self-harm": "Selbstverletzung",
        "self-harm/intent": "Absicht zur Selbstverletzung",
        "self-harm/instructions": "Anleitungen zur Selbstverletzung",
        "illicit": "illegale Aktivitäten",
        "illicit/violent": "gewalttätige illegale Aktivitäten",
        "extremism": "Extremismus",
        "spam": "Spam",
        "scam": "Betrug",
        "privacy": "personenbezogene Daten",
        "profanity": "vulgäre Sprache",
        "prompt-attack": "Angriffe auf KI-Funktionen",
        "nudity": "Nacktheit",
        "known-match": "bekannte verbotene Inhalte",
    }
}

SURFACE_NAMES: dict[str, dict[str, str]] = {
    "en": {"default": "content", "dm": "direct message", "ai_prompt": "AI prompt"},
    "de": {
        "default": "Inhalt",
        "comment": "Kommentar",
        "dm": "Direktnachricht",
        "playlist_title": "Playlist-Titel",
        "playlist_description": "Playlist-Beschreibung",
        "podcast_episode": "Podcast-Episode",
        "profile_image": "Profilbild",
        "ai_prompt": "KI-Eingabe",
        "ai_output": "KI-Ausgabe",
    },
}
"""Surface names per locale; an unlisted surface reads as its name with spaces."""

_VISIBILITY_KEYS = {
    "DECISION_VISIBILITY_CONTENT_REMOVED": "removed",
    "DECISION_VISIBILITY_CONTENT_DISABLED": "disabled",
    "DECISION_VISIBILITY_CONTENT_DEMOTED": "demoted",
    "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED": "age_restricted",
    "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED": "interaction_restricted",
    "DECISION_VISIBILITY_CONTENT_LABELLED": "labelled",
    "DECISION_VISIBILITY_OTHER": "withheld",
}
_AND = {"en": " and ", "de": " und "}


def resolve_locale(locale: str | None) -> str:
    """``de-AT`` -> ``de``; unknown -> ``en``."""
    if not locale:
        return "en"
    code = locale.replace("_", "-").split("-")[0].lower()
    return code if code in CATALOGUES else "en"


@dataclass(frozen=True)
class UserNotice:
    locale: str
    subject: str
    body: str
    reference: str
    """The statement's puid: the user quotes it in an appeal."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "locale": self.locale,
            "subject": self.subject,
            "body": self.body,
            "reference": self.reference,
        }


def user_notice(
    built: BuiltStatement,
    policy: Policy,
    *,
    appeal_url: str,
    locale: str | None = "en",
) -> UserNotice:
    """The notice for a decision that restricted content (one with a statement of reasons)."""
    if not appeal_url.startswith(("https://", "http://")):
        raise ValueError(
            f"the appeal link must be the platform's own http(s) URL, not {appeal_url!r}; set "
            "appeal_url in the settings (BASTION_APPEAL_URL) or pass --appeal-url"
        )
    if built.statement is None:
        raise ValueError(
            f"decision {built.case.decision_id} restricted nothing ({built.reason}); "
            "only restrictions get a notice"
        )
    code = resolve_locale(locale)
    messages = {**CATALOGUES["en"], **CATALOGUES[code]}
    statement = built.statement
    category = built.outcome.category
    restrictions = [
        messages[_VISIBILITY_KEYS[v]]
        for v in statement.get("decision_visibility", [])
        if v in _VISIBILITY_KEYS
    ]
    key = str(built.case.record.get("surface") or "default")
    surface = {**SURFACE_NAMES["en"], **SURFACE_NAMES.get(code, {})}.get(key, key.replace("_", " "))
    paragraphs = []
    if restrictions:
        paragraphs.append(
            messages["what"].format(
                surface=surface,
                restriction=_AND.get(code, " and ").join(restrictions),
                date=statement["application_date"],
            )
        )
    account = statement.get("decision_account")
    if account:
        key = "account_terminated" if account.endswith("TERMINATED") else "account_suspended"
        paragraphs.append(messages[key])
    if statement.get("decision_provision"):
        paragraphs.append(messages["interaction_suspended"])
    if statement.get("decision_monetary"):
        paragraphs.append(messages["monetary"])
    ends = [statement[k] for k in _END_DATES if statement.get(k)]
    if ends:
        paragraphs.append(messages["until"].format(date=max(ends)))
    if category is not None:
        name = CATEGORY_NAMES.get(code, {}).get(category, category)
        if built.account_action is not None:
            paragraphs.append(messages["repeat"].format(rule=name))
        else:
            definition = _definition(policy, category, code)
            paragraphs.append(
                messages["rule"].format(rule=name, definition=definition)
                if definition
                else messages["rule_undefined"].format(rule=name)
            )
    if statement["decision_ground"] == "DECISION_GROUND_ILLEGAL_CONTENT":
        paragraphs.append(
            messages["ground_illegal"].format(law=statement["illegal_content_legal_ground"])
        )
    automation = {
        "AUTOMATED_DECISION_FULLY": "automated_fully",
        "AUTOMATED_DECISION_PARTIALLY": "automated_partially",
        "AUTOMATED_DECISION_NOT_AUTOMATED": "automated_not",
    }[statement["automated_decision"]]
    automated = messages[automation]
    if automation == "automated_not" and statement["automated_detection"] == "Yes":
        automated = f"{messages['detected_automatically']} {automated}"
    paragraphs.append(automated)
    paragraphs.append(messages["appeal"].format(appeal_url=appeal_url, reference=statement["puid"]))
    subject = messages["subject_account" if built.account_action is not None else "subject"]
    return UserNotice(code, subject, "\n\n".join(paragraphs), statement["puid"])


_END_DATES = (
    "end_date_visibility_restriction",
    "end_date_monetary_restriction",
    "end_date_service_restriction",
    "end_date_account_restriction",
)


def _definition(policy: Policy, category: str, code: str) -> str | None:
    """The rule's definition in the notice's language, or None where none was written."""
    defined = policy.categories[category]
    text = defined.description if code == "en" else defined.descriptions.get(code)
    return text.rstrip(".") if text else None
