"""inadmissibility reasons: the framework's names, one vocabulary for handler and report

The first versions stored the handler's short words (old_facts, vague …) while the report
counted the framework §9 names (facts_older_than_1_year, insufficient_description …): a case
declared inadmissible was counted under no reason. Stored values are mapped to the framework
names (bot.commands.parse.InadmissibleReason); the column is widened for the longest of them.

Revision ID: 0010_framework_reasons
Revises: 0009_case_origin
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_framework_reasons"
down_revision = "0009_case_origin"
branch_labels = None
depends_on = None

# Frozen here: a migration must not change when the enum does.
RENAMED = {
    "old_facts": "facts_older_than_1_year",
    "outside_competence": "outside_competence_forwarded",
    "information_only": "not_a_complaint_info_request",
    "appeal_route": "decision_with_appeal_route",
    "repetition": "already_handled_no_new_facts",
    "manifestly_unfounded": "manifestly_unfounded_or_vexatious",
    "vague": "insufficient_description",
}


def upgrade() -> None:
    _widen(40, 60)
    _rename(RENAMED)


def downgrade() -> None:
    _rename({new: old for old, new in RENAMED.items()})
    _widen(60, 40)


def _widen(before: int, after: int) -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # SQLite stores text whatever the declared length, so only the declaration changes.
        # Copying the case table (Alembic's batch mode) is not possible: the other tables'
        # foreign keys point at it. This is SQLite's own procedure for a change that leaves
        # the stored data as it is (sqlite.org/lang_altertable.html, section 7).
        version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
        bind.exec_driver_sql("PRAGMA writable_schema=ON")
        bind.exec_driver_sql(
            "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'table' "
            "AND name = 'case'",
            (f"inadmissible_reason VARCHAR({before})", f"inadmissible_reason VARCHAR({after})"),
        )
        bind.exec_driver_sql(f"PRAGMA schema_version={int(version) + 1}")
        bind.exec_driver_sql("PRAGMA writable_schema=OFF")
        return
    op.alter_column(
        "case",
        "inadmissible_reason",
        existing_type=sa.String(length=before),
        type_=sa.String(length=after),
        existing_nullable=True,
    )


def _rename(mapping: dict[str, str]) -> None:
    case = sa.table("case", sa.column("inadmissible_reason", sa.String))
    for old, new in mapping.items():
        op.execute(
            case.update().where(case.c.inadmissible_reason == old).values(inadmissible_reason=new)
        )
