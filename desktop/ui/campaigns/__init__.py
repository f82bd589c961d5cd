"""The call-campaign pages: campaigns, dashboard, the call dialog (issue 8)."""
