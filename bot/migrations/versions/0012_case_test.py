"""cases: mystery-shopping test complaints, left out of the indicators

Revision ID: 0012_case_test
Revises: 0011_admissibility
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_case_test"
down_revision = "0011_admissibility"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "case", sa.Column("test", sa.Boolean(), nullable=False, server_default=sa.false())
    )


def downgrade() -> None:
    op.drop_column("case", "test")
