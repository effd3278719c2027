"""Generated from ui/*.ui and resources/ by scripts/build_forms.py: do not edit."""
