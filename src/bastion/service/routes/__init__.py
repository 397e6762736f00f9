"""The API's routers, one per role: scan, moderations, items (jobs), decisions, policies, health."""
