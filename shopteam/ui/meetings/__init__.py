"""The weekly meeting screen (周例会)."""
