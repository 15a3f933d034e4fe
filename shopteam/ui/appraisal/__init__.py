"""Performance appraisal screens."""
