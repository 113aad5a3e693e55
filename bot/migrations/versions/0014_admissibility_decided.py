"""cases: when admissibility was decided, taken from the audit trail for existing cases

Revision ID: 0014_admissibility_decided
Revises: 0013_answered_in_time
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0014_admissibility_decided"
down_revision = "0013_answered_in_time"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "case",
        sa.Column("admissibility_decided_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    )
    # The first decision in the audit trail; failing that (rows older than the audit of this
    # decision), the answer or the closing.
    op.execute(
        """
        UPDATE "case" SET admissibility_decided_at = COALESCE(
            (SELECT MIN(e.at) FROM case_event e WHERE e.case_id = "case".id
               AND e.type IN ('admissible', 'inadmissible', 'answered')),
            answered_at, closed_at)
        WHERE admissible IS NOT NULL
        """
    )


def downgrade() -> None:
    op.drop_column("case", "admissibility_decided_at")
