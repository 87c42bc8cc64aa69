"""The command line: `python -m analysis FILE | - | --jsonl IN`, errors as one line and status 2."""
import json
import subprocess
import sys

SAMPLE = "sample_data/article_russia_china.txt"


def run(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "analysis", *args], input=stdin,
                          capture_output=True, timeout=120)


def test_table_lists_the_dates():
    out = run(SAMPLE)
    assert out.returncode == 0, out.stderr
    assert "2022-12-30" in out.stdout.decode() and "DATES" in out.stdout.decode()


def test_json_follows_the_schema_and_offsets_hold():
    out = run(SAMPLE, "--json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    text = open(SAMPLE, encoding="utf-8").read()
    assert doc["dates"], "no dates"
    for m in doc["dates"]:
        assert {"text", "start", "end", "value", "mod", "calendar", "precision"} <= m.keys()
        assert text[m["start"]:m["end"]] == m["text"]


def test_standard_input_and_reference_date():
    out = run("-", "--json", "--reference-date", "2025-04-03", stdin="وصل الوفد أمس".encode())
    assert out.returncode == 0, out.stderr
    assert [m["value"] for m in json.loads(out.stdout)["dates"]] == ["2025-04-02"]


def test_jsonl_batch(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in [
        {"id": "a", "text": "في 30 ديسمبر 2022", "reference_date": None},
        {"id": "b", "text": "أمس", "reference_date": "2025-04-03"},
    ]), encoding="utf-8")
    out = run("--jsonl", str(src))
    assert out.returncode == 0, out.stderr
    lines = [json.loads(l) for l in out.stdout.decode().splitlines()]
    assert [l["id"] for l in lines] == ["a", "b"]
    assert lines[0]["dates"][0]["value"] == "2022-12-30"
    assert lines[1]["dates"][0]["value"] == "2025-04-02"
    assert all({"dates", "figures", "events"} <= l.keys() for l in lines)


def one_clear_line(out):
    err = out.stderr.decode()
    assert out.returncode == 2
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    return err


def test_missing_file():
    assert "no such file" in one_clear_line(run("/nonexistent/article.txt"))


def test_binary_file(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(bytes(range(256)) * 20)
    one_clear_line(run(str(p)))


def test_bad_reference_date():
    out = run(SAMPLE, "--reference-date", "yesterday")
    assert out.returncode == 2 and "Traceback" not in out.stderr.decode()


def test_jsonl_batch_survives_bad_documents(tmp_path, monkeypatch, capsys):
    """A line that is not JSON, a line without text and a document the engine
    fails on each give {"id", "error"}; the others are analysed; the exit status
    counts the failures."""
    import analysis.__main__ as cli

    real = cli.analyze

    def fragile(text, ref=None):
        if "انهيار" in text:
            raise IndexError("string index out of range")
        return real(text, ref)

    monkeypatch.setattr(cli, "analyze", fragile)
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "good-1", "text": "في 30 ديسمبر 2022"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "crash", "text": "انهيار"}, ensure_ascii=False),
        json.dumps({"id": "bad-ref", "text": "أمس", "reference_date": "yesterday"}, ensure_ascii=False),
        json.dumps({"id": "good-2", "text": "أمس", "reference_date": "2025-04-03"}, ensure_ascii=False),
    ]), encoding="utf-8")
    status = cli.main(["--jsonl", str(src)])
    out, err = capsys.readouterr()
    lines = [json.loads(l) for l in out.splitlines()]
    assert [l["id"] for l in lines] == ["good-1", "line 2", "no-text", "crash", "bad-ref", "good-2"]
    assert [("error" in l) for l in lines] == [False, True, True, True, True, False]
    assert "IndexError" in lines[3]["error"] and "Traceback" not in err
    assert lines[5]["dates"][0]["value"] == "2025-04-02"
    assert status == 4 and "4 documents failed" in err
