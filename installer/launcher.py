"""Entry point of the frozen application (PyInstaller): the ``parcours`` command."""

import multiprocessing

if __name__ == "__main__":
    # Worker processes (document conversion) re-enter this executable when frozen.
    multiprocessing.freeze_support()
    from desktop.cli import main

    raise SystemExit(main())
