"""complaintbot: complaint management from a mailbox (Belgian federal circular 23289)."""

__version__ = "0.1.0"
