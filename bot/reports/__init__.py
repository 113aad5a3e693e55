"""Indicators, the yearly report, the action plan, the public page and the complaint form."""
