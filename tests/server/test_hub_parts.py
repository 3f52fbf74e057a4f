"""The server's composition root: its parts share one set of transactions and one clock,
and it assembles the importer itself (``forumdesk-server event import``)."""

from __future__ import annotations

from pathlib import Path

from server.db import open_server_database
from server.hub import SERVER_DESK_NAME, Hub
from tests.e2e.test_sync_support import PEOPLE_CSV


def test_an_event_imported_through_the_hub_reaches_the_feed(
    server_url: str, tmp_path: Path
) -> None:
    hub = Hub(open_server_database(server_url))
    try:
        assert hub.feed.sessions is hub.sessions is hub.enrollment.sessions
        assert hub.feed_reader.sessions is hub.sessions
        assert hub.feed.clock is hub.forum.clock
        assert hub.forum.clock.node == SERVER_DESK_NAME
        people = tmp_path / "people.csv"
        people.write_text(PEOPLE_CSV, encoding="utf-8")
        report = hub.importer.import_file(people)
        assert (report.created, report.updated) == (3, 0)
        published = hub.publish_local_changes()
        assert published >= 3  # the three people, and their delegations
        changes, cursor, more = hub.pull(0, 1000)
        assert not more and cursor == hub.cursor()
        people_in_feed = [c for c in changes if c["entity"] == "participant"]
        assert sorted(c["data"]["registration_code"] for c in people_in_feed) == [
            "H-001",
            "K-001",
            "Z-001",
        ]
        assert {c["origin"] for c in changes} == {SERVER_DESK_NAME}
    finally:
        hub.db.close()
