"""Sub-commands of the ``parcours`` command line, one module each.

Each module has ``register(subparsers)`` adding its parser, whose ``func`` attribute
takes the parsed arguments and returns the exit code.
"""

COMMAND_MODULES = (
    "desktop.commands.demo",
    "desktop.commands.importer",
    "desktop.commands.notice",
    "desktop.commands.plan",
)
