"""A private Dovecot (IMAP + LMTP) on loopback for integration tests.

Everything lives in one temp dir: config, self-signed cert, passwd-file, maildirs, sockets, log.
Nothing touches /etc/dovecot or the system service. Needs root (mail is accessed as Debian's
`mail` user, uid 8, because Dovecot refuses uid 0) and the Debian packages dovecot-imapd and
dovecot-lmtpd (`scripts/test.sh` installs them).

    d = Dovecot(); d.start()
    d.add_user("alice@example.test", "secret")
    d.deliver("alice+tag@example.test", raw_bytes)        # LMTP, like a real MTA
    d.append("alice@example.test", raw_bytes, "Archive")  # IMAP APPEND
    d.stop()
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import smtplib
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from imapclient import IMAPClient

MAIL_USER = "mail"  # Debian's mail user, uid/gid 8


class DovecotError(RuntimeError):
    """Dovecot could not be started or a doveadm command failed (message carries the log)."""


def dovecot_binary() -> str | None:
    """Path of the dovecot binary, or None when it is not installed."""
    return shutil.which("dovecot") or (
        "/usr/sbin/dovecot" if os.path.exists("/usr/sbin/dovecot") else None
    )


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now (the usual small race applies)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_self_signed_cert(directory: Path, cn: str = "localhost") -> tuple[Path, Path]:
    """cert.pem/key.pem (EC P-256, SAN localhost, 127.0.0.1, ::1) made by `openssl req -x509`."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    cmd = [
        "openssl", "req", "-x509", "-nodes", "-days", "7",
        "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
        "-keyout", str(key), "-out", str(cert),
        "-subj", f"/CN={cn}",
        "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1",
    ]  # fmt: skip
    res = subprocess.run(cmd, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if res.returncode != 0:
        raise DovecotError(f"openssl req -x509 failed: {res.stderr.strip()}")
    key.chmod(0o600)
    return cert, key


def reap_stale(tmp: str | Path | None = None) -> list[Path]:
    """Stop and remove test instances whose owning process is gone (a killed pytest run).

    Only touches dirs made by this harness (complaintbot-dovecot-*) and only a master whose
    command line names that dir's config. Returns the dirs removed.
    """
    removed = []
    for root in Path(tmp or tempfile.gettempdir()).glob("complaintbot-dovecot-*"):
        try:
            owner = int((root / "owner.pid").read_text())
        except (OSError, ValueError):
            continue
        if owner == os.getpid() or Path(f"/proc/{owner}").exists():
            continue
        try:
            master = int((root / "run" / "master.pid").read_text())
            cmdline = Path(f"/proc/{master}/cmdline").read_bytes()
            if str(root / "dovecot.conf").encode() in cmdline:
                os.kill(master, 15)
                for _ in range(50):
                    if not Path(f"/proc/{master}").exists():
                        break
                    time.sleep(0.1)
        except (OSError, ValueError):
            pass
        shutil.rmtree(root, ignore_errors=True)
        removed.append(root)
    return removed


# Dovecot 2.3's post-login capabilities without IDLE.
NO_IDLE_CAPABILITY = (
    "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE SORT SORT=DISPLAY THREAD=REFERENCES "
    "THREAD=REFS THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN "
    "NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES "
    "WITHIN CONTEXT=SEARCH LIST-STATUS BINARY MOVE LITERAL+ SPECIAL-USE"
)


class Dovecot:
    """One private Dovecot instance. Not thread-safe for add_user from several threads at once."""

    def __init__(
        self,
        root: str | Path | None = None,
        *,
        domain: str = "example.test",
        oauth2_tokeninfo_url: str | None = None,
        idle: bool = True,
    ) -> None:
        """`oauth2_tokeninfo_url`: also accept XOAUTH2/OAUTHBEARER logins, checking each access
        token at this URL (the token is appended; the JSON answer names the user).
        `idle=False`: a server without IDLE (capability list without it), for polling tests."""
        self.idle = idle
        self._own_root = root is None
        self.oauth2_tokeninfo_url = oauth2_tokeninfo_url
        self.root = Path(root) if root else Path(tempfile.mkdtemp(prefix="complaintbot-dovecot-"))
        self.domain = domain
        self.host = "127.0.0.1"
        self.imap_port = 0
        self.imaps_port = 0
        self.conf = self.root / "dovecot.conf"
        self.log_file = self.root / "dovecot.log"
        self.passwd_file = self.root / "passwd"
        self.mail_root = self.root / "mail"
        self.base_dir = self.root / "run"
        self.state_dir = self.root / "state"
        self.lmtp_socket = self.base_dir / "lmtp"
        self.ca_file: Path = self.root / "cert.pem"  # self-signed: the cert is its own CA
        self.instance_name = f"cbtest-{os.getpid()}-{self.root.name[-8:]}"
        self.users: dict[str, str] = {}
        self._pool: list[tuple[str, str]] = []
        self._proc: subprocess.Popen[bytes] | None = None
        pw = pwd.getpwnam(MAIL_USER)
        self.uid, self.gid = pw.pw_uid, pw.pw_gid

    # ------------------------------------------------------------------ lifecycle

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self, timeout: float = 20.0) -> Dovecot:
        binary = dovecot_binary()
        if binary is None:
            raise DovecotError("dovecot is missing (apt-get install dovecot-imapd dovecot-lmtpd)")
        if os.geteuid() != 0:
            raise DovecotError("the test Dovecot must be started as root (mail_uid is 'mail')")
        if self.running:
            return self
        self._prepare()
        if not self._pool:  # users known before the start need no re-read wait later
            self._fill_pool(100)
        last_error: DovecotError | None = None
        for _attempt in range(3):  # a port picked by free_port() may be taken meanwhile
            self.imap_port, self.imaps_port = free_port(), free_port()
            while self.imaps_port == self.imap_port:
                self.imaps_port = free_port()
            self._write_config()
            try:
                self._launch(binary, timeout)
                return self
            except DovecotError as exc:
                last_error = exc
                self._kill()
                if "Address already in use" not in str(exc):
                    break
        assert last_error is not None
        raise last_error

    def stop(self, timeout: float = 15.0) -> None:
        """Stop via `doveadm -c CONF stop` and wait for the master to exit (kill as last resort)."""
        if self._proc is None:
            return
        if self._proc.poll() is None:
            # doveadm stop signals the master and waits for its pid to vanish; the master is our
            # child, so reap it meanwhile or doveadm sees a zombie and waits 3 s in vain.
            stopper = subprocess.Popen(
                ["doveadm", "-c", str(self.conf), "stop"],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            try:
                self._proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self._kill()
            try:
                stopper.wait(timeout)
            except subprocess.TimeoutExpired:
                stopper.kill()
                stopper.wait()
        self._proc = None

    def cleanup(self) -> None:
        """stop() and remove the temp dir (only when the harness made it)."""
        self.stop()
        if self._own_root:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> Dovecot:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.cleanup()

    def _kill(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait(10)
        self._proc = None

    def _prepare(self) -> None:
        # Dovecot's auth and mail processes (users dovecot, mail) must reach files in root
        for parent in self.root.resolve().parents:
            if not parent.stat().st_mode & 0o001:
                raise DovecotError(
                    f"{parent} is not traversable by other users (mode "
                    f"{parent.stat().st_mode & 0o777:o}); Dovecot's unprivileged processes could "
                    f"not reach {self.root}. Use a root dir under /tmp (the default)."
                )
        self.root.chmod(0o755)
        (self.root / "owner.pid").write_text(str(os.getpid()))  # for reap_stale()
        for d in (self.base_dir, self.state_dir):
            d.mkdir(exist_ok=True)
        self.mail_root.mkdir(exist_ok=True)
        os.chown(self.mail_root, self.uid, self.gid)
        self.mail_root.chmod(0o755)
        if not self.ca_file.exists():
            make_self_signed_cert(self.root)
        if not self.passwd_file.exists():
            self.passwd_file.write_text("")
        self.log_file.touch()

    def _write_config(self) -> None:
        dh = "/usr/share/dovecot/dh.pem"
        dh_line = f"ssl_dh = <{dh}" if os.path.exists(dh) else ""
        r = self.root
        mechanisms, oauth2_passdb, password_mechs = "plain login", "", ""
        if self.oauth2_tokeninfo_url:
            oauth2_conf = r / "dovecot-oauth2.conf.ext"
            oauth2_conf.write_text(
                f"tokeninfo_url = {self.oauth2_tokeninfo_url}\n"
                "username_attribute = username\n"
                "active_attribute = active\n"
                "active_value = true\n"
            )
            mechanisms += " xoauth2 oauthbearer"
            password_mechs = "  mechanisms = plain login\n"
            oauth2_passdb = (
                "passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
                f"  args = {oauth2_conf}\n}}\n"
            )
        # Dovecot 2.3 announces what imap_capability lists once logged in (IDLE left out).
        capability = "" if self.idle else f"  imap_capability = {NO_IDLE_CAPABILITY}\n"
        self.conf.write_text(
            f"""# private test instance, written by tests/harness/dovecot.py
instance_name = {self.instance_name}
base_dir = {self.base_dir}
state_dir = {self.state_dir}
listen = 127.0.0.1
protocols = imap lmtp
log_path = {self.log_file}
info_log_path = {self.log_file}
debug_log_path = {self.log_file}
shutdown_clients = yes
disable_plaintext_auth = no
auth_mechanisms = {mechanisms}
auth_failure_delay = 0
ssl = yes
ssl_cert = <{r / "cert.pem"}
ssl_key = <{r / "key.pem"}
{dh_line}
mail_location = maildir:~/Maildir
mail_uid = {self.uid}
mail_gid = {self.gid}
first_valid_uid = {self.uid}
last_valid_uid = {self.uid}
first_valid_gid = {self.gid}
last_valid_gid = {self.gid}
recipient_delimiter = +
lmtp_save_to_detail_mailbox = no
postmaster_address = postmaster@{self.domain}
mail_max_userip_connections = 100
passdb {{
  driver = passwd-file
{password_mechs}  args = scheme=PLAIN username_format=%Lu {self.passwd_file}
}}
{oauth2_passdb}userdb {{
  driver = passwd-file
  args = username_format=%Lu {self.passwd_file}
}}
namespace inbox {{
  inbox = yes
  separator = /
}}
protocol imap {{
  mail_max_userip_connections = 100
{capability}}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.imaps_port}
    ssl = yes
  }}
  process_min_avail = 0
}}
service lmtp {{
  unix_listener lmtp {{
    mode = 0666
  }}
}}
service anvil {{
  # no auth penalty: a test with a wrong password must not slow every later login by seconds
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service stats {{
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""
        )

    def _launch(self, binary: str, timeout: float) -> None:
        check = subprocess.run(
            [binary, "-c", str(self.conf), "-n"],
            capture_output=True, text=True, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        if check.returncode != 0:
            raise DovecotError(f"Dovecot config rejected ({self.conf}):\n{check.stderr.strip()}")
        log_offset = self.log_file.stat().st_size
        out = open(self.root / "master.out", "ab")  # noqa: SIM115 (closed below)
        try:
            self._proc = subprocess.Popen(
                [binary, "-F", "-c", str(self.conf)],
                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
            )  # fmt: skip
        finally:
            out.close()
        deadline = time.monotonic() + timeout
        last = ""
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise DovecotError(
                    f"Dovecot exited at start (code {self._proc.returncode}):\n"
                    + self._log_excerpt(log_offset)
                )
            try:
                if self._greeting_ok() and self.lmtp_socket.exists():
                    return
            except OSError as exc:
                last = str(exc)
            time.sleep(0.05)
        raise DovecotError(
            f"Dovecot did not answer on 127.0.0.1:{self.imap_port} within {timeout:.0f}s"
            f" ({last}):\n" + self._log_excerpt(log_offset)
        )

    def _greeting_ok(self) -> bool:
        with socket.create_connection((self.host, self.imap_port), timeout=2) as s:
            return s.recv(200).startswith(b"* OK")

    def _log_excerpt(self, offset: int = 0, lines: int = 40) -> str:
        parts = []
        for path in (self.log_file, self.root / "master.out"):
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if path == self.log_file:
                data = data[offset:]
            text = data.decode("utf-8", "replace").strip()
            if text:
                parts.append(f"--- {path}:\n" + "\n".join(text.splitlines()[-lines:]))
        return "\n".join(parts) or "(no log output)"

    def log_tail(self, lines: int = 40) -> str:
        return self._log_excerpt(0, lines)

    # ------------------------------------------------------------------ users

    def home(self, user: str) -> Path:
        return self.mail_root / user.lower().replace("/", "_")

    def maildir(self, user: str, folder: str = "INBOX") -> Path:
        base = self.home(user) / "Maildir"
        if folder.upper() == "INBOX":
            return base
        return base / ("." + folder.replace("/", "."))

    def add_user(self, name: str, password: str) -> str:
        """Add (or replace) a user; works while running, Dovecot re-reads the passwd-file."""
        return self.add_users({name: password})[0]

    def add_users(self, users: dict[str, str], timeout: float = 5.0) -> list[str]:
        """Add several users with one passwd-file rewrite; returns their home dirs.

        Dovecot's auth process re-stats the passwd-file at most once per wall-clock second, so
        a user added right after a login may stay unknown for up to a second: when running,
        wait until Dovecot sees the new entries.
        """
        for name, password in users.items():
            if any(c in name + password for c in ":\n\r") or not name or not password:
                raise ValueError("names and passwords may not be empty or contain ':' or newlines")
        fresh = {n.lower(): p for n, p in users.items()}
        self.users.update(fresh)
        self._write_passwd()
        if self.running and fresh:
            name, password = list(fresh.items())[-1]
            deadline = time.monotonic() + timeout
            while True:
                # a userdb lookup: unlike a failed `auth test` it earns no auth-failure penalty;
                # passdb and userdb share the parsed file, so both see the new users
                res = subprocess.run(
                    ["doveadm", "-c", str(self.conf), "user", name],
                    capture_output=True, stdin=subprocess.DEVNULL,
                )  # fmt: skip
                if res.returncode == 0:
                    break
                if time.monotonic() > deadline:
                    raise DovecotError(f"Dovecot did not pick up new user {name}: {res.stderr!r}")
                time.sleep(0.05)
        return [str(self.home(n)) for n in fresh]

    def new_user(self, batch: int = 25) -> tuple[str, str]:
        """A fresh (address, password) nobody has used. Users are provisioned in batches so the
        passwd-file re-read delay (see add_users) is paid once per batch, not once per test."""
        if not self._pool:
            self._fill_pool(batch)
        return self._pool.pop()

    def _fill_pool(self, n: int) -> None:
        made = {
            f"u{secrets.token_hex(5)}@{self.domain}": secrets.token_urlsafe(12) for _ in range(n)
        }
        self.add_users(made)
        self._pool = list(made.items())

    def _write_passwd(self) -> None:
        lines = [
            f"{u}:{{PLAIN}}{p}:{self.uid}:{self.gid}::{self.home(u)}::\n"
            for u, p in self.users.items()
        ]
        tmp = self.passwd_file.with_suffix(".tmp")
        tmp.write_text("".join(lines))
        os.replace(tmp, self.passwd_file)  # new inode + new size: Dovecot notices the change

    # ------------------------------------------------------------------ clients

    def ssl_context(self) -> ssl.SSLContext:
        """A client context that trusts this instance's certificate."""
        return ssl.create_default_context(cafile=str(self.ca_file))

    def client(self, user: str, *, security: str = "none", folder: str | None = None) -> IMAPClient:
        """A logged-in IMAPClient. security: none | starttls | tls."""
        if security == "tls":
            c = IMAPClient(self.host, self.imaps_port, ssl=True, ssl_context=self.ssl_context(),
                           timeout=30)  # fmt: skip
        else:
            c = IMAPClient(self.host, self.imap_port, ssl=False, timeout=30)
            if security == "starttls":
                c.starttls(self.ssl_context())
        c.login(user, self.users[user.lower()])
        if folder:
            c.select_folder(folder)
        return c

    def append(
        self, user: str, raw: bytes, folder: str = "INBOX", flags: Iterable[str] = ()
    ) -> int:
        """IMAP APPEND; creates the folder when missing. Returns the new UID (UIDPLUS)."""
        with self.client(user) as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            resp = c.append(folder, raw, flags=tuple(flags))
            c.logout()
        # b'[APPENDUID <uidvalidity> <uid>] Append completed.'
        text = resp.decode() if isinstance(resp, bytes) else str(resp)
        if "APPENDUID" in text:
            return int(text.split("APPENDUID", 1)[1].split("]", 1)[0].split()[1])
        return -1

    def deliver(self, rcpt: str, raw: bytes, mail_from: str = "sender@example.org") -> None:
        """Deliver like an MTA via LMTP (so `user+tag@domain` ends up in user's INBOX)."""
        with smtplib.LMTP(str(self.lmtp_socket)) as lmtp:
            refused = lmtp.sendmail(mail_from, [rcpt], raw)
        if refused:
            raise DovecotError(f"LMTP refused {refused}")

    def folder_uids(self, user: str, folder: str = "INBOX") -> list[int]:
        with self.client(user) as c:
            c.select_folder(folder, readonly=True)
            uids = sorted(c.search("ALL"))
            c.logout()
        return uids

    def fetch_all(self, user: str, folder: str = "INBOX") -> dict[int, bytes]:
        """{uid: raw message} of a folder, read-only (does not set \\Seen)."""
        with self.client(user) as c:
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            data = c.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
            c.logout()
        return {uid: d[b"BODY[]"] for uid, d in sorted(data.items())}

    def folders(self, user: str) -> list[str]:
        with self.client(user) as c:
            names = [name for _flags, _sep, name in c.list_folders()]
            c.logout()
        return sorted(names)

    def uidvalidity(self, user: str, folder: str = "INBOX") -> int:
        with self.client(user) as c:
            st = c.folder_status(folder, ["UIDVALIDITY"])
            c.logout()
        return int(st[b"UIDVALIDITY"])

    # ------------------------------------------------------------------ doveadm

    def doveadm(self, *args: str, timeout: float = 120) -> str:
        res = subprocess.run(
            ["doveadm", "-c", str(self.conf), *args],
            capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=timeout,
        )  # fmt: skip
        if res.returncode != 0:
            raise DovecotError(
                f"doveadm {' '.join(args)} failed ({res.returncode}): {res.stderr.strip()}"
            )
        return res.stdout

    def bulk_load(self, user: str, raws: Iterable[bytes], folder: str = "INBOX") -> int:
        """Fast path for benchmarks: write files straight into Maildir/new, then index them.

        Returns the number of messages written. UIDs are assigned in file-name order, which is
        the order of `raws`.
        """
        md = self.maildir(user, folder)
        self._ensure_maildir(user, md, folder)
        new = md / "new"
        stamp, pid, host = int(time.time()), os.getpid(), socket.gethostname().replace("/", "_")
        n = 0
        for n, raw in enumerate(raws, 1):
            raw = raw.replace(b"\r\n", b"\n")  # maildir files use LF line ends
            tmp = md / "tmp" / f"{stamp}.P{pid}Q{n:08d}.{host}"
            tmp.write_bytes(raw)
            os.chown(tmp, self.uid, self.gid)
            # ,S=<size> lets Dovecot skip a stat; the name order gives the UID order
            os.rename(tmp, new / f"{tmp.name},S={len(raw)}")
        if n:
            self.doveadm("index", "-u", user, folder)
        return n

    def _ensure_maildir(self, user: str, md: Path, folder: str) -> None:
        home = self.home(user)
        for d in (home, home / "Maildir", md, md / "cur", md / "new", md / "tmp"):
            if not d.exists():
                d.mkdir(mode=0o700)
                os.chown(d, self.uid, self.gid)
        if folder.upper() != "INBOX":
            (md / "maildirfolder").touch()
            os.chown(md / "maildirfolder", self.uid, self.gid)
            self.doveadm("mailbox", "subscribe", "-u", user, folder)

    def set_uidvalidity(self, user: str, folder: str, value: int) -> None:
        """Force a new UIDVALIDITY (like a server restore): clients must forget their UIDs.

        `doveadm mailbox update --uid-validity` rewrites the index and dovecot-uidlist; existing
        sessions get disconnected so they re-SELECT and see the new value.
        """
        self.doveadm("mailbox", "update", "--uid-validity", str(value), "-u", user, folder)
        try:
            self.doveadm("kick", user)
        except DovecotError:
            pass  # nobody connected
