"""The CALEOL pages: the sessions list, the session window and its tabs (issue 7)."""
