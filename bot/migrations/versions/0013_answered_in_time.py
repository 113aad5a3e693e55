"""cases: answered within the legal deadline (indicator 9), fixed when the answer is sent

Revision ID: 0013_answered_in_time
Revises: 0012_case_test
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_answered_in_time"
down_revision = "0012_case_test"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("case", sa.Column("answered_in_time", sa.Boolean(), nullable=True))


def downgrade() -> None:
    op.drop_column("case", "answered_in_time")
