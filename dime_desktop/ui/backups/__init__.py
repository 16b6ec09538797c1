"""The Backups screen."""
