"""Search as you type: 100,000 multi-script participants, 1,000 mixed queries.

Figures, each beside a floor measured in the same run:
* p95 query latency (target <= 25 ms). Floor: fold the query and look its exact folded
  full name up in a dict -- the least any search must do, and all a search that cannot
  handle partial words, other scripts or typos would do.
* top-5 hit rate (target >= 99 %). Floor: the hit rate of that same exact dict lookup.
  The wanted person counts as found if in the top 5, or if the top 5 are all namesakes
  (same folded native or Latin full name).
* index build time (target <= 10 s). Floor: folding every name into a dict.
* for reference, a naive rapidfuzz WRatio scan over all Latin names (a sample of queries).
"""

from __future__ import annotations

import logging
import random
import statistics
import time
from collections import defaultdict

from rapidfuzz import fuzz, process

from desktop.search.index import SearchEntry, SearchIndex
from desktop.search.sample_people import SamplePerson, generate_people
from desktop.text.normalise import fold
from desktop.text.translit import latin_variants, word_variants

logger = logging.getLogger(__name__)

P95_TARGET_MS = 25.0
HIT_TARGET_PCT = 99.0
BUILD_TARGET_S = 10.0


def _entry(p: SamplePerson) -> SearchEntry:
    """The index entry the desk would build for a participant."""
    names = [n for n in (p.native, p.latin, p.given, p.family) if n]
    return SearchEntry(p.id, names, (p.code,), (p.country, p.organisation))


