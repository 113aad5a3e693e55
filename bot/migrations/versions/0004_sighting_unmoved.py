"""mailbox sightings: index the copies still to move out of the folder

Revision ID: 0004_sighting_unmoved
Revises: 0003_outbox_draft
"""

from __future__ import annotations

from alembic import op

revision = "0004_sighting_unmoved"
down_revision = "0003_outbox_draft"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_sighting_unmoved", "mailbox_sighting", ["moved", "mailbox", "uidvalidity"])


def downgrade() -> None:
    op.drop_index("ix_sighting_unmoved", table_name="mailbox_sighting")
