"""Command line: `python -m analysis FILE`, `--json`, `--jsonl IN`, `compare A B`.

Errors (a missing file, binary or undecodable input) print one line on
stderr and exit with status 2. In a `--jsonl` batch a document that fails
gives a line {"id", "error"}, the batch goes on, and the exit status is the
number of documents that failed (at most 125).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from . import AnalysisError, analyze
from .ingest import InputError, load_bytes


def _date(s: str) -> dt.date:
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {s!r}")


def _read(path: str):
    if path == "-":
        return load_bytes(sys.stdin.buffer.read(), "stdin")
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        raise InputError(f"no such file: {path}")
    except IsADirectoryError:
        raise InputError(f"a folder, not a file: {path}")
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror}")
    return load_bytes(data, path)


def _table(result) -> str:
    """For a terminal, render.py decides how to give it Arabic; piped output stays as written."""
    from .views.tables import render_text_table
    return render_text_table(result, terminal=sys.stdout.isatty())


def _run_jsonl(path: str, out) -> int:
    """Analyse each line; a line that cannot be read or analysed gives
    {"id", "error"} and the batch goes on. Returns how many failed."""
    try:
        f = open(path, encoding="utf-8", errors="replace")
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror}")
    failed = 0
    with f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            doc_id = f"line {n}"
            try:
                doc = json.loads(line)
                doc_id = doc.get("id", doc_id) if isinstance(doc, dict) else doc_id
                record = {"id": doc_id, **_analyse_line(doc)}
            except Exception as e:          # one bad document never stops the batch
                failed += 1
                record = {"id": doc_id, "error": _why(e)}
                print(f"error: {path}:{n} ({doc_id}): {record['error']}", file=sys.stderr)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return failed


def _analyse_line(doc) -> dict:
    if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
        raise InputError("not a line {id, text, reference_date?}")
    ref = doc.get("reference_date")
    try:
        ref = dt.date.fromisoformat(ref) if ref else None
    except (TypeError, ValueError):
        raise InputError(f"reference_date is not a date (YYYY-MM-DD): {ref!r}")
    d = analyze(doc["text"], ref).to_dict()
    return {"dates": d["dates"], "figures": d["figures"], "events": d["events"]}


def _why(e: Exception) -> str:
    if isinstance(e, (InputError, AnalysisError)):
        return str(e)
    if isinstance(e, json.JSONDecodeError):
        return f"not JSON: {e.msg} at column {e.colno}"
    return f"the engine failed on this document ({type(e).__name__}: {e}); please report it"


def _compare(argv: list[str]) -> int:
    from .compare import compare, flatten
    p = argparse.ArgumentParser(prog="python -m analysis compare")
    p.add_argument("a"), p.add_argument("b")
    p.add_argument("--json", action="store_true")
    p.add_argument("--reference-date-a", type=_date)
    p.add_argument("--reference-date-b", type=_date)
    args = p.parse_args(argv)
    da, db = _read(args.a), _read(args.b)
    ra = analyze(da.text, args.reference_date_a or da.reference_date)
    rb = analyze(db.text, args.reference_date_b or db.reference_date)
    result = compare(ra, rb)
    if args.json:
        print(json.dumps(flatten(result), ensure_ascii=False, indent=1))
    else:
        from .views.compare_view import render_text
        print(render_text(result))
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv[:1] == ["compare"]:
            return _compare(argv[1:])
        p = argparse.ArgumentParser(prog="python -m analysis",
                                    description="Dates, figures and events in an Arabic news text.")
        p.add_argument("file", nargs="?", help="a .txt, .html, .docx or .pdf file, or - for standard input")
        p.add_argument("--json", action="store_true", help="print the SCHEMA.md JSON")
        p.add_argument("--jsonl", metavar="IN", help="analyse each line {id, text, reference_date?} of IN")
        p.add_argument("--reference-date", type=_date, metavar="YYYY-MM-DD")
        p.add_argument("--briefing", metavar="CARD.png", help="also write the briefing card (PNG or PDF)")
        args = p.parse_args(argv)
        if args.jsonl:
            failed = _run_jsonl(args.jsonl, sys.stdout)
            if failed:
                print(f"error: {failed} document{'s' if failed > 1 else ''} failed (lines with \"error\")",
                      file=sys.stderr)
            return min(failed, 125)         # the exit status counts the failed documents
        if not args.file:
            p.error("give a FILE, - for standard input, or --jsonl IN")
        doc = _read(args.file)
        for warning in doc.warnings:
            print(f"note: {warning}", file=sys.stderr)
        for part in doc.removed:
            print(f"note: removed from the page ({part.reason}): {part.text[:60]}…", file=sys.stderr)
        result = analyze(doc.text, args.reference_date or doc.reference_date)
        if args.briefing:
            from .views.card import write_briefing
            write_briefing(result, args.briefing, title=doc.title)
        if args.json:
            print(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
        else:
            print(_table(result))
        return 0
    except (InputError, AnalysisError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as e:
        print(f"error: the input is not UTF-8 text ({e.reason} at byte {e.start})", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
