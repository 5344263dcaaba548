"""Statements: both templates filled live from the canvas, and the room's final statement.

The ad-lib and the positioning statement follow the canvas as it changes, in the
workshop's language; any draft can be taken as the starting text. The final statement is
free text committed once per editing burst (Enter or leaving the field; Shift+Enter breaks
the line). The chosen hero's voice words stand beside it as a tone guide.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import value_flow
from app.domain.value_prop import adlib_statement, archetype_draft, positioning_statement
from app.ui import theme
from app.ui.elide import full_text, set_wrapped_text
from app.ui.exercises.value_prop_common import (
    MOTIVATION_COLORS,
    CommitLineEdit,
    CommitTextEdit,
    ValueSession,
    card_frame,
    clear_layout,
    hbox,
    plain_label,
)


class StatementView(QWidget):
    def __init__(self, session: ValueSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        outer = hbox(self, spacing=20, margins=16)
        left = QVBoxLayout()
        left.setSpacing(10)

        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        self.fields: dict[str, CommitLineEdit] = {}
        for name, label, placeholder in (
            ("product_name", self.tr("Product name"), self.tr("e.g. PayLink")),
            ("category", self.tr("Category"), self.tr("e.g. phone payment service")),
            ("competitor", self.tr("Unlike…"), self.tr("the alternative the customer uses today")),
        ):
            field = CommitLineEdit(self)
            field.setObjectName("vpField")
            field.setPlaceholderText(placeholder)
            field.committed.connect(lambda text, n=name: self._set_text(n, text))
            form.addRow(plain_label(label, self, "vpCardField", wrap=False), field)
            self.fields[name] = field
        left.addLayout(form)

        self.adlib, _ = self._template(left, self.tr("AD-LIB (VALUE PROPOSITION DESIGN)"))
        self.positioning, _ = self._template(left, self.tr("POSITIONING (GEOFFREY MOORE)"))
        self.draft, self.draft_title = self._template(left, self.tr("IN THE HERO'S VOICE"))
        self.voice_words: list[str] = []  # shown beside the statement (tests read them)

        left.addWidget(plain_label(self.tr("FINAL STATEMENT"), self, "vpTemplateTitle"))
        self.final = CommitTextEdit(self)
        self.final.setObjectName("vpFinal")
        self.final.setPlaceholderText(
            self.tr("The room's own words. Start from a draft above or type here.")
        )
        self.final.setMinimumHeight(120)
        self.final.committed.connect(lambda text: self._set_text("statement", text))
        left.addWidget(self.final, 1)
        left.addWidget(
            plain_label(
                self.tr(
                    "Saved when you press Enter or leave the field; Shift+Enter starts a new line."
                ),
                self,
                "vpSectionHint",
            )
        )
        outer.addLayout(left, 3)

        self.voice_card = card_frame(self)
        self.voice_card.setMinimumWidth(220)  # beside the form on a laptop, agenda open
        self.voice_box = QVBoxLayout(self.voice_card)
        self.voice_box.setContentsMargins(18, 14, 18, 14)
        self.voice_box.setSpacing(6)
        outer.addWidget(self.voice_card, 1)

    def _template(self, layout: QVBoxLayout, title: str) -> tuple[QLabel, QLabel]:
        """A card with a drafted statement and a button taking it as the final one.

        Returns (text label, title label)."""
        card = card_frame(self)
        box = QVBoxLayout(card)
        box.setContentsMargins(16, 8, 16, 8)
        box.setSpacing(4)
        head = hbox(spacing=8)
        head_label = plain_label(title, card, "vpTemplateTitle", wrap=False)
        head.addWidget(head_label, 1)
        use = QPushButton(self.tr("Use as final statement"), card)
        head.addWidget(use)
        box.addLayout(head)
        text = plain_label("", card, "vpTemplate")
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(text)
        use.clicked.connect(lambda: self._accept(full_text(text)))
        layout.addWidget(card)
        return text, head_label

    def _set_text(self, name: str, text: str) -> None:
        canvas_id = self.session.canvas_id
        if canvas_id is None:
            return
        data = self.session.data
        labels = {
            "statement": self.tr("Edit the statement"),
            "product_name": self.tr("Edit the product name"),
            "category": self.tr("Edit the category"),
            "competitor": self.tr("Edit the alternative"),
        }
        self.session.run(
            labels[name], lambda: value_flow.set_canvas_texts(data, canvas_id, **{name: text})
        )

    def _accept(self, drafted: str) -> None:
        canvas_id = self.session.canvas_id
        if canvas_id is None:
            return
        data = self.session.data
        self.session.run(
            self.tr("Use the draft as the statement"),
            lambda: value_flow.accept_statement(data, canvas_id, drafted),
        )

    def refresh(self) -> None:
        canvas = self.session.canvas()
        self.setEnabled(canvas is not None)
        if canvas is None:
            for field in self.fields.values():
                field.show_stored("")
            self.final.show_stored("")
            for label in (self.adlib, self.positioning, self.draft):
                set_wrapped_text(label, "")
            self._show_voice(None, None)
            return
        stored = {
            "product_name": canvas.product_name,
            "category": canvas.category,
            "competitor": canvas.competitor,
        }
        for name, field in self.fields.items():
            field.show_stored(stored[name])
        segment, items, language = (
            self.session.segment(),
            self.session.items(),
            self.session.language,
        )
        set_wrapped_text(self.adlib, adlib_statement(canvas, segment, items, language))
        set_wrapped_text(
            self.positioning, positioning_statement(canvas, segment, items, language)
        )
        hero = self.session.archetype(canvas.archetype)
        draft_card = self.draft.parentWidget()
        if draft_card is not None:
            draft_card.setVisible(hero is not None)
        if hero is not None:
            set_wrapped_text(
                self.draft,
                archetype_draft(hero, segment, items, language, product=canvas.product_name),
            )
            self.draft_title.setText(
                self.tr("IN THE HERO'S VOICE: %1").replace("%1", hero.name(language).upper())
            )
        self.final.show_stored(canvas.statement)
        self._show_voice(canvas.archetype, canvas.secondary_archetype)

    def _show_voice(self, primary: str | None, secondary: str | None) -> None:
        box = self.voice_box
        clear_layout(box)
        self.voice_words = []
        language = self.session.language
        box.addWidget(plain_label(self.tr("TONE OF VOICE"), self.voice_card, "vpTemplateTitle"))
        hero = self.session.archetype(primary)
        if hero is None:
            box.addWidget(
                plain_label(
                    self.tr(
                        "Choose a hero on the Compare tab to see the words that fit its voice."
                    ),
                    self.voice_card,
                    "vpReason",
                )
            )
            box.addStretch(1)
            return
        for role, archetype in (
            (self.tr("Primary"), hero),
            (self.tr("Secondary"), self.session.archetype(secondary)),
        ):
            if archetype is None:
                continue
            text = archetype.text(language)
            strong, _light = MOTIVATION_COLORS[archetype.motivation]
            name = plain_label(f"{text.name} · {role.lower()}", self.voice_card, "vpRankName")
            name.setStyleSheet(f"color: {strong};")
            box.addWidget(name)
            for word in text.voice:
                box.addWidget(plain_label(word, self.voice_card, "vpVoiceBig"))
                self.voice_words.append(word)
            promise = self.tr("Promise to relieve: %1").replace("%1", text.fear.lower())
            box.addWidget(plain_label(promise, self.voice_card, "vpReason"))
            box.addWidget(
                plain_label(
                    self.tr("Gift to offer: ") + text.gift.lower(), self.voice_card, "vpReason"
                )
            )
            box.addSpacing(12)
        box.addStretch(1)
        self.voice_card.setStyleSheet(f"QFrame#vpCard {{ border-top: 6px solid {theme.ACCENT}; }}")


__all__ = ["StatementView"]
