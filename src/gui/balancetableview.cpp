// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "balancetableview.h"

#include "accessibleparts.h"
#include "balancetablemodel.h"
#include "fulltexttooltipdelegate.h"

#include <QAbstractItemDelegate>
#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QKeyEvent>
#include <QMenu>
#include <QScopedValueRollback>
#include <QScrollBar>

namespace loopview {

namespace {

constexpr int FrozenColumn = BalanceTableModel::TokenColumn;
constexpr quint32 LayoutMagic = 0x4c56544c;  // "LVTL"
constexpr quint32 LayoutVersion = 1;
// Within this many characters of the longest text a cell may still be the widest one: digits and
// separators of the fixed-width amount font can come from fallback fonts of another width.
constexpr int WidthCandidateSlack = 2;
// A symbol from the token list can be any length; past this many "M"s the Token column elides
// (the tooltip has the full text) rather than pushing the amounts off the screen.
constexpr int MaximumFittedTokenEms = 16;

} // namespace

BalanceTableView::BalanceTableView(QWidget *parent) : QTableView(parent), m_frozen(new QTableView(this))
{
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 4);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    // A symbol cut short ("Token #4…", a long or hostile symbol) is whole in its tooltip.
    setItemDelegate(new FullTextToolTipDelegate(this));
    // Tab leaves the table like any other control, so the keyboard is not caught in hundreds of
    // cells; Ctrl+Tab (keyPressEvent) moves between them.
    setTabKeyNavigation(false);
    // Pixel scrolling, so a column slides under the frozen Token column instead of jumping.
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);

    connect(header, &QHeaderView::sectionResized, this, &BalanceTableView::onSectionResized);
    connect(header, &QHeaderView::sectionMoved, this, &BalanceTableView::keepFrozenColumnFirst);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &position) { showHeaderMenu(header->mapToGlobal(position)); });
    setupFrozenColumn();
}

BalanceTableView::~BalanceTableView() = default;

void BalanceTableView::setupFrozenColumn()
{
    m_frozen->setObjectName(QStringLiteral("frozenTokenColumn"));
    m_frozen->setAccessibleName(tr("Token column"));
    m_frozen->setAccessibleDescription(tr("The Token column, kept in view while the table scrolls sideways"));
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->verticalHeader()->hide();
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setHorizontalScrollMode(ScrollPerPixel);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);
    m_frozen->setEditTriggers(NoEditTriggers);
    m_frozen->setContextMenuPolicy(Qt::CustomContextMenu);
    m_frozen->setItemDelegate(new FullTextToolTipDelegate(m_frozen));
    accessibleparts::nameCornerButton(m_frozen);

    QHeaderView *frozenHeader = m_frozen->horizontalHeader();
    frozenHeader->setSectionsMovable(false);
    frozenHeader->setSectionsClickable(true);
    frozenHeader->setSortIndicatorShown(true);
    frozenHeader->setStretchLastSection(false);
    frozenHeader->setHighlightSections(false);
    frozenHeader->setContextMenuPolicy(Qt::CustomContextMenu);

    // The frozen view is a mirror: what happens to it happens to the table, and back.
    connect(frozenHeader, &QHeaderView::sectionClicked, this, &BalanceTableView::onFrozenHeaderClicked);
    connect(frozenHeader, &QHeaderView::sectionResized, this, [this](int logical, int, int newSize) {
        if (logical == FrozenColumn && newSize > 0)
            horizontalHeader()->resizeSection(logical, newSize);
    });
    connect(frozenHeader, &QHeaderView::customContextMenuRequested, this,
            [this, frozenHeader](const QPoint &position) { showHeaderMenu(frozenHeader->mapToGlobal(position)); });
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, frozenHeader, &QHeaderView::setSortIndicator);
    connect(m_frozen, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        emit customContextMenuRequested(viewport()->mapFromGlobal(m_frozen->viewport()->mapToGlobal(position)));
    });
    connect(m_frozen, &QAbstractItemView::pressed, this, [this] { setFocus(Qt::MouseFocusReason); });
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(), &QAbstractSlider::setValue);
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(), &QAbstractSlider::setValue);

    viewport()->stackUnder(m_frozen);
    m_frozen->hide();
}

