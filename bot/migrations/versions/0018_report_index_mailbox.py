"""cases: the report's covering index carries the mailbox; the retired suppression scan's row goes

`report --mailbox ID` filters on case.mailbox (0017): with the column in the covering index the
report still reads the index alone. The suppression list is now filled by the pipeline as a
bounce or an abuse report is filed; the minute scan that read them again is gone, and its
job_run row (its watermark) would otherwise be listed by `status` as a job that stopped.

Revision ID: 0018_report_index_mailbox
Revises: 0017_mailbox
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018_report_index_mailbox"
down_revision = "0017_mailbox"
branch_labels = None
depends_on = None

BEFORE = [
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
RETIRED_JOB = "outbox.suppression_scan"


def upgrade() -> None:
    op.drop_index("ix_case_report", table_name="case")
    op.create_index("ix_case_report", "case", [*BEFORE, "mailbox"])
    op.execute(sa.text("DELETE FROM job_run WHERE name = :name").bindparams(name=RETIRED_JOB))


def downgrade() -> None:
    op.drop_index("ix_case_report", table_name="case")
    op.create_index("ix_case_report", "case", BEFORE)
