"""Sub-commands of the ``parcours`` command line, one module each.

Each module has ``register(subparsers)`` adding its parser, whose ``func`` attribute
takes the parsed arguments and returns the exit code.
"""

COMMAND_MODULES = (
    "desktop.commands.demo",
    "desktop.commands.importer",
    "desktop.commands.notice",
    "desktop.commands.plan",
    "desktop.commands.crisis",
    "desktop.commands.users",
    "desktop.commands.audit",
    "desktop.commands.backup",
    "desktop.commands.retention",
    "desktop.commands.letters",
    "desktop.commands.campaign",
    "desktop.commands.caleol",
    "desktop.commands.report",
    "desktop.commands.cotation",
    "desktop.commands.server",
)
