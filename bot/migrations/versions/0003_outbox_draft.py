"""outbox: rendered draft, MIME bytes built by the worker

Revision ID: 0003_outbox_draft
Revises: 0002_handling
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_outbox_draft"
down_revision = "0002_handling"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("draft", sa.JSON(), nullable=True))
        batch.alter_column("raw", existing_type=sa.LargeBinary(), nullable=True)


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.alter_column("raw", existing_type=sa.LargeBinary(), nullable=False)
        batch.drop_column("draft")
