"""privacy: audit of exports, erasures and retention runs

Revision ID: 0007_privacy_request
Revises: 0006_monitoring_indexes
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0007_privacy_request"
down_revision = "0006_monitoring_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "privacy_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("subject_sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
        sa.Column("channel", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_privacy_request_at", "privacy_request", ["at"])
    op.create_index("ix_privacy_request_subject_sha256", "privacy_request", ["subject_sha256"])


def downgrade() -> None:
    op.drop_index("ix_privacy_request_subject_sha256", table_name="privacy_request")
    op.drop_index("ix_privacy_request_at", table_name="privacy_request")
    op.drop_table("privacy_request")