void BalanceTableView::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    QTableView::setModel(model);
    m_frozen->setModel(model);
    if (selectionModel())
        m_frozen->setSelectionModel(selectionModel());
    if (model) {
        // A new result: every column fits it. Rows coming into view (the filter cleared) and
        // new text (stale styling, another display precision) may need more room.
        m_modelConnections = {
            connect(model, &QAbstractItemModel::modelReset, this, [this] {
                syncFrozenColumn();
                fitColumns(Fit::ShrinkOrGrow);
            }),
            connect(model, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                        if (roles.isEmpty() || roles.contains(Qt::DisplayRole) || roles.contains(Qt::FontRole))
                            fitColumns(Fit::ShrinkOrGrow);
                    }),
            connect(model, &QAbstractItemModel::rowsInserted, this, [this] { fitColumns(Fit::GrowOnly); }),
            connect(model, &QAbstractItemModel::layoutChanged, this, [this] { fitColumns(Fit::GrowOnly); }),
            connect(model, &QAbstractItemModel::columnsInserted, this, &BalanceTableView::syncFrozenColumn),
        };
    }
    syncFrozenColumn();
    fitColumns(Fit::ShrinkOrGrow);
}

void BalanceTableView::setSelectionModel(QItemSelectionModel *selectionModel)
{
    QTableView::setSelectionModel(selectionModel);
    // QAbstractItemView::setModel() makes a selection model before the frozen view has the model.
    if (selectionModel && m_frozen->model() == selectionModel->model())
        m_frozen->setSelectionModel(selectionModel);
}

void BalanceTableView::syncFrozenColumn()
{
    const int columns = model() ? model()->columnCount(rootIndex()) : 0;
    for (int column = 0; column < columns; ++column)
        m_frozen->setColumnHidden(column, column != FrozenColumn);
    m_frozen->setAlternatingRowColors(alternatingRowColors());
    m_frozen->setShowGrid(showGrid());
    m_frozen->setGridStyle(gridStyle());
    m_frozen->setWordWrap(wordWrap());
    m_frozen->setTextElideMode(textElideMode());
    m_frozen->setSelectionMode(selectionMode());
    m_frozen->setSelectionBehavior(selectionBehavior());
    m_frozen->horizontalHeader()->setSortIndicator(horizontalHeader()->sortIndicatorSection(),
                                                   horizontalHeader()->sortIndicatorOrder());
    const bool frozenShown = columns > FrozenColumn && !isColumnHidden(FrozenColumn);
    if (frozenShown)
        m_frozen->setColumnWidth(FrozenColumn, columnWidth(FrozenColumn));
    m_frozen->setVisible(frozenShown);
    updateFrozenGeometry();
}

int BalanceTableView::frozenWidth() const
{
    return m_frozen->isHidden() ? 0 : columnWidth(FrozenColumn);
}

void BalanceTableView::updateFrozenGeometry()
{
    if (m_frozen->isHidden())
        return;
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    m_frozen->horizontalHeader()->setVisible(!horizontalHeader()->isHidden());
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    const int left = frameWidth() + (verticalHeader()->isHidden() ? 0 : verticalHeader()->width());
    const int headerHeight = horizontalHeader()->isHidden() ? 0 : horizontalHeader()->height();
    m_frozen->setGeometry(left, frameWidth(), qMin(frozenWidth(), viewport()->width()),
                          viewport()->height() + headerHeight);
    m_frozen->verticalScrollBar()->setValue(verticalScrollBar()->value());
}

