"""People over their time at the shop: recruitment (招聘) against the staffing gap and probation (试用期).

``recruiting`` keeps positions, candidates, interview scores and the hire; ``probation`` the probation end
dates, the review outcome (转正 / extend / end) and who is due. Everything needs the named permissions
``recruitment.manage`` / ``probation.review`` (owner and managers): staff see nothing of it.
"""
