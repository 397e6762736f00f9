"""Trained models Bastion ships, and the code that reads them.

A model bundle is a folder inside the package (``bastion/models/text``) with a
``manifest.json`` (versions, categories, metrics), numpy ``.npz`` weights (no
pickle) and a ``MODEL_CARD.md``. ``bastion train`` writes bundles; detectors and
fusion read them.
"""