void BalanceTableView::keyPressEvent(QKeyEvent *event)
{
    const bool tab = event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab;
    if (tab && event->modifiers().testFlag(Qt::ControlModifier)) {
        const bool back = event->key() == Qt::Key_Backtab || event->modifiers().testFlag(Qt::ShiftModifier);
        const QModelIndex next = moveCursor(back ? MovePrevious : MoveNext, Qt::NoModifier);
        if (next.isValid())
            selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void BalanceTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updateFrozenGeometry();
}

void BalanceTableView::updateGeometries()
{
    QTableView::updateGeometries();
    updateFrozenGeometry();
}

void BalanceTableView::keepFrozenColumnFirst()
{
    QHeaderView *header = horizontalHeader();
    if (header->count() <= FrozenColumn)
        return;
    const int visual = header->visualIndex(FrozenColumn);
    if (visual > 0)
        header->moveSection(visual, 0);
}

void BalanceTableView::onSectionResized(int logical, int oldSize, int newSize)
{
    if (logical == FrozenColumn) {
        m_frozen->setColumnWidth(FrozenColumn, newSize);
        updateFrozenGeometry();
    }
    // Hiding and showing a column "resizes" it from or to 0: that is not the user's width.
    if (!m_adjusting && oldSize > 0 && newSize > 0)
        m_userSized.insert(logical);
}

void BalanceTableView::onFrozenHeaderClicked(int logical)
{
    // What a click on the table's own header does (QHeaderView flips the order of the sorted
    // section and starts others ascending); the table sorts on the indicator's signal.
    if (!isSortingEnabled())
        return;
    QHeaderView *header = horizontalHeader();
    const Qt::SortOrder order = header->sortIndicatorSection() == logical && header->sortIndicatorOrder() == Qt::AscendingOrder
            ? Qt::DescendingOrder
            : Qt::AscendingOrder;
    header->setSortIndicator(logical, order);
}

QModelIndex BalanceTableView::indexAt(const QPoint &point) const
{
    // Over the frozen column the Token cell is what the user sees, whatever scrolled under it.
    if (model() && point.x() >= 0 && point.x() < frozenWidth()) {
        const int row = rowAt(point.y());
        return row < 0 ? QModelIndex() : model()->index(row, FrozenColumn, rootIndex());
    }
    return QTableView::indexAt(point);
}

void BalanceTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    const int horizontal = horizontalScrollBar()->value();
    QTableView::scrollTo(index, hint);
    if (!index.isValid() || m_frozen->isHidden())
        return;
    if (index.column() == FrozenColumn) {
        // Always in view: scrolling sideways to it would only move the other columns.
        horizontalScrollBar()->setValue(horizontal);
        return;
    }
    // A cell under the frozen column is not visible: scroll until it comes out from under it.
    const int covered = frozenWidth() - visualRect(index).left();
    if (covered > 0)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - covered);
}

// ---------------------------------------------------------------------------------------------
// Fitting

bool BalanceTableView::mustShowEveryCharacter(int column) const
{
    return column != FrozenColumn;
}

int BalanceTableView::widestCellWidth(int column) const
{
    const QAbstractItemModel *model = this->model();
    const int rows = model->rowCount(rootIndex());
    if (rows == 0)
        return 0;
    // The shown text: the delegate appends the decimal padding (AmountDelegate).
    const auto cellText = [&](int row) -> QString {
        const QModelIndex index = model->index(row, column, rootIndex());
        return index.data(Qt::DisplayRole).toString()
                + QString(index.data(BalanceTableModel::DecimalPaddingRole).toInt(), QChar(0x2007));
    };
    QList<QString> texts;
    texts.reserve(rows);
    qsizetype longest = 0;
    for (int row = 0; row < rows; ++row) {
        texts.append(cellText(row));
        longest = qMax(longest, texts.constLast().size());
    }
    // Measuring every cell of a 5000-row account would take long; in a fixed-width font only the
    // longest texts can be the widest. Proportional columns are measured in full.
    const bool fixedWidth = mustShowEveryCharacter(column);
    int widestRow = -1;
    int widest = -1;
    for (int row = 0; row < rows; ++row) {
        if (fixedWidth && texts.at(row).size() + WidthCandidateSlack < longest)
            continue;
        const QVariant font = model->index(row, column, rootIndex()).data(Qt::FontRole);
        const QFontMetrics metrics(font.isValid() ? font.value<QFont>() : this->font());
        const int width = metrics.horizontalAdvance(texts.at(row));
        if (width > widest) {
            widest = width;
            widestRow = row;
        }
    }
    // The delegate adds the style's margins (and any icon) to the widest text.
    const QModelIndex index = model->index(widestRow, column, rootIndex());
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const int hint = itemDelegateForIndex(index)->sizeHint(option, index).width();
    return hint + (showGrid() ? 1 : 0);
}

