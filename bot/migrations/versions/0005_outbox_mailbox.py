"""outbox: the mailbox behind each recipient, counted by the daily brake

Revision ID: 0005_outbox_mailbox
Revises: 0004_sighting_unmoved
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

revision = "0005_outbox_mailbox"
down_revision = "0004_sighting_unmoved"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("to_mailbox", AutoString(length=320), nullable=True))
        batch_op.create_index(batch_op.f("ix_outbox_to_mailbox"), ["to_mailbox"], unique=False)
    # Rows written before: the address itself (their +tags only matter for 24 hours).
    op.execute("UPDATE outbox SET to_mailbox = lower(to_addr) WHERE to_mailbox IS NULL")


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_to_mailbox"))
        batch_op.drop_column("to_mailbox")
