"""Parcours: back-office desktop application for French social-housing landlords."""

__version__ = "0.1.0"
