"""Reports: arrivals, the watch list, attendance and check-in exports, the end-of-day PDF."""
