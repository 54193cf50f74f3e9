"""Scorers behind `dateline eval ...`: each reads a gold format and prints one JSON object."""
