"""ui/shell: the app, first run, unlock, idle lock, settings, the main window and its menus."""
