"""The labels of exported pages and the report, in English and Russian.

User text never goes here; these are the page furniture's words (legend, headings,
appendix, tiling marks). Exercise pages keep their own labels beside their drawing.
"""

from __future__ import annotations

from app.domain.i18n import N_, NC_

MESSAGES: dict[str, str] = {
    "app_name": N_("Point B"),
    "untitled": N_("Untitled workshop"),
    "challenge": N_("Challenge"),
    "facilitator": N_("Facilitator"),
    "date": N_("Date"),
    "board": N_("Board"),
    "exercise": N_("Exercise"),
    "teams": N_("Teams"),
    "team": N_("Team"),
    "no_team": N_("No team"),
    "sources": N_("Sources"),
    "votes": N_("Votes"),
    "vote_dot_meaning": N_("dots given to the note"),
    "cluster_meaning": N_("cluster"),
    "ref_meaning": N_("shortened: full text in the appendix"),
    "tag_customers": N_("Customers"),
    "tag_employees": N_("Employees"),
    "tag_research": N_("Research"),
    "tag_competitors": N_("Competitors"),
    "tag_own": N_("Own idea"),
    "tag_letter_customers": NC_("source tag letter", "C"),
    "tag_letter_employees": NC_("source tag letter", "E"),
    "tag_letter_research": NC_("source tag letter", "R"),
    "tag_letter_competitors": NC_("source tag letter", "X"),
    "tag_letter_own": NC_("source tag letter", "O"),
    "empty_board": N_("No notes on this board yet."),
    "photos": N_("Photos"),
    "page_of": N_("Page {page} of "),
    "tile_label": N_("Sheet: row {row}, column {column} of {rows} × {columns}"),
    "needs_tiles": N_(
        "warning: board '{board}' prints below 6 pt on one {size} sheet; it needs {sheets} sheets "
        "(export without --no-tile)"
    ),
    "tile_outline": N_("Row {row}, column {column}"),
    "tile_glue": N_("overlap: lay sheet {row}.{column} here"),
    "kind_capture": N_("Idea capture"),
    "kind_reverse": N_("Good idea / bad idea"),
    "kind_prioritise": N_("Prioritisation"),
    "kind_value": N_("Value propositions"),
    "kind_strategy": N_("Point A to point B"),
    "kind_journey": N_("Customer journey map"),
    "kind_scenarios": N_("Scenario audit"),
    "lineage_origin_journey": N_("Journey stage “{where}”: {text}"),
    "lineage_origin_failure": N_("Scenario “{where}”, failure: {text}"),
    "lineage_origin_model": N_("Scenario “{where}”, model: {text}"),
    # The report.
    "report": N_("Workshop report"),
    "boards_pdf": N_("Workshop boards"),
    "cover": N_("Cover"),
    "contents": N_("Contents"),
    "boards": N_("Boards"),
    "members": N_("Members"),
    "notes_count": N_("Notes"),
    "summary": N_("Summary"),
    "top_ideas": N_("Top ideas by votes"),
    "rank": N_("#"),
    "idea": N_("Idea"),
    "no_votes": N_("No votes were given."),
    "appendix": N_("Appendix"),
    "shortened_notes": N_("Full text of shortened notes and labels"),
    "shortened_intro": N_(
        "These texts were too long to show in full on their board, or did not fit at all. Each is "
        "marked on the board with its number (#1, #2, …)."
    ),
    "items_count": N_("Items"),
    "not_used": N_("not used"),
    "lineage": N_("Idea lineage"),
    "lineage_intro": N_(
        "What became of each idea: the solutions made from it, the candidate it became with its "
        "Kano class and release slice, and the value propositions built on that slice."
    ),
    "no_lineage": N_("No idea has been taken further yet."),
    "lineage_candidate": N_("candidate · Kano: {kano} · slice: {slice}"),
    "lineage_proposition": N_("value proposition for {segment} ({slice})"),
    "lineage_none": N_("—"),
    "role_good": N_("best idea"),
    "role_bad": N_("worst idea"),
    "role_solution": N_("solution"),
    "generated": N_("Made with Point B"),
    "month_1": N_("January"),
    "month_2": N_("February"),
    "month_3": N_("March"),
    "month_4": N_("April"),
    "month_5": N_("May"),
    "month_6": N_("June"),
    "month_7": N_("July"),
    "month_8": N_("August"),
    "month_9": N_("September"),
    "month_10": N_("October"),
    "month_11": N_("November"),
    "month_12": N_("December"),
    "date_format": N_("{day} {month} {year}"),
}
