"""Qt widgets, item models and dialogs: thin over the services."""
