"""Operator commands: `init`, `status`, `backup`, `privacy export|erase|retention`, `--version`.

Registered by bot.cli.main like the other command groups; every import that costs time
happens inside the command, so `--help` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.cli.common import AddCommand
from bot.errors import UserError


def version() -> str:
    """The installed distribution's version, or the source tree's."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("complaintbot")
    except PackageNotFoundError:
        from bot import __version__

        return __version__


class VersionAction(argparse.Action):
    """`--version`, looked up only when asked for (importlib.metadata costs 0.1 s at start)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit")

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # type: ignore[no-untyped-def]
        print(f"complaintbot {version()}")
        parser.exit()


def cmd_init(args: argparse.Namespace) -> int:
    from bot.ops.init import InitError, write_site

    try:
        written = write_site(Path(args.dir), version=version(), force=args.force)
    except InitError as exc:
        raise UserError(str(exc)) from None
    for path in written:
        print(f"wrote {path}")
    print(f"next: complaintbot --config {written[0]} config check", file=sys.stderr)
    return 0


def register(add: AddCommand) -> None:
    sp = add("init", cmd_init, "write a commented site configuration and rules to start from")
    sp.add_argument("dir", help="folder to write complaintbot.toml and rules.toml into")
    sp.add_argument("--force", action="store_true", help="overwrite existing files")
    sp.set_defaults(no_settings=True)  # it writes the configuration; it needs none
    sp = add(
        "privacy",
        cmd_privacy,
        "a person's data (GDPR): export ADDRESS, erase ADDRESS, or run the retention now",
    )
    sp.add_argument("action", choices=["export", "erase", "retention"])
    sp.add_argument("address", nargs="?", help="the person's e-mail address")
    sp.add_argument("--output", help="export: folder to write (default privacy-export-...)")
    sp.add_argument("--yes", action="store_true", help="erase: really anonymise now")
    sp = add("backup", cmd_backup, "a consistent copy of the SQLite database, while it runs")
    sp.add_argument("dest", help="a new file, or a folder to write it into")
    sp = add("status", cmd_status, "health of the service from the database (exit 1: failing)")
    sp.add_argument("--json", action="store_true")


def cmd_status(args: argparse.Namespace) -> int:
    import json
    from datetime import UTC, datetime

    from bot.ops.health import snapshot

    app = _read_app(args)
    snap = snapshot(app.engine, app.settings, now=datetime.now(UTC))
    data = snap.as_json()
    if args.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    else:
        print(f"health: {'ok' if snap.healthy else 'FAILING'}")
        for name, check in data["checks"].items():
            print(f"  {name:<9} {'ok  ' if check['ok'] else 'FAIL'} {check['detail']}")
        for key in ("last_successful_fetch", "last_successful_send", "oldest_pending_mail"):
            print(f"{key:<22} {data[key] or '-'}")
        print(f"{'quarantined':<22} {data['quarantined']}")
        print("outbox                 " + ", ".join(f"{k} {v}" for k, v in data["outbox"].items()))
        print(f"{'suppressed addresses':<22} {len(data['suppressed'])}")
        for entry in data["suppressed"]:
            print(
                f"  {entry['address']:<40} {entry['reason']} ({entry['detail']}) "
                f"until {entry['until'][:10]}"
            )
        for name, job in data["jobs"].items():
            print(f"job {name:<18} {job['last_run_at'] or '-'} {job['last_result'] or ''}")
    return 0 if snap.healthy else 1


def _actor() -> str:
    import getpass

    try:
        return f"{getpass.getuser()}@cli"
    except Exception:  # noqa: BLE001 - no user name (container): still audited
        return "unknown@cli"


def cmd_privacy(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from bot.cli.common import open_app
    from bot.ops import privacy

    app = open_app(args)
    now = datetime.now(UTC)
    if args.action == "retention":
        done = privacy.run_retention(app.engine, app.settings, now)
        print("retention: " + ", ".join(f"{k} {v}" for k, v in done.as_json().items()))
        return 0
    if not args.address or "@" not in args.address:
        raise UserError(f"privacy {args.action}: give the person's e-mail address")
    if args.action == "export":
        folder = Path(args.output or f"privacy-export-{args.address.lower()}-{now:%Y%m%d}")
        try:
            counts = privacy.export(app.engine, args.address, folder, actor=_actor(), now=now)
        except OSError as exc:
            raise UserError(f"--output: {exc}") from None
        print(
            f"exported to {folder}/ (data.json, raw/): "
            + ", ".join(f"{k} {v}" for k, v in counts.items())
        )
        return 0
    held = privacy.held(app.engine, args.address)
    if not args.yes:
        print(
            f"{args.address}: "
            + ", ".join(f"{k} {v}" for k, v in held.items())
            + " would be anonymised (cannot be undone). Run again with --yes to erase."
        )
        return 2 if any(held.values()) else 0
    done = privacy.erase(app.engine, args.address, actor=_actor(), now=now)
    print("erased: " + ", ".join(f"{k} {v}" for k, v in done.as_json().items()))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from bot.ops.backup import BackupError, backup_sqlite

    try:
        size = backup_sqlite(args.settings.database.url, Path(args.dest))
    except BackupError as exc:
        raise UserError(str(exc)) from None
    print(f"backup written to {args.dest} ({size:,} bytes)")
    return 0


def _read_app(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Settings and an engine on the existing database: no migration, nothing created."""
    from bot.cli.common import Reader

    return Reader(args.settings)
