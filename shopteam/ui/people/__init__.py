"""People over their time at the shop: the recruitment screen (positions, the candidates board, hiring)
and the probation reviews."""
