"""Human review: queues with leases, verdicts as labels, appeals, gold items, the reviewer UI.

Decisions reach review through :mod:`bastion.review.routing`, a hook the
Engine installs on its decision log, so a held decision and its review task
commit in one transaction. Everything else here reads and writes the review
tables of migration 0003 (``reviewers``, ``review_tasks``, ``review_verdicts``,
``appeals``); the web UI lives in :mod:`bastion.review.ui` and is imported only
by the service.
"""
