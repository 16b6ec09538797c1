"""DiMe Desktop: an offline, encrypted case register for DiMe.

Everything outside ``dime_desktop.ui`` is plain Python that never imports Qt.
"""

__version__ = "0.1.0"
APP_NAME = "DiMe Desktop"
APP_ORG = "DiMe"
