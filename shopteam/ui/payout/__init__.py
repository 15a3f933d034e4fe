"""The payout screens: the monthly run with explanations, approve/reopen, exports, the year-end bonus."""
