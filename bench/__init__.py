"""Khabar's benchmark: `python -m bench` (or `make bench`) prints one table of
speed, throughput and dev-set F1 for Khabar's analyze() and its peers
(dateparser, Duckling), the memory of analysing 1 MB, and PASS/FAIL lines for
the targets. See bench/README.md."""
