"""Small reusable widgets (promoted in the Designer forms)."""
