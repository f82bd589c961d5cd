"""Services: one function per user action, shared by the GUI, the CLI and the tests.

Each write takes the acting user, validates at the boundary, writes in one
transaction and records an audit event.
"""
