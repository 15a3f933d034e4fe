"""Columns sized to their contents, the room left over given to one chosen column: ``fit_columns(view)``.

Every column is at least as wide as its contents and its header text (nothing squashed or cut short); when
the columns together are narrower than the table, the ``stretch`` column (the last one unless told, or every
column alike with ``stretch=None``) takes the rest, so no empty strip is left at the right. A long free text
(a note, a summary) makes its column no wider than ``max_width`` (the text is shortened with "…"); when the
columns are wider than the table all the same, it scrolls sideways. The sizes follow the table: again when its model resets, rows come or go
and when the table is resized. The user can still drag a column wider until the next refit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QTreeView

_NAME = "column_fitter"
MAX_WIDTH = 360  # px: the widest a column grows for its contents alone
HEADER_ROOM = 10  # px beside a header text, so an empty table does not look cramped


def _header(view: QAbstractItemView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


class _ColumnFitter(QObject):
    def __init__(self, view: QAbstractItemView, stretch: int | None, max_width: int) -> None:
        super().__init__(view)
        self.setObjectName(_NAME)
        self.view = view
        self.stretch = stretch
        self.max_width = max_width
        self.model = None
        self.content: dict[int, int] | None = None  # the columns' own widths, measured once per data change
        self.content_height = -1  # ... and per viewport height (the rows measured are the rows in view)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.fit)
        header = _header(view)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.viewport().installEventFilter(self)

    def watch(self) -> None:
        model = self.view.model()
        if model is None or model is self.model:
            return
        self.model = model
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
                       model.columnsInserted, model.columnsRemoved, model.dataChanged, model.headerDataChanged):
            signal.connect(self.data_changed)
        if isinstance(self.view, QTreeView):
            self.view.expanded.connect(self.data_changed)
            self.view.collapsed.connect(self.data_changed)

    def data_changed(self, *_args) -> None:
        self.content = None
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def widths(self) -> dict[int, int]:
        header = _header(self.view)
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        height = self.view.viewport().height()
        if self.content is None or self.content_height != height or set(self.content) != set(shown):
            # measuring the cells is most of a page's first show; a resize in width alone reuses it
            self.content = {c: max(min(self.view.sizeHintForColumn(c), self.max_width),
                                   self.header_width(header, c)) for c in shown}
            self.content_height = height
        widths = dict(self.content)
        spare = self.view.viewport().width() - sum(widths.values())
        if spare > 0 and shown:
            if self.stretch is None:
                for i, c in enumerate(shown):
                    widths[c] += spare // len(shown) + (1 if i < spare % len(shown) else 0)
            else:
                column = self.stretch % header.count() if header.count() else 0
                widths[column if column in widths else shown[-1]] += spare
        return widths

    def header_width(self, header: QHeaderView, column: int) -> int:
        """The header's widest line (a two-line header counts one line), its margins and, on the sorted column,
        the sort arrow."""
        text = str(self.view.model().headerData(column, Qt.Orientation.Horizontal) or "")
        metrics = header.fontMetrics()
        width = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
        style = header.style()
        width += 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + HEADER_ROOM
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            width += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) \
                + style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        return width

    def fit(self) -> None:
        self.watch()
        header = _header(self.view)
        for column, width in self.widths().items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)


def fit_columns(view: QAbstractItemView, stretch: int | None = -1, max_width: int = MAX_WIDTH) -> None:
    """Size ``view``'s columns to their contents now and whenever its data or size changes; ``stretch`` is the
    column that fills the rest of the width (negative counts from the end; None shares it among all)."""
    fitter = view.findChild(_ColumnFitter, _NAME)
    if fitter is None:
        fitter = _ColumnFitter(view, stretch, max_width)
    fitter.stretch, fitter.max_width = stretch, max_width
    fitter.content = None
    fitter.fit()