int BalanceTableView::contentWidth(int column) const
{
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int header = horizontalHeader()->sectionSizeHint(column);
    int cells = widestCellWidth(column);
    if (!mustShowEveryCharacter(column))
        cells = qMin(cells, em * MaximumFittedTokenEms);
    // One "M" of breathing room, so neighbouring numbers do not run together.
    return qMax(header, cells) + em;
}

void BalanceTableView::fitColumns(Fit fit)
{
    if (!model())
        return;
    QScopedValueRollback<bool> adjusting(m_adjusting, true);
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const int needed = contentWidth(column);
        const int current = header->sectionSize(column);
        const bool userSized = m_userSized.contains(column);
        // The user's width stays, unless it would cut digits off an amount.
        const bool grow = current < needed && (!userSized || mustShowEveryCharacter(column));
        const bool shrink = fit == Fit::ShrinkOrGrow && !userSized && current > needed;
        if (grow || shrink)
            header->resizeSection(column, needed);
    }
}

// ---------------------------------------------------------------------------------------------
// Layout: the header menu, reset, save and restore

std::unique_ptr<QMenu> BalanceTableView::createHeaderMenu(QWidget *parent)
{
    auto menu = std::make_unique<QMenu>(parent);
    menu->setObjectName(QStringLiteral("balancesHeaderMenu"));
    QHeaderView *header = horizontalHeader();
    int shownColumns = 0;
    for (int column = 0; column < header->count(); ++column)
        shownColumns += header->isSectionHidden(column) ? 0 : 1;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action = menu->addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // One column always stays, or the header (and this menu with it) would be gone.
        action->setEnabled(header->isSectionHidden(column) || shownColumns > 1);
        connect(action, &QAction::toggled, this, [this, column](bool shown) { setColumnShown(column, shown); });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Reset layout"));
    reset->setObjectName(QStringLiteral("resetLayoutAction"));
    reset->setStatusTip(tr("Show every column in its original order, sized to the data"));
    connect(reset, &QAction::triggered, this, &BalanceTableView::resetLayout);
    return menu;
}

void BalanceTableView::showHeaderMenu(const QPoint &globalPosition)
{
    if (!model())
        return;
    createHeaderMenu(this)->exec(globalPosition);
}

void BalanceTableView::setColumnShown(int column, bool shown)
{
    {
        QScopedValueRollback<bool> adjusting(m_adjusting, true);
        setColumnHidden(column, !shown);
    }
    if (shown)
        fitColumns(Fit::GrowOnly);
    syncFrozenColumn();
}

void BalanceTableView::resetLayout()
{
    {
        QScopedValueRollback<bool> adjusting(m_adjusting, true);
        m_userSized.clear();
        QHeaderView *header = horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            header->setSectionHidden(column, false);
            header->moveSection(header->visualIndex(column), column);
        }
    }
    fitColumns(Fit::ShrinkOrGrow);
    syncFrozenColumn();
}

QByteArray BalanceTableView::saveLayout() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_0);
    QList<int> userSized(m_userSized.cbegin(), m_userSized.cend());
    std::sort(userSized.begin(), userSized.end());
    stream << LayoutMagic << LayoutVersion << horizontalHeader()->saveState() << userSized;
    return state;
}

bool BalanceTableView::restoreLayout(const QByteArray &state)
{
    QDataStream stream(state);
    stream.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    quint32 version = 0;
    QByteArray headerState;
    QList<int> userSized;
    stream >> magic >> version;
    if (stream.status() != QDataStream::Ok || magic != LayoutMagic || version != LayoutVersion)
        return false;
    stream >> headerState >> userSized;
    if (stream.status() != QDataStream::Ok)
        return false;
    {
        QScopedValueRollback<bool> adjusting(m_adjusting, true);
        if (!horizontalHeader()->restoreState(headerState))
            return false;
        m_userSized.clear();
        for (int column : std::as_const(userSized)) {
            if (column >= 0 && column < horizontalHeader()->count())
                m_userSized.insert(column);
        }
        keepFrozenColumnFirst();
    }
    syncFrozenColumn();
    return true;
}

} // namespace loopview
