"""The phone page's texts, from the gettext catalogues like every text made without Qt.

The page is sent with its texts in the phone's language (`page_texts`), so a new language
needs only its catalogue (`resources/locale/<language>/LC_MESSAGES/pointb.po`). Fields in
braces ({n}, {budget}, {code}) are filled in by the page.
"""

from __future__ import annotations

from app.domain.i18n import N_, text

PHONE_TEXTS = {
    "join_title": N_("Join the session"),
    "your_name": N_("Your name"),
    "your_team": N_("Your team"),
    "no_team": N_("(no team)"),
    "join": N_("Join"),
    "good": N_("Good idea"),
    "bad": N_("Bad idea"),
    "received": N_("The bad idea your team received"),
    "your_note": N_("Your note"),
    "add": N_("Add"),
    "save": N_("Save"),
    "cancel": N_("Cancel"),
    "edit": N_("Edit"),
    "withdraw": N_("Withdraw"),
    "mine": N_("Your notes"),
    "wait": N_("Look at the projector: nothing to do on the phone in this step."),
    "mobile_data": N_(
        "Page not loading? Turn mobile data off so the phone uses the room's Wi-Fi."
    ),
    "dots_left": N_("Dots left: {n} of {budget}"),
    "room": N_("Room {code}"),
    "offline": N_("No connection to the laptop: your work is kept and sent when it is back."),
    "pending": N_("Sending…"),
    "good_tag": N_("good"),
    "bad_tag": N_("bad"),
    "solution_tag": N_("solution"),
    "no_received": N_("Your team has not received a bad idea yet."),
    "waiting": N_("Waiting for the facilitator"),
    "ended": N_(
        "This session has ended. Scan the new code on the projector: what you wrote is kept "
        "and sent there."
    ),
}


def page_texts(language: str) -> dict[str, str]:
    """Every text of the phone page in `language` (English where it has none)."""
    return {key: text(language, msgid) for key, msgid in PHONE_TEXTS.items()}
