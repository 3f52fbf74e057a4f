"""ForumDesk: event-day registration and check-in for international forums."""

__version__ = "0.1.0"
