from __future__ import annotations

import time

from app.export.textfit import (
    ELLIPSIS,
    candidate_sizes,
    fit_single_line,
    fit_text,
    wrap_text,
)


def mono(text: str, size: float) -> float:
    """Every character is `size` wide: easy arithmetic for the tests."""
    return len(text) * size


def test_wrap_by_words() -> None:
    lines, more = wrap_text("one two three four", mono, 1.0, 9.0)
    assert lines == ["one two", "three", "four"]
    assert not more


def test_wrap_keeps_explicit_newlines_and_collapses_spaces() -> None:
    lines, _ = wrap_text("a  b\n\nc\t d", mono, 1.0, 20.0)
    assert lines == ["a b", "", "c d"]


def test_no_break_space_is_not_a_break() -> None:
    lines, _ = wrap_text("10\u00a0%  of x", mono, 1.0, 5.0)
    assert lines[0] == "10\u00a0%"


def test_long_word_is_broken_across_lines() -> None:
    lines, more = wrap_text("abcdefghij", mono, 1.0, 4.0)
    assert lines == ["abcd", "efgh", "ij"]
    assert not more


def test_word_breaks_after_hyphen_between_letters_first() -> None:
    lines, _ = wrap_text("Push-уведомление готов", mono, 1.0, 12.0)
    assert lines == ["Push-", "уведомление", "готов"]
    # short parts and numbers stay whole
    assert wrap_text("e-mail", mono, 1.0, 3.0)[0][0] != "e-"
    assert wrap_text("2026-11-23", mono, 1.0, 10.0)[0] == ["2026-11-23"]


def test_max_lines_reports_leftover() -> None:
    lines, more = wrap_text("a b c d e", mono, 1.0, 1.0, max_lines=2)
    assert lines == ["a", "b"]
    assert more


def test_fit_keeps_start_size_when_text_fits() -> None:
    fitted = fit_text("hello world", mono, 60.0, 20.0, 5.0, 1.0)
    assert fitted.font_size == 5.0
    assert fitted.lines == ("hello world",)
    assert not fitted.truncated


def test_fit_shrinks_before_breaking_words() -> None:
    # At size 10 "abcdefgh" (8 chars) would need breaking in a 60-wide box; shrinking to
    # 7.5 fits it whole, which reads better than a word cut in two.
    fitted = fit_text("abcdefgh", mono, 60.0, 100.0, 10.0, 1.0)
    assert fitted.lines == ("abcdefgh",)
    assert fitted.font_size <= 7.5
    assert not fitted.truncated


def test_fit_shrinks_to_fit_height() -> None:
    text = "aa bb cc dd ee ff"
    fitted = fit_text(text, mono, 20.0, 12.0, 10.0, 1.0, line_spacing=1.0)
    assert not fitted.truncated
    assert fitted.font_size < 10.0
    assert " ".join(fitted.lines) == text
    assert len(fitted.lines) * fitted.line_height <= 12.0


def test_fit_truncates_with_ellipsis_at_floor() -> None:
    text = "word " * 200
    fitted = fit_text(text, mono, 20.0, 10.0, 8.0, 2.0, line_spacing=1.0)
    assert fitted.truncated
    assert fitted.font_size == 2.0
    assert fitted.lines[-1].endswith(ELLIPSIS)
    assert all(mono(line, 2.0) <= 20.0 for line in fitted.lines)
    assert len(fitted.lines) == 5


def test_fit_always_shows_a_line_in_a_tiny_box() -> None:
    fitted = fit_text("something", mono, 30.0, 0.5, 8.0, 6.0)
    assert len(fitted.lines) == 1
    assert fitted.truncated


def test_fit_empty_text() -> None:
    fitted = fit_text("  \n ", mono, 30.0, 30.0, 8.0, 6.0)
    assert fitted.lines == ()
    assert not fitted.truncated


def test_candidate_sizes_descend_to_floor() -> None:
    assert candidate_sizes(8.0, 6.0, 0.5) == [8.0, 7.5, 7.0, 6.5, 6.0]
    assert candidate_sizes(7.2, 6.0, 0.5) == [7.2, 6.7, 6.2, 6.0]
    assert candidate_sizes(5.0, 6.0, 0.5) == [6.0]


def test_single_line_ellipsis() -> None:
    line, shortened = fit_single_line("a very long team name", mono, 10.0, 1.0)
    assert shortened
    assert line.endswith(ELLIPSIS)
    assert mono(line, 1.0) <= 10.0
    assert fit_single_line("short", mono, 10.0, 1.0) == ("short", False)


def test_ten_thousand_character_word_is_fast() -> None:
    word = "Ж" * 10_000
    started = time.perf_counter()
    fitted = fit_text(word, mono, 100.0, 100.0, 20.0, 6.0)
    lines, more = wrap_text(word, mono, 6.0, 100.0)
    elapsed = time.perf_counter() - started
    assert fitted.truncated
    assert "".join(lines) == word
    assert not more
    assert elapsed < 2.0


def test_narrower_lines_where_a_corner_is_taken() -> None:
    """A note's tag mark takes the first line's right end: that line holds less, the
    others the whole width (the board's notes and the printed ones share this rule)."""

    def corner(size: float, index: int) -> float:
        return 6.0 if index == 0 else 10.0

    lines, more = wrap_text("aaaa bbbb cccc dddd", mono, 1.0, 10.0, line_widths=corner)
    assert lines == ["aaaa", "bbbb cccc", "dddd"] and not more
    fitted = fit_text("aaaaaaaaa bbbb", mono, 10.0, 2.0, 1.0, 1.0, line_spacing=1.0,
                      line_widths=corner)
    assert fitted.lines == ("aaaaaa", "aaa bbbb")  # the long word, cut at the floor size
