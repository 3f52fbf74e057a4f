"""The automatic scheduler's parts; ``desktop.meetings.scheduler.schedule`` runs them in order."""
