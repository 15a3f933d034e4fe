"""Use cases: functions ``verb(session, *, actor, ...)``. The caller opens the transaction
(``with factory.begin() as session``); permission checks and audit records happen here. No Qt."""
