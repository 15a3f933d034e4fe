"""Task boards: the kanban page, the card dialog, "my tasks" and the flow view."""
