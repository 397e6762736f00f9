"""The reviewer web UI: server-rendered pages under ``/review`` (see docs/review.md)."""

from bastion.review.ui.app import ReviewMount, create_review_ui

__all__ = ["ReviewMount", "create_review_ui"]
