"""Counts stage: number expressions, the dateline_counts component and counts of an event."""
