// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "nftthumbnails.h"

#include "nftsession.h"
#include "nfttablemodel.h"
#include "thumbnailloader.h"

#include <QAbstractProxyModel>
#include <QEvent>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace loopview {

namespace {

// The icon drawn in the Name column; the loader keeps twice this for HiDPI screens.
constexpr QSize ShownThumbnailSize(24, 24);

} // namespace

NftThumbnails::NftThumbnails(NftSession *session, NftTableModel *model, QTableView *view, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(model)
    , m_view(view)
    , m_loadTimer(new QTimer(this))
    , m_cacheDirectory(ThumbnailLoader::defaultCacheDirectory())
{
    // Scrolling fires many times a second: load for where the view settles.
    m_loadTimer->setSingleShot(true);
    m_loadTimer->setInterval(0);
    connect(m_loadTimer, &QTimer::timeout, this, &NftThumbnails::loadVisible);

    connect(m_model, &QAbstractItemModel::modelReset, this, &NftThumbnails::onListChanged);
    QAbstractItemModel *shown = m_view->model();
    connect(shown, &QAbstractItemModel::layoutChanged, this, &NftThumbnails::scheduleLoad);  // sorted
    connect(shown, &QAbstractItemModel::rowsInserted, this, &NftThumbnails::scheduleLoad);   // filter
    connect(shown, &QAbstractItemModel::rowsRemoved, this, &NftThumbnails::scheduleLoad);
    connect(shown, &QAbstractItemModel::modelReset, this, &NftThumbnails::scheduleLoad);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &NftThumbnails::scheduleLoad);
    m_view->installEventFilter(this);            // shown (the NFTs tab chosen)
    m_view->viewport()->installEventFilter(this);  // resized
}

NftThumbnails::~NftThumbnails() = default;

void NftThumbnails::setOptions(bool enabled, const QUrl &ipfsGateway)
{
    if (enabled == m_enabled && (!enabled || ipfsGateway == m_gateway))
        return;
    // Whatever changed, what was loading is for the old choice.
    delete m_loader;
    m_loader = nullptr;
    m_enabled = enabled;
    m_gateway = ipfsGateway;
    m_model->setThumbnailsShown(false);
    if (!enabled) {
        m_urlOfRow.clear();
        m_rowsOfUrl.clear();
        return;
    }
    m_model->setThumbnailsShown(true);
    m_view->setIconSize(ShownThumbnailSize);
    m_loader = new ThumbnailLoader(m_cacheDirectory, this);
    m_loader->setSchemes(m_schemes);
    connect(m_loader, &ThumbnailLoader::loaded, this, &NftThumbnails::onLoaded);
    onListChanged();
}

void NftThumbnails::onListChanged()
{
    if (!m_loader)
        return;
    m_loader->cancel();
    m_urlOfRow.clear();
    m_rowsOfUrl.clear();
    const std::optional<NftSnapshot> &snapshot = m_session->snapshot();
    const bool demo = snapshot && snapshot->demo;
    const QList<NftBalance> &nfts = m_model->nfts();
    m_urlOfRow.reserve(nfts.size());
    for (int row = 0; row < nfts.size(); ++row) {
        std::optional<QUrl> url = demo ? std::nullopt : nftThumbnailUrl(nfts.at(row).details, m_gateway, m_schemes);
        if (url)
            m_rowsOfUrl[*url].append(row);
        m_urlOfRow.append(std::move(url));
    }
    scheduleLoad();
}

void NftThumbnails::scheduleLoad()
{
    if (m_loader)
        m_loadTimer->start();
}

bool NftThumbnails::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_view && event->type() == QEvent::Show)
        || (watched == m_view->viewport() && event->type() == QEvent::Resize)) {
        scheduleLoad();
    }
    return QObject::eventFilter(watched, event);
}

void NftThumbnails::loadVisible()
{
    if (!m_loader || m_urlOfRow.isEmpty() || !m_view->isVisible())
        return;
    const QAbstractItemModel *shown = m_view->model();
    const int count = shown->rowCount();
    if (count == 0)
        return;
    const int first = qMax(0, m_view->rowAt(0));
    const int atBottom = m_view->rowAt(m_view->viewport()->height() - 1);
    const int last = atBottom < 0 ? count - 1 : atBottom;
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(shown);
    QList<QUrl> urls;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = shown->index(row, NftTableModel::NameColumn);
        const int sourceRow = proxy ? proxy->mapToSource(index).row() : row;
        if (sourceRow < 0 || sourceRow >= m_urlOfRow.size() || m_model->hasThumbnail(sourceRow))
            continue;
        if (const std::optional<QUrl> &url = m_urlOfRow.at(sourceRow); url && !urls.contains(*url))
            urls.append(*url);
    }
    m_loader->load(urls);
}

void NftThumbnails::onLoaded(const QUrl &url, const QImage &thumbnail)
{
    for (int row : m_rowsOfUrl.value(url))
        m_model->setThumbnail(row, thumbnail);
}

} // namespace loopview
