"""The exercise boards (one BoardPage subclass each, listed in app.ui.board.registry)."""
