"""case handling: indexes for the digest and the deadline scan

Revision ID: 0002_handling
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002_handling"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Digest: "cases flagged needs_review" without scanning every case.
    op.create_index("ix_case_needs_review_status", "case", ["needs_review", "status"])
    # Digest and reports: answers sent in a month, answered within the deadline.
    op.create_index("ix_case_answered_at", "case", ["answered_at"])


def downgrade() -> None:
    op.drop_index("ix_case_answered_at", table_name="case")
    op.drop_index("ix_case_needs_review_status", table_name="case")
