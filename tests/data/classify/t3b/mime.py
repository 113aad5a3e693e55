"""Small deterministic raw-MIME builder used by generate.py (standard library only)."""
import base64
import quopri

MB = "plaintes.klachten@federal.example.be"


class Ctx:
    """Per-file boundary counter so boundaries are deterministic."""

    def __init__(self, tag):
        self.tag = tag
        self.n = 0

    def boundary(self):
        self.n += 1
        return "----=_NextPart_%s_%03d" % (self.tag, self.n)


def _chunks(text, charset, limit):
    out, cur = [], ""
    for ch in text:
        if cur and len(_qword(cur + ch, charset)) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def _qword(s, charset):
    b = s.encode(charset)
    r = []
    for c in b:
        ch = chr(c)
        if ch == " ":
            r.append("_")
        elif ch.isalnum() and c < 128:
            r.append(ch)
        elif ch in "!*+-/" and c < 128:
            r.append(ch)
        else:
            r.append("=%02X" % c)
    return "=?%s?Q?%s?=" % (charset, "".join(r))


def _bword(s, charset):
    return "=?%s?B?%s?=" % (charset, base64.b64encode(s.encode(charset)).decode())


def q(text, charset="utf-8"):
    """RFC 2047 Q-encoding, folded."""
    return "\n ".join(_qword(c, charset) for c in _chunks(text, charset, 70))


def b(text, charset="utf-8"):
    parts, cur = [], ""
    for ch in text:
        if cur and len(_bword(cur + ch, charset)) > 70:
            parts.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        parts.append(cur)
    return "\n ".join(_bword(p, charset) for p in parts)


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw)
        if not enc.endswith(b"\n"):
            enc += b"\n"
        return enc
    if cte == "base64":
        return base64.encodebytes(raw)
    if not raw.endswith(b"\n"):
        raw += b"\n"
    return raw  # 7bit / 8bit


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, extra=()):
    ct = "text/%s; charset=%s" % (subtype, charset if charset.lower() != "us-ascii" else "us-ascii")
    if flowed:
        ct += "; format=flowed"
    if charset == "utf-8" and subtype == "plain" and not flowed and cte != "8bit":
        ct = 'text/plain; charset="utf-8"'
    hdr = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte] + list(extra)
    return (hdr, encode_body(body, charset, cte))


def attach(ctype, filename, data, inline=False):
    disp = "inline" if inline else "attachment"
    hdr = [
        'Content-Type: %s; name="%s"' % (ctype, filename),
        "Content-Transfer-Encoding: base64",
        'Content-Disposition: %s; filename="%s"' % (disp, filename),
    ]
    return (hdr, base64.encodebytes(data))


def multipart(ctx, subtype, parts, extra_ct=""):
    bd = ctx.boundary()
    out = []
    for hdr, body in parts:
        out.append(("--" + bd + "\n").encode())
        out.append(("\n".join(hdr) + "\n\n").encode())
        out.append(body)
        if not body.endswith(b"\n"):
            out.append(b"\n")
    out.append(("--" + bd + "--\n").encode())
    hdr = ['Content-Type: multipart/%s;%s\n boundary="%s"' % (subtype, extra_ct, bd)]
    return (hdr, b"".join(out))


def rfc822(msgbytes, name=None):
    hdr = ["Content-Type: message/rfc822"]
    if name:
        hdr.append('Content-Disposition: attachment; filename="%s"' % name)
    return (hdr, msgbytes)


def raw_part(hdr, body):
    return (list(hdr), body if isinstance(body, bytes) else body.encode())


def message(headers, part, mime=True):
    lines = []
    for k, v in headers:
        lines.append("%s: %s" % (k, v))
    if part is None:
        return ("\n".join(lines) + "\n\n").encode()
    hdr, body = part
    if mime:
        lines.append("MIME-Version: 1.0")
    lines.extend(hdr)
    return ("\n".join(lines) + "\n\n").encode("utf-8") + body


def fake_pdf(title):
    t = title.replace("(", "").replace(")", "")
    return (
        "%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
        "4 0 obj<</Length 60>>stream\nBT /F1 12 Tf 72 760 Td (%s) Tj ET\nendstream endobj\n"
        "trailer<</Root 1 0 R>>\n%%%%EOF\n" % t
    ).encode("latin-1")


def fake_jpg(seed):
    head = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    body = bytes(((i * 37 + seed * 11) % 251) for i in range(600))
    return head + body + bytes([0xFF, 0xD9])
