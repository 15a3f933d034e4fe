"""Imports from Excel and CSV: the shared preview-and-commit pipeline (pipeline) and the KPI actuals (kpi)."""
