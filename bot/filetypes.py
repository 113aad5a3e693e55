"""Which attachments are programs: by name, or by content whatever type the sender declared.

A citizen's attachment is copied into the assignment mail for the handler. A program or
script in it (or a program dressed up as a PDF) must be flagged to the handler and never be
forwarded under the type its sender chose (issue 12 point 7).
"""

from __future__ import annotations

# Windows and cross-platform programs and scripts that run on a double click.
EXECUTABLE_EXTENSIONS = frozenset(
    {
        ".exe", ".scr", ".js", ".jse", ".bat", ".cmd", ".com", ".msi", ".msp", ".vbs", ".vbe",
        ".ps1", ".psm1", ".jar", ".wsf", ".wsh", ".hta", ".cpl", ".pif", ".lnk", ".dll",
        ".reg", ".app", ".sh",
    }
)  # fmt: skip
# Leading bytes of program files (PE "MZ", ELF, Mach-O 32/64/fat, Java class).
_MAGIC = (
    (b"MZ", "MZ"),
    (b"\x7fELF", "ELF"),
    (b"\xfe\xed\xfa\xce", "Mach-O"),
    (b"\xfe\xed\xfa\xcf", "Mach-O"),
    (b"\xce\xfa\xed\xfe", "Mach-O"),
    (b"\xcf\xfa\xed\xfe", "Mach-O"),
    (b"\xca\xfe\xba\xbe", "Mach-O/Java"),
)
SAFE_TYPE = "application/octet-stream"


def executable_kind(filename: str, head: bytes | None) -> str | None:
    """A short, language-neutral label (".exe", "MZ" …) when the file is a program, else None.

    `head`: the first bytes of the content (8 are enough), None when not stored. The content
    decides whatever name and type were declared: a program sent as "report.pdf" is flagged.
    """
    name = filename.strip().lower().rstrip(". ")
    dot = name.rfind(".")
    if dot >= 0 and name[dot:] in EXECUTABLE_EXTENSIONS:
        return name[dot:]
    if head:
        for magic, label in _MAGIC:
            if head.startswith(magic):
                return label
    return None
