"""Write docs/event-record.md from the EventRecord model, so the doc cannot drift from the code.

    python scripts/document_record.py            # rewrite the file
    python scripts/document_record.py --check    # exit 1 when the file is stale (used by the tests)
"""

from __future__ import annotations

import sys
from pathlib import Path

from dateline.types import ACLED_COLUMNS, Counts, EventRecord, Evidence

OUT = Path(__file__).resolve().parents[1] / "docs" / "event-record.md"


def type_name(annotation: object) -> str:
    text = getattr(annotation, "__name__", None) or str(annotation)
    return text.replace(" | ", " or ").replace("typing.", "").replace("datetime.", "").replace("dateline.types.", "")


def render() -> str:
    lines = [
        "# The event record",
        "",
        "One JSON object per event. This page is generated from `dateline.types.EventRecord`",
        "by `python scripts/document_record.py`; edit the model, not this page.",
        "",
        "ACLED's export columns come first, in ACLED's order (that is also the CSV layout); dateline's own",
        "keys follow. Unknown values are `null`.",
        "",
        "| key | type | ACLED column | meaning |",
        "|---|---|---|---|",
    ]
    for name, field in EventRecord.model_fields.items():
        acled = "yes" if name in ACLED_COLUMNS else ""
        lines.append(f"| `{name}` | {type_name(field.annotation)} | {acled} | {field.description or ''} |")
    lines += [
        "",
        "`counts` holds " + ", ".join(f"`{k}`" for k in Counts.model_fields) + " (null when the report gives no figure).",
        "",
        "`evidence` maps a field name (`event_type`, `sub_event_type`, `location`, `event_date`, `actor1`, `actor2`,",
        "`fatalities`, `counts.arrested`, `modality`, …) to a list of spans, each "
        + ", ".join(f"`{k}`" for k in Evidence.model_fields)
        + ": character offsets into the article text (end exclusive).",
        "`article_id` on a span is set when a record merges several reports and says which article the offsets point into.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    text = render()
    if "--check" in sys.argv:
        sys.exit(0 if OUT.exists() and OUT.read_text(encoding="utf-8") == text else 1)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
