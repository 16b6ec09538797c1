"""The speed benchmark of issue 14 (``benchmarks/run_all.py``): shared parts,
the storage figures and the GUI figures."""
