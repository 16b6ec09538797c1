"""The ``dime`` command line (entry point :func:`dime_desktop.cli.main.main`)."""
