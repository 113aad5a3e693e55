"""cases: who lodged the request (origin, Network indicator 3)

Revision ID: 0009_case_origin
Revises: 0008_suppression
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_case_origin"
down_revision = "0008_suppression"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("case", sa.Column("origin", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("case") as batch:
        batch.drop_column("origin")
