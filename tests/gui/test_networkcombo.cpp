// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

#include "gui/networkcombo.h"

#include <QComboBox>
#include <QTest>

using namespace loopview;

class TestNetworkCombo : public QObject
{
    Q_OBJECT
private slots:
    void offersEveryNetworkOfTheCoreList();
    void selectsByNetwork();
    void refillingReplacesTheItems();
};

void TestNetworkCombo::offersEveryNetworkOfTheCoreList()
{
    QComboBox combo;
    networkcombo::fill(&combo, QStringLiteral("Custom URL…"), QStringLiteral("Type a URL"));
    QCOMPARE(combo.count(), int(AllNetworks.size()));
    for (int i = 0; i < combo.count(); ++i)
        QCOMPARE(Network(combo.itemData(i).toInt()), AllNetworks.at(i));
    QCOMPARE(combo.itemText(0), networkLabel(Network::Mainnet));
    QCOMPARE(combo.itemText(1), networkLabel(Network::Test));
    QCOMPARE(combo.itemText(2), QStringLiteral("Custom URL…"));
    // The published services say where they are; the custom entry says what it is for.
    QCOMPARE(combo.itemData(0, Qt::ToolTipRole).toString(), QStringLiteral("https://api3.loopring.io"));
    QCOMPARE(combo.itemData(1, Qt::ToolTipRole).toString(), QStringLiteral("https://uat2.loopring.io"));
    QCOMPARE(combo.itemData(2, Qt::ToolTipRole).toString(), QStringLiteral("Type a URL"));
}

void TestNetworkCombo::selectsByNetwork()
{
    QComboBox combo;
    QCOMPARE(networkcombo::selected(&combo), Network::Mainnet);  // empty: the default network
    networkcombo::fill(&combo, networkLabel(Network::Custom));
    for (const Network network : {Network::Custom, Network::Test, Network::Mainnet}) {
        networkcombo::select(&combo, network);
        QCOMPARE(networkcombo::selected(&combo), network);
        QCOMPARE(combo.currentText(), networkLabel(network));
    }
}

void TestNetworkCombo::refillingReplacesTheItems()
{
    QComboBox combo;
    networkcombo::fill(&combo, QStringLiteral("A"));
    networkcombo::fill(&combo, QStringLiteral("B"));
    QCOMPARE(combo.count(), int(AllNetworks.size()));
    QCOMPARE(combo.itemText(2), QStringLiteral("B"));
}

QTEST_MAIN(TestNetworkCombo)
#include "test_networkcombo.moc"
