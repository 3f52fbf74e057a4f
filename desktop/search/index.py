"""In-memory search-as-you-type index over participants, across scripts and spellings.

Design (one query must stay well under 25 ms over 100,000 participants):

* Every name is cleaned and folded (`desktop.text.normalise.fold`) into tokens. Names in
  non-Latin scripts also contribute their Latin spellings (`word_variants`: Semenov,
  Semyonov, Semjonov...; pinyin joined and by syllable; Hindi, Arabic tables), and Han
  names each of their characters, so a query in any spelling is an *exact* token hit.
* Postings: token -> list of entry slots, kept apart for names, codes and extra fields
  (delegation, organisation), plus full-name phrases for an in-order bonus.
* A sorted list of all tokens answers prefixes with `bisect` (as you type, the last word
  is usually unfinished).
* A SymSpell-style deletion map (every token of 4+ letters with one letter removed ->
  tokens) finds tokens one edit away (typo, missing, extra or swapped letter) in O(length)
  dictionary look-ups, verified with rapidfuzz's OSA distance; no scan over all names.
* Per query word the best quality wins: name exact 1.0 > name prefix 0.7–0.99 > name typo
  0.5 > extra exact 0.45 > extra prefix 0.3–0.44. An entry's score is the mean over query
  words, +0.2 when the whole query equals a full name; a registration code match outranks
  everything. Words are applied in ascending quality with `dict.update`, so the per-word
  maximum is taken at C speed.
* Only entries that match all query words compete when there are enough of them; else
  those missing at most one (they are in one of the two smallest per-word maps).
* Remove and upsert tombstone a slot; postings are filtered lazily and rebuilt once a
  quarter of the slots are dead.
"""

from __future__ import annotations

import bisect
import heapq
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from desktop.text.chinese import is_han
from desktop.text.normalise import clean_text, fold, fold_code
from desktop.text.translit import needs_transliteration, word_to_latin, word_variants

logger = logging.getLogger(__name__)

EXACT = 1.0
PREFIX_MIN = 0.7
TYPO = 0.5
EXTRA_EXACT = 0.45
EXTRA_PREFIX_MIN = 0.3
PHRASE_BONUS = 0.2
CODE_SCORE = 3.0

MAX_QUERY_CHARS = 200
"""A name is typed, not pasted: longer input is cut so a 10 kB paste costs no more than a name."""
MAX_QUERY_WORDS = 6
MAX_PREFIX_TOKENS = 3000
MAX_POSTINGS_PER_WORD = 15_000
"""Caps one-letter prefixes ("a") so they cost a few milliseconds; the top ten stay sensible."""
RERANK_POOL = 200
ORDER_WEIGHT = 0.05
"""Rerank bonus from the similarity of the query to whole names: breaks ties, never a class."""
MIN_TYPO_LEN = 4
MAX_TYPO_LEN = 24


@dataclass(frozen=True, slots=True)
class SearchEntry:
    """One participant as search sees it: names in any script, codes, delegation and organisation."""

    id: str
    names: Sequence[str]
    codes: Sequence[str] = ()
    extra: Sequence[str] = ()


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result: participant id, score (higher is better) and the text that matched."""

    id: str
    score: float
    matched: str


@dataclass(slots=True)
class _Keys:
    """Everything an entry puts into the index."""

    names: set[str]
    aliases: dict[str, tuple[str, ...]]
    extra: set[str]
    codes: set[str]
    phrases: set[str]
    name_words: int


def _deletes(token: str) -> set[str]:
    """Every string made by removing one character of the token."""
    return {token[:i] + token[i + 1 :] for i in range(len(token))}


@lru_cache(maxsize=200_000)
def _word_aliases(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(canonical tokens, Latin spellings) of one non-Latin word; Han words add each character."""
    canonical = fold(word).split()
    if any(is_han(ch) for ch in word):
        canonical += [fold(ch) for ch in word if is_han(ch)]
    spellings: set[str] = set()
    for variant in word_variants(word):
        if " " in variant:
            spellings.update(variant.split())
            spellings.add(variant.replace(" ", ""))
        else:
            spellings.add(variant)
    return tuple(dict.fromkeys(canonical)), tuple(sorted(spellings - set(canonical)))


