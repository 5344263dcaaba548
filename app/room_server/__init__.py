"""The room joins from their phones: a small HTTP server for the phone page (issue 19).

No PySide6 here: the GUI and `pointb serve` both run it.
"""
