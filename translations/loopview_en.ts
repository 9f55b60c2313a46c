<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>loopview::BalanceTableModel</name>
    <message numerus="yes">
        <location filename="../src/gui/balancetablemodel.cpp" line="554"/>
        <source>%n pending deposits</source>
        <translation>
            <numerusform>%n pending deposit</numerusform>
            <numerusform>%n pending deposits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/balancetablemodel.cpp" line="556"/>
        <source>%n pending withdrawals</source>
        <translation>
            <numerusform>%n pending withdrawal</numerusform>
            <numerusform>%n pending withdrawals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/balancetablemodel.cpp" line="598"/>
        <source>(excl. %n tokens without a price)</source>
        <translation>
            <numerusform>(excl. %n token without a price)</numerusform>
            <numerusform>(excl. %n tokens without a price)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview::BookmarkStore</name>
    <message numerus="yes">
        <location filename="../src/core/bookmarkstore.cpp" line="178"/>
        <source>%n entries could not be read</source>
        <translation>
            <numerusform>%n entry could not be read</numerusform>
            <numerusform>%n entries could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/bookmarkstore.cpp" line="183"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview::BookmarksIntegration</name>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="204"/>
        <source>Imported %n bookmark(s)</source>
        <translation>
            <numerusform>Imported %n bookmark</numerusform>
            <numerusform>Imported %n bookmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="206"/>
        <source>%n already present</source>
        <translation>
            <numerusform>%n already present</numerusform>
            <numerusform>%n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="224"/>
        <source>Exported %n bookmark(s) (without API keys)</source>
        <translation>
            <numerusform>Exported %n bookmark (without API keys)</numerusform>
            <numerusform>Exported %n bookmarks (without API keys)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview::ErrorText</name>
    <message numerus="yes">
        <location filename="../src/gui/errortext.cpp" line="86"/>
        <source>%1 did not answer within %n s. The service may be overloaded or unreachable; press Refresh all to try again.</source>
        <translation>
            <numerusform>%1 did not answer within %n s. The service may be overloaded or unreachable; press Refresh all to try again.</numerusform>
            <numerusform>%1 did not answer within %n s. The service may be overloaded or unreachable; press Refresh all to try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/errortext.cpp" line="91"/>
        <source>%1 did not answer within %n s. The service may be overloaded or unreachable; press F5 to try again.</source>
        <translation>
            <numerusform>%1 did not answer within %n s. The service may be overloaded or unreachable; press F5 to try again.</numerusform>
            <numerusform>%1 did not answer within %n s. The service may be overloaded or unreachable; press F5 to try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/errortext.cpp" line="115"/>
        <source>The service is rate-limiting us; retrying in %n s…</source>
        <translation>
            <numerusform>The service is rate-limiting us; retrying in %n s…</numerusform>
            <numerusform>The service is rate-limiting us; retrying in %n s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/errortext.cpp" line="117"/>
        <source>%1; retrying in %n s…</source>
        <translation>
            <numerusform>%1; retrying in %n s…</numerusform>
            <numerusform>%1; retrying in %n s…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview::ExportDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/export/exportdialog.cpp" line="79"/>
        <source>Rows sho&amp;wn in the table (%n)</source>
        <translation>
            <numerusform>Rows sho&amp;wn in the table (%n)</numerusform>
            <numerusform>Rows sho&amp;wn in the table (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/export/exportdialog.cpp" line="80"/>
        <source>Sele&amp;cted rows (%n)</source>
        <translation>
            <numerusform>Sele&amp;cted rows (%n)</numerusform>
            <numerusform>Sele&amp;cted rows (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/export/exportdialog.cpp" line="81"/>
        <source>&amp;All rows, including hidden ones (%n)</source>
        <translation>
            <numerusform>&amp;All rows, including hidden ones (%n)</numerusform>
            <numerusform>&amp;All rows, including hidden ones (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/export/exportdialog.cpp" line="82"/>
        <source>&amp;All rows (%n)</source>
        <translation>
            <numerusform>&amp;All rows (%n)</numerusform>
            <numerusform>&amp;All rows (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview::ForgetHistoryAction</name>
    <message numerus="yes">
        <location filename="../src/gui/forgethistoryaction.cpp" line="44"/>
        <source>Forgot %n recorded snapshots of %1.</source>
        <translation>
            <numerusform>Forgot %n recorded snapshot of %1.</numerusform>
            <numerusform>Forgot %n recorded snapshots of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview::HistoryPanel</name>
    <message numerus="yes">
        <location filename="../src/gui/history/historypanel.cpp" line="169"/>
        <source>%n snapshot(s) without a recorded %1 price are left out of the value chart.</source>
        <translation>
            <numerusform>%n snapshot without a recorded %1 price is left out of the value chart.</numerusform>
            <numerusform>%n snapshots without a recorded %1 price are left out of the value chart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/history/historypanel.cpp" line="212"/>
        <source>(excl. %n token(s) without a price)</source>
        <translation>
            <numerusform>(excl. %n token without a price)</numerusform>
            <numerusform>(excl. %n tokens without a price)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview::NftPanel</name>
    <message numerus="yes">
        <location filename="../src/gui/nft/nftpanel.cpp" line="498"/>
        <source>Exported %n NFT(s) to “%1”.</source>
        <extracomment>%n is the number of NFTs written, %1 the file.</extracomment>
        <translation>
            <numerusform>Exported %n NFT to “%1”.</numerusform>
            <numerusform>Exported %n NFTs to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview::PortfolioModel</name>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="121"/>
        <source>(excl. %n tokens without a price)</source>
        <translation>
            <numerusform>(excl. %n token without a price)</numerusform>
            <numerusform>(excl. %n tokens without a price)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview::PortfolioWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="302"/>
        <source>%n account(s) refreshed</source>
        <translation>
            <numerusform>%n account refreshed</numerusform>
            <numerusform>%n accounts refreshed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="304"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="306"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview::PreferencesDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/preferencesdialog.cpp" line="44"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview::RelativeTime</name>
    <message numerus="yes">
        <location filename="../src/gui/relativetime.cpp" line="29"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/relativetime.cpp" line="32"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/relativetime.cpp" line="36"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n days ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview::WatchIntegration</name>
    <message numerus="yes">
        <location filename="../src/gui/watch/watchintegration.cpp" line="117"/>
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>every %n minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
