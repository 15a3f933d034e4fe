"""Persistence: models, engine, migrations and backups."""
