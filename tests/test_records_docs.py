"""docs/event-record.md is generated from the model and must not go stale."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_event_record_doc_is_current() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "document_record.py"), "--check"], cwd=ROOT)
    assert result.returncode == 0, "docs/event-record.md is stale: run python scripts/document_record.py"
