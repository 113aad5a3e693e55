"""cases: mystery-shopping test complaints, left out of the indicators

Revision ID: 0008_case_test
Revises: 0007_admissibility
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_case_test"
down_revision = "0007_admissibility"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "case", sa.Column("test", sa.Boolean(), nullable=False, server_default=sa.false())
    )


def downgrade() -> None:
    op.drop_column("case", "test")
