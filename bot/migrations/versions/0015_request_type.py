"""cases: request type of Network indicator 1, filled from the kind for existing cases

Revision ID: 0015_request_type
Revises: 0014_admissibility_decided
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_request_type"
down_revision = "0014_admissibility_decided"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("case", sa.Column("request_type", sa.String(length=30), nullable=True))
    # The same mapping as bot.vocab.KIND_REQUEST_TYPE (a migration does not import the app).
    op.execute(
        """
        UPDATE "case" SET request_type = CASE kind
            WHEN 'complaint' THEN 'complaint'
            WHEN 'appeal' THEN 'complaint'
            WHEN 'information_request' THEN 'information_request'
            ELSE 'other' END
        """
    )


def downgrade() -> None:
    with op.batch_alter_table("case") as batch:
        batch.drop_column("request_type")
