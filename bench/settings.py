"""What the bench measures and the targets it checks (issues 9 and 11)."""
from . import synthetic

ROOT = synthetic.ROOT
SCORER = synthetic.DEV.parent / "score.py"     # beside the copy of dev.jsonl
SYNTHETIC_SIZES = (10_000, 100_000, 1_000_000)   # characters
PEER_BUDGET = 60.0          # seconds a run: a peer expected to take longer is skipped
KHABAR_MIN_SECONDS = 0.5    # Khabar is fast: repeat it until this much time is timed
PIECE = 10_000              # linearity: the 1 MB article against its own 10 KB pieces

# (row, peer, least ratio of the peer's time to Khabar's)
SPEEDUPS = (
    ("sample article", "dateparser", 25),      # issue 9: no slower than when it was filed
    ("sample article", "dateparser", 50),      # issue 11
    ("dev gold set", "dateparser", 50),
    ("dev gold set", "Duckling (time)", 100),
    ("dev gold set", "Duckling (time+number+money)", 100),
)
TARGET_LINEAR = 110         # 1 MB may take at most this many times its 10 KB pieces
TARGET_MEMORY_MB = 300
