"""Use cases the command line and the GUI call: one transaction each, returning results."""
