"""The sub-commands of `custody-app`, each in its own module, imported when run.

`registry` lists them (the full argument parser reads it); `app` starts the desk.
"""
