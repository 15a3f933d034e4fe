"""Incentives and payout: the monthly run (runs), pay rules (rules), the reward/penalty ledger (ledger)."""
