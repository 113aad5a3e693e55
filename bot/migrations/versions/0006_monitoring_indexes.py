"""monitoring: indexes that keep a /metrics scrape fast on a million cases

Revision ID: 0006_monitoring_indexes
Revises: 0005_outbox_mailbox
"""

from __future__ import annotations

from alembic import op

revision = "0006_monitoring_indexes"
down_revision = "0005_outbox_mailbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_case_kind_status", "case", ["kind", "status"])
    op.create_index("ix_inbound_message_outcome", "inbound_message", ["outcome"])
    op.create_index("ix_outbox_sent_at", "outbox", ["sent_at"])


def downgrade() -> None:
    op.drop_index("ix_outbox_sent_at", table_name="outbox")
    op.drop_index("ix_inbound_message_outcome", table_name="inbound_message")
    op.drop_index("ix_case_kind_status", table_name="case")
