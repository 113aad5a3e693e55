"""Operating the service: site setup, health and metrics, status, backups, personal data."""
