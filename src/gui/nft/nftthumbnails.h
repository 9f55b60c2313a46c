// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#pragma once

#include "net/thumbnailurl.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>
#include <optional>

class QImage;
class QTableView;
class QTimer;

namespace loopview {

class NftSession;
class NftTableModel;
class ThumbnailLoader;

// The NFT table's thumbnails, when the user turned them on in Preferences (off by default:
// loading an image tells the host that serves it which NFTs this account holds). It asks a
// ThumbnailLoader for the images of the rows the table shows on screen, and nothing else: not
// for rows scrolled away, not while the NFTs tab is hidden, not for the demo's NFTs (the demo
// runs offline). A new list, a new gateway or turning thumbnails off cancels what was loading;
// off also forgets the loader, its connections and every image shown.
class NftThumbnails : public QObject
{
    Q_OBJECT
public:
    // `view` shows `model` (through a proxy); both outlive this object (the panel owns all three).
    NftThumbnails(NftSession *session, NftTableModel *model, QTableView *view, QObject *parent = nullptr);
    ~NftThumbnails() override;

    void setOptions(bool enabled, const QUrl &ipfsGateway);
    bool isEnabled() const { return m_enabled; }

    // Tests only: lets the fake server's http://127.0.0.1 serve images (see ThumbnailSchemes) and
    // keeps the disk cache in a temporary directory.
    void setSchemesForTesting(ThumbnailSchemes schemes) { m_schemes = schemes; }
    void setCacheDirectoryForTesting(const QString &directory) { m_cacheDirectory = directory; }
    // The loader while thumbnails are on; nullptr while they are off.
    ThumbnailLoader *loader() const { return m_loader; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onListChanged();
    void scheduleLoad();
    void loadVisible();
    void onLoaded(const QUrl &url, const QImage &thumbnail);

    NftSession *m_session;
    NftTableModel *m_model;
    QTableView *m_view;
    QTimer *m_loadTimer;
    ThumbnailLoader *m_loader = nullptr;
    bool m_enabled = false;
    QUrl m_gateway;
    ThumbnailSchemes m_schemes = ThumbnailSchemes::HttpsOnly;
    QString m_cacheDirectory;
    QList<std::optional<QUrl>> m_urlOfRow;  // by source row: nullopt when no URL is allowed
    QHash<QUrl, QList<int>> m_rowsOfUrl;     // one image may stand for several rows
};

} // namespace loopview
