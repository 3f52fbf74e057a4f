"""Reports: arrivals counted by the rules (distinct people, undone and rejected not counted),
the watch list, attendance and check-in lists."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text

from desktop.db.models import Category, CheckIn, Participant
from desktop.desk import Forum
from desktop.services.participants import WalkIn
from desktop.services.reports import ReportService, buckets, day_range


class Clock:
    """A settable clock for the check-in service (local times of the event's first day)."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def at(self, hh: int, mm: int) -> None:
        self.now = self.now.astimezone(self.tz).replace(hour=hh, minute=mm).astimezone(UTC)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo("Europe/Moscow")


@pytest.fixture
def clock(demo_forum: Forum) -> Clock:
    event = demo_forum.event()
    assert event.start_date is not None
    tz = ZoneInfo(event.timezone)
    c = Clock(datetime.combine(event.start_date, time(9, 0), tzinfo=tz).astimezone(UTC))
    demo_forum.checkin.now = c
    return c


@pytest.fixture
def people(demo_forum: Forum) -> Iterator[dict[str, list[str]]]:
    """Registration codes of registered participants by category code."""
    out: dict[str, list[str]] = {}
    with demo_forum.session() as s:
        rows = s.execute(
            select(Participant.registration_code, Category.code)
            .join(Category, Category.id == Participant.category_id)
            .where(Participant.status == "registered", Participant.merged_into.is_(None))
            .order_by(Participant.registration_code)
        )
        for code, cat in rows:
            out.setdefault(cat, []).append(code)
    yield out


def day_of(forum: Forum) -> date:
    start = forum.event().start_date
    assert start is not None
    return start


def test_arrivals_count_distinct_people_not_undone_not_rejected(
    demo_forum: Forum, clock: Clock, people: dict[str, list[str]]
) -> None:
    delegates = people["delegate"]
    before = demo_forum.reports.arrivals()
    assert before.totals.arrived == 0
    assert before.totals.registered == before.totals.not_arrived

    clock.at(9, 5)
    for code in delegates[:5]:
        assert demo_forum.checkin.scan(code, "main").result == "admitted"
    # the same people again in the same zone and in another zone: still five people
    clock.at(9, 20)
    assert demo_forum.checkin.scan(delegates[0], "main").result == "already_in"
    assert demo_forum.checkin.scan(delegates[1], "plenary").result == "admitted"
    # a rejection is no arrival
    assert demo_forum.checkin.scan("NO-SUCH-CODE", "main").result == "rejected"
    # an undone admission is no arrival
    clock.at(9, 40)
    demo_forum.checkin.scan(delegates[5], "main")
    assert demo_forum.checkin.undo_last("main") is not None

    a = demo_forum.reports.arrivals(day_of(demo_forum))
    t = a.totals
    assert t.arrived == 5
    assert t.not_arrived == t.registered - 5
    assert t.rejections == 1 and t.rejections_by_reason == {"unknown": 1}
    assert t.undone == 1
    assert t.flagged == 1  # the amber second scan
    assert t.inside_now == 5
    delegate_row = next(r for r in a.by_category if r.key == "delegate")
    assert delegate_row.arrived == 5 and delegate_row.registered == len(delegates)
    assert sum(r.arrived for r in a.by_country) == 5
    assert sum(r.arrived for r in a.by_delegation) == 5
    assert sum(b.arrivals for b in a.over_time) == 5
    assert a.over_time[0].start.hour == 9 and a.over_time[0].start.minute == 0
    assert a.over_time[0].start.utcoffset() == timedelta(hours=3)
    zones = {z.code: z for z in a.zones}
    assert zones["main"].people == 5 and zones["main"].rejections == 1
    assert zones["main"].admissions == 5  # the undone one is gone
    assert zones["plenary"].people == 1
    # another day holds nothing
    other = demo_forum.reports.arrivals(day_of(demo_forum) + timedelta(days=1))
    assert other.totals.arrived == 0 and other.totals.rejections == 0


def test_flagged_second_admission_from_another_desk_counts_once(
    demo_forum: Forum, clock: Clock, people: dict[str, list[str]]
) -> None:
    code = people["delegate"][0]
    d = demo_forum.checkin.scan(code, "main")
    assert d.participant is not None
    # what sync brings from a desk that was offline: a second admission, flagged
    with demo_forum.session() as s:
        s.add(
            CheckIn(
                participant_id=uuid.UUID(d.participant.id),
                zone="main",
                direction="in",
                at=clock.now + timedelta(minutes=2),
                desk="desk-2",
                result="admitted",
                flagged=True,
            )
        )
    a = demo_forum.reports.arrivals()
    assert a.totals.arrived == 1 and a.totals.flagged == 1
    rows = [r for r in demo_forum.reports.attendance() if r.registration_code == code]
    assert rows[0].admissions == 2 and rows[0].flagged == 1 and rows[0].status == "inside"


def test_watch_list_loses_a_head_when_admitted(
    demo_forum: Forum, clock: Clock, people: dict[str, list[str]]
) -> None:
    watch = demo_forum.reports.watch_list()
    assert {w.category_code for w in watch} <= {"head", "vip"}
    assert len(watch) >= len(people["head"]) + len(people["vip"]) - 1
    assert all(
        w.native_name and w.latin_name and w.delegation for w in watch if w.category_code == "head"
    )
    keys = [(w.category_code != "head", w.country_name) for w in watch]
    assert keys == sorted(keys)
    head = people["head"][0]
    demo_forum.checkin.scan(head, "main")
    after = demo_forum.reports.watch_list()
    assert head not in {w.registration_code for w in after}
    assert len(after) == len(watch) - 1
    # a rejected or undone head stays on the list
    vip = next(w.registration_code for w in after if w.category_code == "vip")
    demo_forum.checkin.scan(vip, "main")
    demo_forum.checkin.undo_last("main")
    assert vip in {w.registration_code for w in demo_forum.reports.watch_list()}


def test_attendance_first_arrival_last_seen_and_status(
    demo_forum: Forum, clock: Clock, people: dict[str, list[str]]
) -> None:
    code = people["delegate"][3]
    clock.at(8, 50)
    demo_forum.checkin.scan(code, "main")
    clock.at(10, 15)
    demo_forum.checkin.scan(code, "plenary")
    clock.at(12, 0)
    demo_forum.checkin.scan(code, "plenary", direction="out")
    demo_forum.checkin.scan(code, "main", direction="out")
    rows = {r.registration_code: r for r in demo_forum.reports.attendance(day_of(demo_forum))}
    row = rows[code]
    assert row.first_arrival is not None and row.last_seen is not None
    assert (row.first_arrival.hour, row.first_arrival.minute) == (8, 50)
    assert (row.last_seen.hour, row.last_seen.minute) == (12, 0)
    assert row.zones_visited == ["main", "plenary"]
    assert row.status == "left"
    assert rows[people["delegate"][4]].status == "not_arrived"
    assert len(rows) >= 596


def test_checkins_list_every_fact_with_both_names_and_times(
    demo_forum: Forum, clock: Clock, people: dict[str, list[str]]
) -> None:
    code = people["head"][1]
    demo_forum.checkin.scan(code, "vip", desk="VIP desk")
    clock.at(9, 1)
    demo_forum.checkin.scan("garbage!", "main")
    demo_forum.checkin.undo_last("main")  # nothing of this desk admitted in main: no fact
    rows = demo_forum.reports.checkins()
    assert len(rows) == 2
    first = rows[0]
    assert first.registration_code == code and first.native_name and first.latin_name
    assert first.desk == "VIP desk" and first.zone == "vip" and first.result == "admitted"
    assert first.at.tzinfo == UTC and first.at_local.utcoffset() == timedelta(hours=3)
    assert first.at_local == first.at
    assert rows[1].result == "rejected" and rows[1].registration_code == ""


def test_day_range_and_buckets() -> None:
    tz = ZoneInfo("Europe/Moscow")
    start, end = day_range(date(2025, 6, 3), tz)
    assert start == datetime(2025, 6, 2, 21, 0, tzinfo=UTC)
    assert end - start == timedelta(days=1)
    moments = [datetime(2025, 6, 3, 9, m, tzinfo=tz) for m in (1, 14, 15, 59)]
    b = buckets(moments)
    assert [(x.start.minute, x.arrivals, x.cumulative) for x in b] == [
        (0, 2, 2),
        (15, 1, 3),
        (30, 0, 3),
        (45, 1, 4),
    ]
    assert buckets([]) == []


# -- the fast (cached, incremental) reports against a plain recount -----------------------------
#
# ``reference`` recounts everything from the tables on every call, straight from the rules in
# desktop.reports.model, with no cache and nothing incremental. The scenario below plays a
# forum day through the real check-in service and adds what sync brings (other desks' facts,
# late facts, undos of other desks' admissions, badge-only facts, people this desk does not
# know yet), edits people between refreshes, and compares every refresh of one long-lived
# ReportService (and of a fresh one) with the reference.

_REF_FACTS = """SELECT id, participant_id, badge_id, zone, direction, at, result, reason, flagged,
    refers_to FROM checkin"""
_REF_PEOPLE = """SELECT rowid, id, merged_into, badge_id, category_id, country, delegation_id,
    status, registration_code, given_name, family_name, given_name_latin, family_name_latin,
    title FROM participant WHERE event_id = ?"""


def _hex(value: object) -> str | None:
    return None if value is None else str(value).replace("-", "").lower()


def _uuid_or_empty(value: str | None) -> str:
    return str(uuid.UUID(value)) if value else ""


def reference(forum: Forum, day: date | None) -> dict[str, object]:
    """Arrivals (as JSON, without ``computed_at``), watch list and attendance, recounted."""
    from desktop.domain.countries import country_name
    from desktop.text.names import full_name, latin_full_name

    event = forum.event()
    tz = ZoneInfo(event.timezone)
    with forum.session() as s:
        conn = s.connection()
        event_hex = _hex(s.execute(text("SELECT id FROM event")).scalar())
        cats = {
            _hex(r[0]): r
            for r in conn.exec_driver_sql(
                "SELECT id, code, name, colour, watch, sort FROM category WHERE event_id = ?",
                (event_hex,),
            )
        }
        dels = {
            _hex(r[0]): (r[1], r[2], _hex(r[3]))
            for r in conn.exec_driver_sql(
                "SELECT id, name, country, head_participant_id FROM delegation WHERE event_id = ?",
                (event_hex,),
            )
        }
        zone_rows = list(
            conn.exec_driver_sql(
                "SELECT code, name FROM zone WHERE event_id = ? ORDER BY sort, code", (event_hex,)
            )
        )
        people = {_hex(r[1]): r for r in conn.exec_driver_sql(_REF_PEOPLE, (event_hex,))}
        facts = [
            {
                "id": _hex(r[0]),
                "pid": _hex(r[1]),
                "badge": r[2],
                "zone": r[3],
                "dir": r[4],
                "at": datetime.fromisoformat(str(r[5])).replace(tzinfo=UTC),
                "result": r[6],
                "reason": r[7],
                "flagged": bool(r[8]),
                "refers_to": _hex(r[9]),
            }
            for r in conn.exec_driver_sql(_REF_FACTS)
        ]
    facts.sort(key=lambda f: (f["at"], f["id"]))
    undone = {f["refers_to"] for f in facts if f["result"] == "undone" and f["refers_to"]}
    if day is not None:
        start, end = day_range(day, tz)
        facts = [f for f in facts if start <= f["at"] < end]
    by_badge = {r[3]: pid for pid, r in people.items()}
    heads = {h for _, _, h in dels.values() if h}

    def key(f: dict) -> str | int | None:  # type: ignore[type-arg]
        pid = f["pid"] if f["pid"] is not None else by_badge.get(f["badge"])
        for _ in range(8):
            if pid not in people or people[pid][2] is None:
                break
            pid = _hex(people[pid][2])
        return pid if pid is not None else f["badge"]

    for f in facts:
        f["key"] = key(f)
    effective = [f for f in facts if f["result"] == "admitted" and f["id"] not in undone]
    entries = [f for f in effective if f["dir"] == "in"]
    arrived: dict[object, datetime] = {}
    for f in entries:
        if f["key"] is not None and f["key"] not in arrived:
            arrived[f["key"]] = f["at"]
    last_state: dict[tuple[object, str], str] = {}
    for f in effective:
        if f["key"] is not None:
            last_state[(f["key"], f["zone"])] = f["dir"]
    inside_keys = {k for (k, _), d in last_state.items() if d == "in"}

    def person_of(k: object) -> tuple | None:  # type: ignore[type-arg]
        p = people.get(k) if isinstance(k, str) else None
        return p if p is not None and p[2] is None else None

    registered_people = [p for p in people.values() if p[2] is None and p[7] == "registered"]
    arrived_people = [p for k in arrived if (p := person_of(k)) is not None]

    def groups(field: int) -> dict[object, list[int]]:
        out: dict[object, list[int]] = {}
        for p in registered_people:
            g = out.setdefault(_hex(p[field]) if field != 5 else p[5], [0, 0, p[0]])
            g[1] += 1
            g[2] = min(g[2], p[0])
        for p in arrived_people:
            g = out.setdefault(_hex(p[field]) if field != 5 else p[5], [0, 0, p[0]])
            g[0] += 1
            g[2] = min(g[2], p[0])
        return out

    def ordered(rows: list[dict], first: dict[str, int]) -> list[dict]:  # type: ignore[type-arg]
        rows.sort(key=lambda r: first[r["key"]])
        rows.sort(key=lambda r: (-r["arrived"], -r["registered"], r["label"]))
        return rows

    def row(key_: str, label: str, a: int, r: int, colour: str = "", country: str = "") -> dict:  # type: ignore[type-arg]
        return {
            "key": key_,
            "label": label,
            "arrived": a,
            "registered": r,
            "colour": colour,
            "country": country,
        }

    by_cat = groups(4)
    by_category = [
        row(c[1], c[2], by_cat[cid][0], by_cat[cid][1], colour=c[3])
        for cid, c in sorted(cats.items(), key=lambda item: (item[1][5], item[1][1]))
        if cid in by_cat
    ]
    by_ctry = groups(5)
    by_country = ordered(
        [row(c, country_name(c), a, r, country=c) for c, (a, r, _) in by_ctry.items()],
        {c: g[2] for c, g in by_ctry.items()},
    )
    by_del = groups(6)
    by_delegation = ordered(
        [
            row(
                _uuid_or_empty(d),
                dels.get(d, ("", ""))[0] if d else "",
                a,
                r,
                country=dels.get(d, ("", ""))[1] if d else "",
            )
            for d, (a, r, _) in by_del.items()
        ],
        {_uuid_or_empty(d): g[2] for d, g in by_del.items()},
    )
    rejected = [f for f in facts if f["result"] == "rejected"]
    reasons: dict[str, int] = {}
    for f in rejected:
        reasons[f["reason"] or "unknown"] = reasons.get(f["reason"] or "unknown", 0) + 1
    first_seen = list(reasons)
    reasons = dict(sorted(reasons.items(), key=lambda kv: (-kv[1], first_seen.index(kv[0]))))
    registered = len(registered_people)
    totals = {
        "registered": registered,
        "arrived": len(arrived),
        "not_arrived": registered - sum(1 for p in arrived_people if p[7] == "registered"),
        "inside_now": len(inside_keys),
        "rejections": len(rejected),
        "rejections_by_reason": reasons,
        "flagged": sum(1 for f in facts if f["flagged"]),
        "undone": sum(1 for f in facts if f["result"] == "undone"),
        "pending_details": sum(1 for k in arrived if isinstance(k, int)),
    }
    names = {c: n for c, n in zone_rows}
    extra = {f["zone"] for f in facts if f["result"] == "rejected"} | {f["zone"] for f in entries}
    zones = [
        {
            "code": z,
            "name": names.get(z, z),
            "admissions": sum(1 for f in entries if f["zone"] == z),
            "people": len({f["key"] for f in entries if f["zone"] == z and f["key"] is not None}),
            "inside": sum(1 for (_, zz), d in last_state.items() if zz == z and d == "in"),
            "rejections": sum(1 for f in rejected if f["zone"] == z),
        }
        for z in [c for c, _ in zone_rows] + sorted(extra - set(names))
    ]
    over_time = [
        {"start": b.start.isoformat(), "arrivals": b.arrivals, "cumulative": b.cumulative}
        for b in buckets(at.astimezone(tz) for at in arrived.values())
    ]
    arrivals = {
        "event": event.name,
        "timezone": str(tz.key),
        "day": day.isoformat() if day else None,
        "totals": totals,
        "by_category": by_category,
        "by_country": by_country,
        "by_delegation": by_delegation,
        "over_time": over_time,
        "zones": zones,
    }

    def native(p: tuple) -> str:  # type: ignore[type-arg]
        return full_name(p[9], p[10], p[5])

    def latin(p: tuple) -> str:  # type: ignore[type-arg]
        return latin_full_name(p[11], p[12], p[5])

    watch = []
    for pid, p in sorted(people.items(), key=lambda item: item[1][0]):
        cat = cats.get(_hex(p[4]))
        if p[2] is not None or p[7] != "registered" or cat is None:
            continue
        if not (cat[4] or pid in heads) or pid in arrived:
            continue
        dname, _, _ = dels.get(_hex(p[6]), ("", "", None))
        watch.append(
            (
                (
                    cat[5],
                    country_name(p[5]).casefold(),
                    dname.casefold(),
                    (latin(p) or native(p)).casefold(),
                ),
                {
                    "participant_id": _uuid_or_empty(pid),
                    "registration_code": p[8],
                    "native_name": native(p),
                    "latin_name": latin(p),
                    "title": p[13],
                    "delegation": dname,
                    "country": p[5],
                    "country_name": country_name(p[5]),
                    "category_code": cat[1],
                    "category_name": cat[2],
                    "category_colour": cat[3],
                },
            )
        )
    watch.sort(key=lambda pair: pair[0])

    attendance = []
    for pid, p in sorted(people.items(), key=lambda item: item[1][0]):
        if p[2] is not None:
            continue
        mine = [f for f in facts if f["key"] == pid and f["result"] != "undone"]
        eff_in = [f for f in entries if f["key"] == pid]
        last = mine[-1] if mine else None
        if pid in arrived:
            status = "inside" if pid in inside_keys else "left"
        else:
            status = "cancelled" if p[7] != "registered" else "not_arrived"
        dname = dels.get(_hex(p[6]), ("", "", None))[0]
        cat = cats.get(_hex(p[4]))
        attendance.append(
            (
                (
                    country_name(p[5]).casefold(),
                    dname.casefold(),
                    (latin(p) or native(p)).casefold(),
                ),
                (
                    p[8],
                    dname,
                    cat[2] if cat else "",
                    p[7],
                    status,
                    arrived[pid].astimezone(tz) if pid in arrived else None,
                    last["at"].astimezone(tz) if last else None,
                    last["zone"] if last else "",
                    list(dict.fromkeys(f["zone"] for f in eff_in)),
                    len(eff_in),
                    sum(1 for f in mine if f["result"] == "rejected"),
                    sum(1 for f in mine if f["result"] != "rejected" and f["flagged"]),
                ),
            )
        )
    attendance.sort(key=lambda pair: pair[0])
    checkins = [
        (
            _uuid_or_empty(f["id"]),
            _uuid_or_empty(f["key"] if isinstance(f["key"], str) else None),
            f["result"],
            f["id"] in undone,
        )
        for f in facts
    ]
    return {
        "arrivals": arrivals,
        "watch": [w for _, w in watch],
        "attendance": [a for _, a in attendance],
        "checkins": checkins,
    }


def fast(reports: ReportService, day: date | None) -> dict[str, object]:
    """What the service says, in the reference's shapes."""
    arrivals = reports.arrivals(day).to_json()
    del arrivals["computed_at"]
    return {
        "arrivals": arrivals,
        "watch": [w.to_json() for w in reports.watch_list(day)],
        "attendance": [
            (
                r.registration_code,
                r.delegation,
                r.category_name,
                r.registration_status,
                r.status,
                r.first_arrival,
                r.last_seen,
                r.last_zone,
                r.zones_visited,
                r.admissions,
                r.rejections,
                r.flagged,
            )
            for r in reports.attendance(day)
        ],
        "checkins": [(r.id, r.participant_id, r.result, r.undone) for r in reports.checkins(day)],
    }


class _Scenario:
    """A forum day played through the check-in service, with what sync brings besides."""

    def __init__(self, forum: Forum, clock: Clock, seed: int) -> None:
        self.forum, self.clock, self.rng = forum, clock, random.Random(seed)
        with forum.session() as s:
            rows = s.execute(
                select(Participant.registration_code, Participant.status, Participant.id)
            ).all()
        self.codes = [c for c, st, _ in rows if st == "registered"]
        self.vips = [w.registration_code for w in forum.reports.watch_list()]
        self.cancelled = [c for c, st, _ in rows if st != "registered"]
        self.rng.shuffle(self.codes)
        self.fresh = 0
        self.seen: list[str] = []
        self.inside: list[tuple[str, str]] = []
        self.left: list[tuple[str, str]] = []
        self.zones = ["main", "main", "main", "plenary", "plenary", "vip", "press", "b2b"]

    def tick(self) -> None:
        self.clock.now += timedelta(seconds=self.rng.randint(5, 200))

    def scans(self, n: int) -> None:
        rng, checkin = self.rng, self.forum.checkin
        if self.vips:  # a head of delegation or VIP arrives: the watch list changes
            self.tick()
            vip = self.vips.pop()
            if checkin.scan(vip, "main").result == "admitted":
                self.seen.append(vip)
                self.inside.append((vip, "main"))
        if self.seen:  # an offline desk's fact of someone already counted, from before
            self.synced_fact("late")
        for _ in range(n):
            self.tick()
            roll = rng.random()
            zone = rng.choice(self.zones)
            direction = "in"
            if roll < 0.40 and self.fresh < len(self.codes):
                code = self.codes[self.fresh]
                self.fresh += 1
            elif roll < 0.52 and self.inside:
                code, zone = rng.choice(self.inside)  # a repeat: amber
            elif roll < 0.66 and self.inside:
                code, zone = self.inside.pop(rng.randrange(len(self.inside)))
                direction = "out"
            elif roll < 0.74 and self.left:
                code, zone = self.left.pop(rng.randrange(len(self.left)))  # re-entry
            elif roll < 0.79:
                code = f"NOPE-{rng.randrange(10**6)}"
            elif roll < 0.83 and self.cancelled:
                code = rng.choice(self.cancelled)
            elif roll < 0.92:
                checkin.undo_last(zone)
                continue
            else:
                self.synced_fact()
                continue
            desk = "D2" if rng.random() < 0.2 else None
            d = checkin.scan(code, zone, direction=direction, desk=desk)
            if d.result == "admitted":
                if direction == "in":
                    self.seen.append(code)
                    self.inside.append((code, zone))
                else:
                    self.left.append((code, zone))

    def synced_fact(self, kind: str = "") -> None:
        """A fact another desk made: flagged second admissions, late facts, undos of its own
        admissions, badge-only facts, people this desk does not know yet."""
        rng = self.rng
        kinds = ["flagged", "late", "undo_other", "undo_old", "badge", "foreign", "unknown_badge"]
        kind = kind or rng.choice(kinds)
        if kind == "undo_old":
            self.undo_old()
            return
        code = rng.choice(self.seen[-5:] if kind == "late" and self.seen else self.codes)
        with self.forum.session() as s:
            person = s.scalars(
                select(Participant).where(Participant.registration_code == code)
            ).one()
            at = self.clock.now - timedelta(minutes=rng.choice([20, 90]) if kind == "late" else 0)
            fact = CheckIn(
                participant_id=person.id,
                zone=rng.choice(self.zones),
                direction="in",
                at=at,
                desk="D9",
                result="admitted",
                flagged=kind == "flagged",
            )
            if kind == "badge":
                fact.participant_id, fact.badge_id = None, person.badge_id
            elif kind == "foreign":
                fact.participant_id = uuid.UUID(int=rng.getrandbits(128))
            elif kind == "unknown_badge":
                fact.participant_id, fact.badge_id = None, rng.getrandbits(62)
            s.add(fact)
            s.flush()
            if kind == "undo_other" or rng.random() < 0.1:
                s.add(
                    CheckIn(
                        participant_id=fact.participant_id,
                        badge_id=fact.badge_id,
                        zone=fact.zone,
                        direction="in",
                        at=at + timedelta(seconds=30),
                        desk="D9",
                        result="undone",
                        reason="undo",
                        refers_to=fact.id,
                    )
                )

    def undo_old(self) -> None:
        """Another desk's undo of one of its admissions made before the last refresh."""
        with self.forum.session() as s:
            facts = s.scalars(
                select(CheckIn)
                .where(CheckIn.result == "admitted", CheckIn.at < self.clock.now)
                .order_by(CheckIn.at, CheckIn.id)
            ).all()
            fact = self.rng.choice(facts[: max(1, len(facts) - 10)]) if facts else None
            if fact is not None:
                s.add(
                    CheckIn(
                        participant_id=fact.participant_id,
                        badge_id=fact.badge_id,
                        zone=fact.zone,
                        direction=fact.direction,
                        at=self.clock.now,
                        desk="D9",
                        result="undone",
                        reason="undo",
                        refers_to=fact.id,
                    )
                )

    def edits(self) -> None:
        """People change while the dashboard is open: a cancellation, a country, a merge, a
        walk-in, the details of people only known by a fact arriving by sync."""
        forum, rng = self.forum, self.rng
        if self.seen:
            forum.participants.set_status(rng.choice(self.seen), "cancelled")
        forum.participants.update(rng.choice(self.codes), {"country": rng.choice(["BR", "IN"])})
        if self.seen:
            forum.participants.update(rng.choice(self.seen), {"country": "CN"})
        watched = forum.reports.watch_list()  # edits of people on the watch list show there
        if watched:
            vip = rng.choice(watched).registration_code
            forum.participants.update(vip, {"family_name_latin": f"Renamed{rng.randrange(99)}"})
            forum.participants.update(rng.choice(watched).registration_code, {"country": "EG"})
        keep, drop = rng.sample(self.seen or self.codes, 2)
        forum.participants.merge(keep, drop)
        walk_in = forum.participants.register_walk_in(
            WalkIn("Amara", f"Diallo{rng.randrange(1000)}", "Walk-ins", "SN", "guest")
        )
        forum.checkin.scan(walk_in.registration_code, "main")
        with forum.session() as s:
            template = s.scalars(select(Participant).limit(1)).one()
            unknown = s.execute(
                select(CheckIn.participant_id, CheckIn.badge_id)
                .where(CheckIn.result == "admitted")
                .where(
                    CheckIn.participant_id.not_in(select(Participant.id))
                    | (
                        CheckIn.participant_id.is_(None)
                        & CheckIn.badge_id.not_in(select(Participant.badge_id))
                    )
                )
                .order_by(CheckIn.at, CheckIn.id)
            ).all()
            if unknown:
                pid, badge = rng.choice(unknown)
                s.add(
                    Participant(
                        id=pid or uuid.uuid4(),
                        event_id=template.event_id,
                        registration_code=f"SYNC-{rng.randrange(10**6)}",
                        badge_id=badge if badge is not None else rng.getrandbits(62),
                        given_name="Synced",
                        family_name="Person",
                        country="ZA",
                        category_id=template.category_id,
                        delegation_id=template.delegation_id,
                    )
                )


def _compare(reports: ReportService, forum: Forum, days: list[date | None]) -> None:
    expected = {day: reference(forum, day) for day in days}
    # what the dashboard page asks for, first: one read for the numbers and the watch list
    for day in days:
        board = reports.dashboard(whole_event=day is None, today=day or days[0])
        arrivals = board.arrivals.to_json()
        del arrivals["computed_at"]
        assert arrivals == expected[day]["arrivals"], f"dashboard differs for {day}"
        assert [w.to_json() for w in board.watch] == expected[None]["watch"]
    for day in days:
        got = fast(reports, day)
        for part in ("arrivals", "watch", "attendance", "checkins"):
            assert got[part] == expected[day][part], f"{part} differ for {day}"


def test_fast_refresh_matches_a_plain_recount_through_the_day(
    demo_forum: Forum, clock: Clock
) -> None:
    day = day_of(demo_forum)
    days: list[date | None] = [day, None, day + timedelta(days=1)]
    scenario = _Scenario(demo_forum, clock, seed=5)
    reports = demo_forum.reports
    _compare(reports, demo_forum, days)  # nothing yet
    for round_ in range(8):
        if round_ == 4:  # the second day
            clock.now = clock.now + timedelta(days=1)
            clock.at(8, 0)
        reports.dashboard(today=day)  # the page's refresh, then facts come in
        scenario.scans(40)
        _compare(reports, demo_forum, days)  # only new facts since the last refresh
        if round_ % 2:
            reports.dashboard(today=day)
            scenario.edits()
            _compare(reports, demo_forum, days)  # people edited since the last refresh
    # a service that never saw the day recounts the same from scratch
    _compare(ReportService(demo_forum), demo_forum, days)
    totals = reports.arrivals(None).totals
    assert totals.arrived > 100 and totals.undone and totals.flagged and totals.rejections
    assert totals.pending_details


def test_rejection_reasons_tie_in_the_order_they_first_occurred(
    demo_forum: Forum, clock: Clock
) -> None:
    """Reasons with as many rejections each are listed by their first rejection in time,
    also when a desk's earlier rejections arrive (by sync) after later ones were counted."""
    reports = demo_forum.reports

    def rejected(hh: int, mm: int, reason: str) -> CheckIn:
        clock.at(hh, mm)
        return CheckIn(zone="main", at=clock.now, desk="D7", result="rejected", reason=reason)

    with demo_forum.session() as s:
        s.add_all([rejected(9, 0, "unknown"), rejected(8, 30, "forged")])
    day = day_of(demo_forum)
    first = reports.arrivals(day).totals.rejections_by_reason
    assert list(first) == ["forged", "unknown"]
    with demo_forum.session() as s:
        s.add_all([rejected(8, 0, "unknown"), rejected(9, 30, "forged")])
    again = reports.arrivals(day).totals.rejections_by_reason
    assert list(again.items()) == [("unknown", 2), ("forged", 2)]
    assert again == reference(demo_forum, day)["arrivals"]["totals"]["rejections_by_reason"]  # type: ignore[index]
