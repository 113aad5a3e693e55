"""cases: a covering index for the yearly report's backlog and duration scans

The report reads, per kind, the dates of every case received before the end of the period
(answers in the period, the backlog at its end, the acknowledgement and answer durations).
With every column those scans need in one index, SQLite reads the index alone instead of
fetching a million table rows one by one (bench/report.py: about 0.6 s of 5 s CPU).

Revision ID: 0016_report_covering_index
Revises: 0015_request_type
"""

from __future__ import annotations

from alembic import op

revision = "0016_report_covering_index"
down_revision = "0015_request_type"
branch_labels = None
depends_on = None

COLUMNS = [
    "kind",
    "request_type",
    "received_at",
    "answered_at",
    "closed_at",
    "acknowledged_at",
    "answered_in_time",
    "due_at",
    "test",
]


def upgrade() -> None:
    op.create_index("ix_case_report", "case", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_case_report", table_name="case")
