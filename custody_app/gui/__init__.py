"""The sergeant's desk: PySide6 views over the core (which never imports Qt)."""
