// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "preferencesdialog.h"

#include "ui_preferencesdialog.h"

#include "networkcombo.h"
#include "palettecolors.h"
#include "uilanguage.h"

#include "core/price.h"

#include <QPushButton>

namespace loopview {

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);

    QComboBox *network = m_ui->networkCombo;
    networkcombo::fill(network, tr("Custom URL…"), tr("A Loopring-compatible service at a URL you type"));
    // No item data: the network of the last query, as the window has always started.
    network->insertItem(0, tr("The last one used"));
    connect(network, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateProblems);
    connect(m_ui->customUrlEdit, &QLineEdit::textChanged, this, &PreferencesDialog::updateProblems);

    m_ui->timeoutSpin->setRange(int(Preferences::MinRequestTimeout.count()), int(Preferences::MaxRequestTimeout.count()));
    //: Unit after the request timeout, e.g. "15 s"
    m_ui->timeoutSpin->setSuffix(tr(" s"));

    //: The language of the operating system, whichever it is
    m_ui->languageCombo->addItem(tr("System default"), QString());
    for (const uilanguage::Language &language : uilanguage::available())
        m_ui->languageCombo->addItem(language.name, language.code);

    // The two currencies the service documents; any other code can be typed.
    m_ui->currencyCombo->addItems({QStringLiteral("USD"), QStringLiteral("CNY")});
    connect(m_ui->currencyCombo, &QComboBox::editTextChanged, this, &PreferencesDialog::updateProblems);

    for (int minutes : Preferences::intervalChoicesMinutes())
        m_ui->watchIntervalCombo->addItem(tr("%n minute(s)", "", minutes), minutes);
    m_ui->trayOnCloseCombo->addItem(tr("Ask"), int(Preferences::TrayOnClose::Ask));
    m_ui->trayOnCloseCombo->addItem(tr("Keep watching in the tray"), int(Preferences::TrayOnClose::KeepWatching));
    m_ui->trayOnCloseCombo->addItem(tr("Quit"), int(Preferences::TrayOnClose::Quit));

    connect(m_ui->nftThumbnailsCheck, &QCheckBox::toggled, this, &PreferencesDialog::updateProblems);
    connect(m_ui->ipfsGatewayEdit, &QLineEdit::textChanged, this, &PreferencesDialog::updateProblems);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { display(Preferences()); });

    display(current);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::display(const Preferences &preferences)
{
    if (preferences.startNetwork)
        networkcombo::select(m_ui->networkCombo, *preferences.startNetwork);
    else
        m_ui->networkCombo->setCurrentIndex(0);
    m_ui->customUrlEdit->setText(preferences.startCustomUrl.toString());
    m_ui->timeoutSpin->setValue(int(preferences.requestTimeout.count()));
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(preferences.language)));
    m_ui->hideZeroCheck->setChecked(preferences.hideZeroBalances);
    m_ui->roundCheck->setChecked(preferences.roundToTokenPrecision);
    m_ui->currencyCombo->setEditText(preferences.currency);
    m_ui->recordHistoryCheck->setChecked(preferences.recordHistory);
    m_ui->watchCheck->setChecked(preferences.watchEnabled);
    m_ui->watchIntervalCombo->setCurrentIndex(qMax(0, m_ui->watchIntervalCombo->findData(preferences.watchIntervalMinutes)));
    m_ui->watchBookmarksCheck->setChecked(preferences.watchBookmarks);
    m_ui->trayOnCloseCombo->setCurrentIndex(qMax(0, m_ui->trayOnCloseCombo->findData(int(preferences.trayOnClose))));
    m_ui->nftThumbnailsCheck->setChecked(preferences.showNftThumbnails);
    m_ui->ipfsGatewayEdit->setText(preferences.ipfsGateway.toString());
    updateProblems();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences preferences;
    const QVariant network = m_ui->networkCombo->currentData();
    if (network.isValid()) {
        preferences.startNetwork = networkcombo::selected(m_ui->networkCombo);
        if (preferences.startNetwork == Network::Custom) {
            const Result<QUrl> url = parseBaseUrl(m_ui->customUrlEdit->text().trimmed());
            preferences.startCustomUrl = url ? *url : QUrl();
        }
    }
    preferences.requestTimeout = std::chrono::seconds(m_ui->timeoutSpin->value());
    preferences.language = m_ui->languageCombo->currentData().toString();
    preferences.hideZeroBalances = m_ui->hideZeroCheck->isChecked();
    preferences.roundToTokenPrecision = m_ui->roundCheck->isChecked();
    preferences.recordHistory = m_ui->recordHistoryCheck->isChecked();
    if (const Result<QString> currency = parseCurrencyCode(m_ui->currencyCombo->currentText().trimmed()))
        preferences.currency = *currency;
    preferences.watchEnabled = m_ui->watchCheck->isChecked();
    preferences.watchIntervalMinutes = m_ui->watchIntervalCombo->currentData().toInt();
    preferences.watchBookmarks = m_ui->watchBookmarksCheck->isChecked();
    preferences.trayOnClose = Preferences::TrayOnClose(m_ui->trayOnCloseCombo->currentData().toInt());
    preferences.showNftThumbnails = m_ui->nftThumbnailsCheck->isChecked();
    // Only checked while thumbnails are on; otherwise a gateway that does not parse stays the default.
    if (const Result<QUrl> gateway = parseIpfsGateway(m_ui->ipfsGatewayEdit->text()))
        preferences.ipfsGateway = *gateway;
    return preferences;
}

void PreferencesDialog::updateProblems()
{
    const bool custom = m_ui->networkCombo->currentData().isValid()
        && networkcombo::selected(m_ui->networkCombo) == Network::Custom;
    m_ui->queryLayout->setRowVisible(m_ui->customUrlEdit, custom);
    QString urlProblem;
    if (custom) {
        const Result<QUrl> url = parseBaseUrl(m_ui->customUrlEdit->text().trimmed());
        if (!url)
            urlProblem = url.error().message;
    }
    showProblem(m_ui->queryLayout, m_ui->customUrlProblemLabel, urlProblem);

    const Result<QString> currency = parseCurrencyCode(m_ui->currencyCombo->currentText().trimmed());
    showProblem(m_ui->displayLayout, m_ui->currencyProblemLabel, currency ? QString() : currency.error().message);

    // The gateway matters only while thumbnails are on.
    const bool thumbnails = m_ui->nftThumbnailsCheck->isChecked();
    m_ui->ipfsGatewayEdit->setEnabled(thumbnails);
    QString gatewayProblem;
    if (thumbnails) {
        const Result<QUrl> gateway = parseIpfsGateway(m_ui->ipfsGatewayEdit->text());
        if (!gateway)
            gatewayProblem = gateway.error().message;
    }
    showProblem(m_ui->nftLayout, m_ui->ipfsGatewayProblemLabel, gatewayProblem);

    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(urlProblem.isEmpty() && currency && gatewayProblem.isEmpty());
}

void PreferencesDialog::showProblem(QFormLayout *layout, QLabel *label, const QString &problem)
{
    label->setText(problem);
    layout->setRowVisible(label, !problem.isEmpty());
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palettecolors::negativeText(palette));
    label->setPalette(palette);
}

} // namespace loopview
