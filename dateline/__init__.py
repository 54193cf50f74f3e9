"""dateline: conflict news in, ACLED-style evidence-backed events out."""

__version__ = "0.1.0"
