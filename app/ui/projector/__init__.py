"""Projector views: what the room sees of a board, laid out for the wall (large type,
no console controls). The presenter window (`app.ui.presenter`) shows them."""
