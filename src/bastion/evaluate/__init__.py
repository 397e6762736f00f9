"""Evaluation: how well the scanning loop does what the policy promises.

In data-flow order:

* :mod:`~bastion.evaluate.scoring` - examples through the pipeline; the policy's operating points.
* :mod:`~bastion.evaluate.scored` - the per-example scores every computation below reads.
* :mod:`~bastion.evaluate.metrics` - binary metrics, bootstrap and Wilson intervals, ECE.
* :mod:`~bastion.evaluate.offline` - per category, per slice, confusion between categories.
* :mod:`~bastion.evaluate.runs`, :mod:`~bastion.evaluate.runner`,
  :mod:`~bastion.evaluate.plots`, :mod:`~bastion.evaluate.report` - stored runs and reports.
* :mod:`~bastion.evaluate.suite` - the behavioural (functional) suite and its floors.
* :mod:`~bastion.evaluate.thresholds`, :mod:`~bastion.evaluate.calibrate` - obligations.
* :mod:`~bastion.evaluate.gate` - champion vs challenger (paired bootstrap).
* :mod:`~bastion.evaluate.online`, :mod:`~bastion.evaluate.backtest`,
  :mod:`~bastion.evaluate.agreement` - from the decision log and reviews.
* :mod:`~bastion.evaluate.commands` - ``bastion eval``.

See ``docs/evaluation.md``.
"""
