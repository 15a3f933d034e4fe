"""Performance appraisal: cycles and reviews (cycles), computing scores (compute), schemes (schemes), offline workbooks (offline)."""
