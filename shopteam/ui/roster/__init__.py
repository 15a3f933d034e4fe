"""The roster screen: staff table, staff form and the leave dialog."""
