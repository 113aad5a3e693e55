"""cases and ledger rows: the mailbox they came in through ([[mailboxes]]; 'default' before)

One instance serves several mailboxes; a case keeps the mailbox it was opened from, so its
letters, From address, second line and digest are that mailbox's.

Revision ID: 0017_mailbox
Revises: 0016_report_covering_index
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_mailbox"
down_revision = "0016_report_covering_index"
branch_labels = None
depends_on = None

TABLES = ("case", "inbound_message")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(
            table,
            sa.Column("mailbox", sa.String(length=40), nullable=False, server_default="default"),
        )
        op.create_index(f"ix_{table}_mailbox", table, ["mailbox"])


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_mailbox", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("mailbox")
