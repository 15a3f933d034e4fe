"""The home screen (工作台)."""
