"""The peers Khabar is measured against, and their output as SCHEMA.md mentions.

dateparser runs in this process. Duckling (pyduckling-native-phihos) can abort
the whole process on some inputs, so every document is parsed in a child
process of its own (`python -m bench.peers`, a JSON request on stdin, a JSON
answer on stdout); a child that dies costs that document, not the bench.

The conversion is meant to be fair: a mention's span is the characters the peer
matched, and its value is written at the precision the peer itself reports
(dateparser's `period`, Duckling's `grain`). Both peers get the document's
reference date; with none, dateparser runs as the issues name it
(search_dates(text, languages=["ar"]): its default base is now) and Duckling
gets today (Khabar gets None then: it is built to leave such values open, and
the gold scores them on their span).
"""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time

DUCKLING_TIME = ("time",)
DUCKLING_ALL = ("time", "number", "amount-of-money")


def timex(day: dt.date, precision: str) -> str:
    """A day written at a precision, as SCHEMA.md writes values."""
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if precision == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if precision == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return day.isoformat()


# ---------------------------------------------------------------- dateparser

class Dateparser:
    """dateparser.search_dates(languages=["ar"]), read back into mentions."""

    name = "dateparser"

    def __init__(self):
        import dateparser.search
        from dateparser.date import DateDataParser
        self._search = dateparser.search.search_dates
        self._parser_class = DateDataParser

    @staticmethod
    def _settings(reference: dt.date | None) -> dict | None:
        """A document's reference date as dateparser's RELATIVE_BASE; with
        none, dateparser's own default (now), as a user would call it."""
        if reference is None:
            return None
        return {"RELATIVE_BASE": dt.datetime(reference.year, reference.month, reference.day)}

    def run(self, text: str, reference: dt.date | None = None):
        """What is timed: one search over the text, the call the issues name
        (search_dates(text, languages=["ar"])), with the reference date when
        the document has one."""
        return self._search(text, languages=["ar"], settings=self._settings(reference)) or []

    def dates(self, text: str, found, reference: dt.date | None = None) -> list[dict]:
        """`found` (from run) as date mentions. search_dates gives substrings,
        not offsets: each is looked for after the previous one."""
        parser = self._parser_class(languages=["ar"], settings=self._settings(reference))
        mentions, cursor = [], 0
        for substring, when in found:
            start = text.find(substring, cursor)
            if start < 0:
                start = text.find(substring)
            if start < 0:
                continue
            cursor = start + len(substring)
            period = parser.get_date_data(substring).period or "day"
            mentions.append({"text": substring, "start": start, "end": cursor,
                             "value": timex(when.date(), period), "mod": None,
                             "calendar": "gregorian"})
        return mentions


# ------------------------------------------------------------------ Duckling

class Duckling:
    """Duckling's Arabic parser on some dimensions, one child process per document."""

    def __init__(self, dims: tuple[str, ...], timeout: float = 1800.0):
        self.dims = dims
        self.timeout = timeout
        self.name = "Duckling (" + "+".join("money" if d == "amount-of-money" else d for d in dims) + ")"

    def run_in_child(self, text: str, reference: dt.date | None, runs: int,
                     budget: float | None = None) -> dict:
        """Warm up, then parse `runs` times in a fresh child. Returns
        {"times": [...], "entities": [...]}, {"too_slow": seconds} when the
        warm-up took more than `budget`, or {"error": "..."}."""
        request = json.dumps({"text": text, "reference": reference.isoformat() if reference else None,
                              "dims": list(self.dims), "runs": runs, "budget": budget})
        timeout = self.timeout if budget is None else 30 + 2 * budget * (runs + 1)
        try:
            done = subprocess.run([sys.executable, "-m", "bench.peers"], input=request,
                                  capture_output=True, text=True, encoding="utf-8", timeout=timeout)
        except subprocess.TimeoutExpired:
            return {"error": f"timed out after {timeout:.0f} s"}
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["no message"])[-1]
            return {"error": f"child exited with status {done.returncode}: {last[:120]}"}
        return json.loads(done.stdout)

    @staticmethod
    def dates(text: str, entities: list[dict]) -> list[dict]:
        out = []
        for e in entities:
            if e["dim"] != "time":
                continue
            value = _duckling_time_value(e["value"])
            out.append({"text": text[e["start"]:e["end"]], "start": e["start"], "end": e["end"],
                        "value": value, "mod": None, "calendar": "gregorian"})
        return out

    @staticmethod
    def figures(text: str, entities: list[dict]) -> list[dict]:
        out = []
        for e in entities:
            if e["dim"] not in ("number", "amount-of-money"):
                continue
            v = e["value"]
            money = e["dim"] == "amount-of-money"
            out.append({"text": text[e["start"]:e["end"]], "start": e["start"], "end": e["end"],
                        "value": v.get("value"), "kind": "money" if money else "count",
                        "unit": v.get("unit") if money else None, "approx": None})
        return out


def _duckling_day(v: dict) -> tuple[dt.date, str] | None:
    if not v or "value" not in v:
        return None
    # "2022-12-30T00:00:00.000+00:00": the date as Duckling wrote it, no zone arithmetic
    return dt.date.fromisoformat(v["value"][:10]), v.get("grain", "day")


def _duckling_time_value(v: dict) -> str | None:
    if v.get("type") == "interval":
        start, end = _duckling_day(v.get("from")), _duckling_day(v.get("to"))
        if start and end:
            return f"{start[0].isoformat()}/{end[0].isoformat()}"
        one = start or end
        return timex(*one) if one else None
    one = _duckling_day(v)
    return timex(*one) if one else None


def _duckling_child() -> None:
    """Child side: read a request on stdin, answer timings and entities."""
    import duckling
    request = json.load(sys.stdin)
    zones = duckling.load_time_zones("/usr/share/zoneinfo")
    day = dt.date.fromisoformat(request["reference"]) if request["reference"] else dt.date.today()
    stamp = int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc).timestamp())
    context = duckling.Context(duckling.parse_ref_time(zones, "UTC", stamp),
                               duckling.default_locale_lang(duckling.parse_lang("AR")))
    dims = duckling.parse_dimensions(request["dims"])
    text = request["text"]
    t0 = time.perf_counter()
    entities = duckling.parse(text, context, dims, False)        # warm-up
    warm_up = time.perf_counter() - t0
    if request["budget"] and warm_up > request["budget"]:
        json.dump({"too_slow": warm_up}, sys.stdout)
        return
    times = []
    for _ in range(request["runs"]):
        t0 = time.perf_counter()
        entities = duckling.parse(text, context, dims, False)
        times.append(time.perf_counter() - t0)
    json.dump({"times": times, "entities": entities}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    _duckling_child()
