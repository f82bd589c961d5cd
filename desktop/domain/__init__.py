"""Domain rules and data: pure Python, no Qt, no database."""