def _name_tokens(cleaned: str, out: set[str], aliases: dict[str, tuple[str, ...]]) -> str:
    """Add a cleaned name's folded tokens to out and its words' Latin spellings to aliases."""
    folded = fold(cleaned)
    out.update(folded.split())
    for word in cleaned.split():
        if needs_transliteration(word):
            canonical, spellings = _word_aliases(word)
            out.update(canonical)
            if spellings:
                aliases[fold(word)] = spellings
    return folded


def _entry_keys(entry: SearchEntry) -> _Keys:
    """Tokens, codes and phrases of one entry."""
    names: set[str] = set()
    aliases: dict[str, tuple[str, ...]] = {}
    phrases: set[str] = set()
    words = 0
    for name in entry.names:
        cleaned = clean_text(name)
        folded = _name_tokens(cleaned, names, aliases)
        if folded:
            phrases.add(folded)
            words = max(words, folded.count(" ") + 1)
            if needs_transliteration(cleaned):
                phrases.add(fold(" ".join(word_to_latin(w) for w in cleaned.split())))
    extra: set[str] = set()
    for text in entry.extra:
        extra.update(fold(clean_text(text)).split())
    codes = {fold_code(c) for c in entry.codes} - {""}
    return _Keys(names, aliases, extra - names, codes, phrases, words)


def _add(postings: dict[str, list[int]], keys: Iterable[str], slot: int) -> None:
    """Append slot to the posting list of each key."""
    for key in keys:
        lst = postings.get(key)
        if lst is None:
            postings[key] = [slot]
        else:
            lst.append(slot)


def _add_str(table: dict[str, list[str]], keys: Iterable[str], value: str) -> None:
    """Append value to the list of each key."""
    for key in keys:
        lst = table.get(key)
        if lst is None:
            table[key] = [value]
        else:
            lst.append(value)


