"""Each exercise adds its part of the demo workshop here (see app/demo.py)."""
