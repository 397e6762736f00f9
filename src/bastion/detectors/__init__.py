"""Detectors: pure functions from artifacts to per-category signals.

The built-ins are registered through the ``bastion.detectors`` entry-point
group (see :mod:`bastion.detectors.registry`); their word lists and patterns
live in ``data/*.yaml`` and are compiled by :mod:`bastion.detectors.lexicon`.
"""