class SearchIndex:
    """Participants searchable by name in any script or spelling, by code and by delegation."""

    def __init__(self) -> None:
        self._ids: list[str | None] = []
        self._entries: list[SearchEntry | None] = []
        self._words: list[int] = []
        self._phrases: list[tuple[str, ...]] = []
        self._slot_of: dict[str, int] = {}
        self._name_post: dict[str, list[int]] = {}
        self._alias: dict[str, list[str]] = {}
        self._aliased: set[str] = set()
        self._extra_post: dict[str, list[int]] = {}
        self._code_post: dict[str, list[int]] = {}
        self._phrase_post: dict[str, list[int]] = {}
        self._sorted_tokens: list[str] = []
        self._token_set: set[str] = set()
        self._deletes: dict[str, list[str]] = {}
        self._dead = 0

    # ------------------------------------------------------------ building

    @classmethod
    def build(cls, entries: Iterable[SearchEntry]) -> SearchIndex:
        """Index all entries at once (app start, in the background)."""
        index = cls()
        for entry in entries:
            index._append(entry)
        index._sorted_tokens = sorted(index._token_set)
        for token in index._sorted_tokens:
            index._add_deletes(token)
        logger.info("search index built: %d entries, %d tokens", len(index), len(index._token_set))
        return index

    def __len__(self) -> int:
        return len(self._slot_of)

    def _append(self, entry: SearchEntry) -> list[str]:
        """Store an entry in a new slot; return tokens the index did not know before."""
        if entry.id in self._slot_of:
            self._tombstone(entry.id)
        slot = len(self._ids)
        keys = _entry_keys(entry)
        self._ids.append(entry.id)
        self._entries.append(entry)
        self._words.append(keys.name_words)
        self._phrases.append(tuple(keys.phrases))
        self._slot_of[entry.id] = slot
        _add(self._name_post, keys.names, slot)
        _add(self._extra_post, keys.extra, slot)
        _add(self._code_post, keys.codes, slot)
        _add(self._phrase_post, keys.phrases, slot)
        searchable = keys.names | keys.extra
        for word, spellings in keys.aliases.items():
            if word not in self._aliased:
                self._aliased.add(word)
                _add_str(self._alias, spellings, word)
                searchable.update(spellings)
        new = [t for t in searchable if t not in self._token_set]
        self._token_set.update(new)
        return new

    def _add_deletes(self, token: str) -> None:
        """Register a token under each of its one-letter deletions."""
        if MIN_TYPO_LEN <= len(token) <= MAX_TYPO_LEN:
            _add_str(self._deletes, _deletes(token), token)

    def upsert(self, entry: SearchEntry) -> None:
        """Add or replace one participant (after an edit, an import or a sync)."""
        for token in self._append(entry):
            bisect.insort(self._sorted_tokens, token)
            self._add_deletes(token)
        self._maybe_compact()

    def remove(self, id: str) -> None:
        """Forget a participant; unknown ids are ignored."""
        if id in self._slot_of:
            self._tombstone(id)
            self._maybe_compact()

    def _tombstone(self, id: str) -> None:
        """Mark the participant's slot dead; postings are filtered at query time."""
        slot = self._slot_of.pop(id)
        self._ids[slot] = None
        self._entries[slot] = None
        self._dead += 1

    def _maybe_compact(self) -> None:
        """Rebuild once dead slots are a quarter of all, so postings do not grow forever."""
        if self._dead > 1000 and self._dead * 4 > len(self._ids):
            self._copy_from(SearchIndex.build(e for e in self._entries if e is not None))

    def _copy_from(self, other: SearchIndex) -> None:
        """Take over another index's state (used by compaction)."""
        self._ids = other._ids
        self._entries = other._entries
        self._words = other._words
        self._phrases = other._phrases
        self._slot_of = other._slot_of
        self._name_post = other._name_post
        self._alias = other._alias
        self._aliased = other._aliased
        self._extra_post = other._extra_post
        self._code_post = other._code_post
        self._phrase_post = other._phrase_post
        self._sorted_tokens = other._sorted_tokens
        self._token_set = other._token_set
        self._deletes = other._deletes
        self._dead = 0

    # ------------------------------------------------------------ querying

    def _typo_tokens(self, word: str) -> list[str]:
        """Known tokens one edit (OSA: substitution, insertion, deletion, swap) from word."""
        if not MIN_TYPO_LEN - 1 <= len(word) <= MAX_TYPO_LEN:
            return []
        found: set[str] = set()
        dels = _deletes(word)
        for d in dels:
            if d in self._token_set:
                found.add(d)  # the person typed one letter too many
        for d in (*dels, word):
            found.update(self._deletes.get(d, ()))
        found.discard(word)
        return [
            t
            for t in found
            if len(t) >= MIN_TYPO_LEN and OSA.distance(word, t, score_cutoff=1) <= 1
        ]

    def _prefix_tokens(self, word: str) -> list[str]:
        """Known tokens that start with word (longer than it), shortest first, capped."""
        tokens = self._sorted_tokens
        i = bisect.bisect_right(tokens, word)
        out: list[str] = []
        while i < len(tokens) and len(out) < MAX_PREFIX_TOKENS and tokens[i].startswith(word):
            out.append(tokens[i])
            i += 1
        out.sort(key=len)
        return out

    def _word_matches(self, word: str) -> dict[int, float]:
        """Slot -> best match quality for one query word, over all its spellings."""
        alternatives = {word}
        prefixes = {word}
        if needs_transliteration(word):
            alternatives.update(v.replace(" ", "") for v in word_variants(word))
            prefixes.add(fold(word_to_latin(word)).replace(" ", ""))
        # (quality, postings) from best to worst; applied in reverse so the best wins.
        layers: list[tuple[float, list[int]]] = []
        budget = MAX_POSTINGS_PER_WORD

        def take(quality: float, postings: list[int] | None) -> bool:
            nonlocal budget
            if postings and budget > 0:
                if len(postings) > budget:
                    postings = postings[:budget]
                layers.append((quality, postings))
                budget -= len(postings)
            return budget > 0

        name_post = self._name_post
        alias = self._alias

        def name_postings(token: str) -> list[int] | None:
            direct = name_post.get(token)
            via = alias.get(token)
            if not via:
                return direct
            lists = [name_post.get(c) or [] for c in via]
            if direct:
                lists.append(direct)
            return lists[0] if len(lists) == 1 else [s for lst in lists for s in lst]

        for alt in alternatives:
            take(EXACT, name_postings(alt))
        prefix_tokens = [t for p in prefixes for t in self._prefix_tokens(p)]
        for token in prefix_tokens:
            quality = PREFIX_MIN + (1 - PREFIX_MIN) * len(word) / max(len(token), len(word) + 1)
            if not take(quality, name_postings(token)):
                break
        if budget > 0:
            for token in self._typo_tokens(word):
                take(TYPO, name_postings(token))
        for alt in alternatives:
            take(EXTRA_EXACT, self._extra_post.get(alt))
        if budget > 0:
            for token in prefix_tokens:
                quality = EXTRA_PREFIX_MIN + (EXTRA_EXACT - EXTRA_PREFIX_MIN) * len(word) / max(
                    len(token), len(word) + 1
                )
                if not take(quality, self._extra_post.get(token)):
                    break
        matches: dict[int, float] = {}
        for quality, postings in sorted(layers, key=lambda layer: layer[0]):
            matches.update(dict.fromkeys(postings, quality))
        return matches

    def query(self, text: str, limit: int = 10) -> list[SearchHit]:
        """Best matches for what the desk typed, best first; never raises on odd input."""
        if limit <= 0 or not text:
            return []
        q = fold(clean_text(text[:MAX_QUERY_CHARS]))
        if not q:
            return []
        words = list(dict.fromkeys(q.split()))[:MAX_QUERY_WORDS]
        per_word = sorted((self._word_matches(w) for w in words), key=len)
        n = len(words)
        scores: dict[int, float]
        if n == 1:
            scores = per_word[0]
        else:
            common = set(per_word[0]).intersection(*per_word[1:])
            candidates = common if len(common) >= limit else set(per_word[0]) | set(per_word[1])
            scores = {s: sum(m.get(s, 0.0) for m in per_word) / n for s in candidates}
        scores = dict(scores)
        for slot in self._phrase_post.get(q, ()):
            if slot in scores:
                scores[slot] += PHRASE_BONUS
        code_slots = set(self._code_post.get(q.replace(" ", ""), ()))
        for slot in code_slots:
            scores[slot] = CODE_SCORE
        ids = self._ids
        pool = heapq.nlargest(
            max(limit * 20, RERANK_POOL),
            (s for s in scores if ids[s] is not None),
            key=scores.__getitem__,
        )
        # Among near-equal scores, the name written most like the query wins: word order
        # (Rodríguez Díaz vs Díaz Rodríguez), whole syllables (Zhu Qiang vs Zhu Zhiqiang).
        phrases_of = self._phrases
        final = {
            s: scores[s]
            + ORDER_WEIGHT * max((fuzz.ratio(q, ph) for ph in phrases_of[s]), default=0.0) / 100
            for s in pool
        }
        best = heapq.nlargest(limit, pool, key=lambda s: (final[s], -s))
        hits: list[SearchHit] = []
        for slot in best:
            entry = self._entries[slot]
            assert entry is not None
            matched = self._matched_text(entry, q, slot in code_slots)
            hits.append(SearchHit(entry.id, round(final[slot] * 100, 2), matched))
        return hits

    @staticmethod
    def _matched_text(entry: SearchEntry, q: str, by_code: bool) -> str:
        """The entry's field that best explains the hit, shown beside the result."""
        if by_code:
            key = q.replace(" ", "")
            return next((c for c in entry.codes if fold_code(c) == key), entry.codes[0])
        best = ""
        best_score = -1.0
        for field in (*entry.names, *entry.extra):
            score = fuzz.partial_ratio(q, fold(field))
            if needs_transliteration(field):
                score = max(score, fuzz.partial_ratio(q, fold(word_to_latin(field))))
            if score > best_score:
                best, best_score = field, score
        return best
