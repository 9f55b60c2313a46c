// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include <QSet>
#include <QTableView>

#include <memory>

class QMenu;

namespace loopview {

// The balances table. It owns the table's layout so the window only hands it a model:
// - Column widths fit each new result (they shrink as well as grow), except columns the user
//   resized by hand, which keep their width until "Reset layout". Amount columns are the one
//   exception to the exception: they always grow until no digit is cut off, because an elided
//   amount reads as a different number.
// - The Token column never scrolls away sideways: a second, borderless view showing only that
//   column lies over the left edge of the viewport (Qt's "frozen column" technique) and shares
//   the model, the selection and the vertical scroll position. The Token column therefore stays
//   the first column; the others can be moved.
// - The header's context menu shows or hides each column and resets the layout.
// saveLayout()/restoreLayout() carry order, widths, hidden columns, the sort indicator and which
// columns the user sized, so a restart keeps what the user chose and nothing else.
class BalanceTableView : public QTableView
{
    Q_OBJECT
public:
    explicit BalanceTableView(QWidget *parent = nullptr);
    ~BalanceTableView() override;

    void setModel(QAbstractItemModel *model) override;
    void setSelectionModel(QItemSelectionModel *selectionModel) override;

    QByteArray saveLayout() const;
    // False (and nothing changed) when `state` is not a layout this view saved.
    bool restoreLayout(const QByteArray &state);
    // Every column shown, in its original order, sized to the data; forgets hand-sized widths.
    void resetLayout();

    // Columns whose width the user set by hand (logical indexes): fitting leaves them alone.
    bool isUserSized(int column) const { return m_userSized.contains(column); }

    // The header's context menu, built fresh (tests trigger its actions without showing it).
    std::unique_ptr<QMenu> createHeaderMenu(QWidget *parent = nullptr);

    // The view that keeps the Token column in place while the table scrolls sideways.
    QTableView *frozenColumnView() const { return m_frozen; }

    QModelIndex indexAt(const QPoint &point) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void updateGeometries() override;

private:
    enum class Fit { ShrinkOrGrow, GrowOnly };

    void setupFrozenColumn();
    void syncFrozenColumn();
    void updateFrozenGeometry();
    int frozenWidth() const;
    void keepFrozenColumnFirst();
    void onSectionResized(int logical, int oldSize, int newSize);
    void onFrozenHeaderClicked(int logical);
    void showHeaderMenu(const QPoint &globalPosition);
    void setColumnShown(int logical, bool shown);
    void fitColumns(Fit fit);
    int contentWidth(int column) const;
    int widestCellWidth(int column) const;
    bool mustShowEveryCharacter(int column) const;

    QTableView *m_frozen;
    QList<QMetaObject::Connection> m_modelConnections;
    QSet<int> m_userSized;
    // Set while the view itself changes section sizes, so only the user's resizes count as his.
    bool m_adjusting = false;
};

} // namespace loopview
