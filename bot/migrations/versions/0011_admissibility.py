"""cases: the admissibility decision's own deadline; resolved yes/no of founded complaints

Revision ID: 0011_admissibility
Revises: 0010_framework_reasons
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0011_admissibility"
down_revision = "0010_framework_reasons"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "case",
        sa.Column("admissibility_due_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    )
    op.add_column("case", sa.Column("resolved", sa.Boolean(), nullable=True))


def downgrade() -> None:
    op.drop_column("case", "resolved")
    op.drop_column("case", "admissibility_due_at")