def _typo(rng: random.Random, word: str) -> str:
    """One edit in a word: substitution, deletion, insertion or swap of neighbours."""
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    letter = rng.choice("aeioustnrlkm")
    if kind == 0:
        return word[:i] + letter + word[i + 1 :]
    if kind == 1:
        return word[:i] + word[i + 1 :]
    if kind == 2:
        return word[:i] + letter + word[i:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _alternate(rng: random.Random, p: SamplePerson) -> str:
    """Another spelling a person might type: a variant transliteration, or no diacritics."""
    if p.native and p.script in ("cyrillic", "han", "arabic", "devanagari"):
        options = sorted(latin_variants(p.native) - {fold(p.latin)})
        if options:
            return rng.choice(options)
    return fold(p.latin)


def _queries(
    rng: random.Random, people: list[SamplePerson], count: int
) -> list[tuple[str, str, str]]:
    """(kind, query, wanted id): Latin full/partial, native, alternate spelling, one typo."""
    out: list[tuple[str, str, str]] = []
    kinds = ["latin"] * 25 + ["partial"] * 20 + ["native"] * 20 + ["alternate"] * 15 + ["typo"] * 20
    for _ in range(count):
        p = rng.choice(people)
        kind = rng.choice(kinds)
        if kind == "latin":
            q = p.latin
        elif kind == "partial":
            # as you type: the last word unfinished, at least three of its letters typed
            head, _, last = p.latin.rpartition(" ")
            cut = max(3, len(last) - rng.randint(1, max(1, len(last) * 2 // 5)))
            q = f"{head} {last[:cut]}".strip()
        elif kind == "native":
            q = p.native or p.latin
        elif kind == "alternate":
            q = _alternate(rng, p)
        else:
            words = p.latin.split()
            longest = max(range(len(words)), key=lambda i: len(words[i]))
            if len(words[longest]) >= 5:
                words[longest] = _typo(rng, words[longest])
            q = " ".join(words)
        out.append((kind, q, p.id))
    return out


def _percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))]


def _row(
    name: str, figure: float, unit: str, floor: float | None, target: str, ok: bool
) -> dict[str, object]:
    """One result row in the shape benchmarks/__main__ prints."""
    return {"name": name, "figure": round(figure, 3), "unit": unit,
            "floor": None if floor is None else round(floor, 3), "target": target, "ok": ok}  # fmt: skip


def run(quick: bool = False) -> list[dict[str, object]]:
    """Measure search latency, hit rate and build time beside their floors."""
    n_people, n_queries, n_naive = (10_000, 200, 10) if quick else (100_000, 1_000, 30)
    rng = random.Random(7)
    people = generate_people(n_people)
    by_id = {p.id: p for p in people}
    entries = [_entry(p) for p in people]

    t0 = time.perf_counter()
    exact: dict[str, list[str]] = defaultdict(list)
    for p in people:
        for name in {fold(p.latin), fold(p.native)} - {""}:
            exact[name].append(p.id)
    floor_build = time.perf_counter() - t0

    fold.cache_clear()
    word_variants.cache_clear()
    t0 = time.perf_counter()
    index = SearchIndex.build(entries)
    build = time.perf_counter() - t0

    queries = _queries(rng, people, n_queries)
    for _, q, _ in queries[:20]:  # warm caches the way the first keystrokes would
        index.query(q, 5)

    lat: list[float] = []
    floor_lat: list[float] = []
    hits = 0
    floor_hits = 0
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for kind, q, wanted in queries:
        t0 = time.perf_counter()
        result = index.query(q, 5)
        lat.append((time.perf_counter() - t0) * 1000)
        fold.cache_clear()  # keep the floor honest: it folds from scratch, as the index did
        t0 = time.perf_counter()
        found = exact.get(fold(q), [])[:5]
        floor_lat.append((time.perf_counter() - t0) * 1000)

        w = by_id[wanted]
        names = {fold(w.latin), fold(w.native)} - {""}

        def namesake(pid: str, names: set[str] = names) -> bool:
            o = by_id[pid]
            return bool(names & {fold(o.latin), fold(o.native)})

        ids = [h.id for h in result]
        ok = wanted in ids or (bool(ids) and all(namesake(i) for i in ids))
        hits += ok
        per_kind[kind][0] += ok
        per_kind[kind][1] += 1
        floor_hits += wanted in found or (bool(found) and all(namesake(i) for i in found))
        if not ok:
            logger.info("miss [%s] %r wanted %s %s got %s", kind, q, w.latin, w.native, ids)

    latin_names = [fold(p.latin) for p in people]
    naive: list[float] = []
    for _, q, _ in queries[:n_naive]:
        t0 = time.perf_counter()
        process.extract(fold(q), latin_names, scorer=fuzz.WRatio, limit=5)
        naive.append((time.perf_counter() - t0) * 1000)

    p95 = _percentile(lat, 95)
    rate = 100 * hits / len(queries)
    rows = [
        _row("search p95 latency", p95, "ms", _percentile(floor_lat, 95), f"<= {P95_TARGET_MS:g}", p95 <= P95_TARGET_MS),
        _row("search p50 latency", statistics.median(lat), "ms", statistics.median(floor_lat), "info", True),
        _row("search p99 latency", _percentile(lat, 99), "ms", _percentile(floor_lat, 99), "info", True),
        _row("search top-5 hit rate", rate, "%", 100 * floor_hits / len(queries), f">= {HIT_TARGET_PCT:g}", rate >= HIT_TARGET_PCT),
    ]  # fmt: skip
    for kind, (good, total) in sorted(per_kind.items()):
        rows.append(_row(f"  hit rate: {kind}", 100 * good / total, "%", None, "info", True))
    rows.append(
        _row(
            "search index build",
            build,
            "s",
            floor_build,
            f"<= {BUILD_TARGET_S:g}",
            build <= BUILD_TARGET_S,
        )
    )
    rows.append(
        _row("naive WRatio scan p95 (reference)", _percentile(naive, 95), "ms", None, "info", True)
    )
    return rows


def main() -> None:
    """Print the rows as a table."""
    import sys

    logging.basicConfig(level=logging.INFO if "-v" in sys.argv else logging.WARNING)
    for row in run(quick="--quick" in sys.argv):
        mark = "ok" if row["ok"] else "FAIL"
        print(
            f"{row['name']:<36} {row['figure']:>10} {row['unit']:<3} floor {row['floor']!s:>8}  target {row['target']:<8} {mark}"
        )


if __name__ == "__main__":
    main()
