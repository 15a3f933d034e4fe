"""Task boards: boards and columns (board), cards, Excel transfer, flow metrics, goals, the weekly report."""
