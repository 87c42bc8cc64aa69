"""analyze() from several threads at once, as Streamlit's sessions call it:
the outputs are those of one thread. Run in a fresh process, so the threads
race while the lexicons first join the shared table of start forms
(arabic.START_FORMS) and while the per-process memos fill."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = r"""
import json, sys, threading
from analysis import analyze
texts = [json.loads(l)["text"] for l in open("tests/data/dev.jsonl", encoding="utf-8")]
texts += [open("sample_data/article_russia_china.txt", encoding="utf-8").read()]
def out(t):
    a = analyze(t)
    return json.dumps({k: v for k, v in a.to_dict().items() if k in ("dates", "figures", "events")},
                      ensure_ascii=False, sort_keys=True)
got, start = {}, threading.Barrier(len(texts))
def run(i):
    start.wait()
    got[i] = out(texts[i])
threads = [threading.Thread(target=run, args=(i,)) for i in range(len(texts))]
for t in threads: t.start()
for t in threads: t.join()
alone = [out(t) for t in texts]
print(json.dumps([got[i] == alone[i] for i in range(len(texts))]))
"""


def test_threads_at_a_fresh_start_give_one_thread_s_outputs():
    run = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    same = json.loads(run.stdout.strip().splitlines()[-1])
    assert len(same) == 13 and all(same), same
