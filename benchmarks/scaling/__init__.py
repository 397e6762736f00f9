"""The parts of ``benchmarks/scale.py``: one module per store or path it measures."""
