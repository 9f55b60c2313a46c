<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BookmarkDialog</name>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="14"/>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="26"/>
        <source>The private key in this export was ignored: Loopview never stores or shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="35"/>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="45"/>
        <source>Bookmark label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="48"/>
        <source>e.g. Cold wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="55"/>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="65"/>
        <source>Account id or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="68"/>
        <source>Account id or 0x address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="75"/>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="85"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="92"/>
        <source>Service &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="102"/>
        <source>Service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="105"/>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="112"/>
        <source>&amp;Tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="122"/>
        <source>Token filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="125"/>
        <source>All tokens (or e.g. ETH, LRC or 0,1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="132"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="142"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="148"/>
        <source>Optional: kept in the system keyring, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="155"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="165"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="180"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../src/gui/errortext.cpp" line="18"/>
        <source>The service is rate-limiting requests (HTTP 429) and kept refusing. Wait a moment, then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="21"/>
        <source>The service is temporarily unavailable (HTTP 503), perhaps for maintenance. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="24"/>
        <source>The service failed with an internal error (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="28"/>
        <source>The service answered with HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="37"/>
        <source>The service needs an API key to read balances. Enter your key in the API key field (code 104001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="40"/>
        <source>The service rejected the API key (code 104002). Check the key in the API key field: it may be mistyped or belong to a reset account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="44"/>
        <source>The service does not know this account (code %1). Check the account ID or address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="49"/>
        <source>The service says the account ID is invalid (code 104003).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="51"/>
        <source>The service does not support one of the requested token IDs (code 102002). Check the token filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="57"/>
        <source>The service refused the request: %1 (HTTP %2, code %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="63"/>
        <source>The service refused the request: %1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="68"/>
        <source>The service refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/errortext.cpp" line="81"/>
        <source>%1 did not answer within %n s. The service may be overloaded or unreachable; press F5 to try again.</source>
        <translation>
            <numerusform>%1 did not answer within %n s. The service may be overloaded or unreachable; press F5 to try again.</numerusform>
            <numerusform>%1 did not answer within %n s. The service may be overloaded or unreachable; press F5 to try again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="86"/>
        <source>Could not reach %1. Check your internet connection and the network setting. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="94"/>
        <source>The service sent data Loopview cannot read (field %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="97"/>
        <source>The service sent data Loopview cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="100"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/errortext.cpp" line="113"/>
        <source>The service is rate-limiting us; retrying in %n s…</source>
        <translation>
            <numerusform>The service is rate-limiting us; retrying in %n s…</numerusform>
            <numerusform>The service is rate-limiting us; retrying in %n s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/errortext.cpp" line="115"/>
        <source>%1; retrying in %n s…</source>
        <translation>
            <numerusform>%1; retrying in %n s…</numerusform>
            <numerusform>%1; retrying in %n s…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.ui" line="14"/>
        <source>Export Balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="27"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="33"/>
        <source>The rows the table shows, after the filter, in the table&apos;s sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="36"/>
        <source>Rows &amp;shown in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="43"/>
        <source>Rows with at least one selected cell, in the table&apos;s sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="46"/>
        <source>S&amp;elected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="53"/>
        <source>Every balance fetched, including rows the filter hides, in the order the service sent them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="56"/>
        <source>&amp;All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="66"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="72"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="85"/>
        <source>&amp;Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="98"/>
        <source>Microsoft Excel needs this mark to read non-ASCII symbols correctly; most other programs do not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="101"/>
        <source>Start with a &amp;byte-order mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="111"/>
        <source>Amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="117"/>
        <source>Scaled by each token&apos;s decimals, exact to the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="120"/>
        <source>In &amp;token units (1.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="127"/>
        <source>The integers the service reports, before scaling by decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="130"/>
        <source>In base &amp;units (1500000000000000000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="155"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="161"/>
        <source>Columns to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="170"/>
        <source>Select A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="180"/>
        <source>Select &amp;None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormInput</name>
    <message>
        <location filename="../src/gui/forminput.cpp" line="27"/>
        <source>Token ID %1 is out of range (0 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forminput.cpp" line="77"/>
        <source>L1 address, checksum verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forminput.cpp" line="78"/>
        <source>L1 address (no checksum to verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forminput.cpp" line="82"/>
        <source>Addresses start with 0x: add the prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forminput.cpp" line="86"/>
        <source>Loopring account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forminput.cpp" line="119"/>
        <source>Token symbols such as &quot;%1&quot; need the token list, which is not loaded; use token IDs or try again when the service is reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forminput.cpp" line="127"/>
        <source>Unknown token symbol &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forminput.cpp" line="149"/>
        <source>Symbols are resolved when the token list is loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopringClient</name>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="48"/>
        <source>The service refused the request (HTTP %1, code %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="83"/>
        <source>Could not connect to %1: connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="86"/>
        <source>Could not find the host %1 (name lookup failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="89"/>
        <source>Could not connect to %1: the connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="93"/>
        <source>%1 closed the connection before the answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="96"/>
        <source>Could not set up a secure connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="101"/>
        <source>The network is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="104"/>
        <source>%1 redirected the request too many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="107"/>
        <source>Refused an insecure redirect from %1 to plain http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="115"/>
        <source>Could not reach %1 through the proxy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="119"/>
        <source>Network error talking to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="133"/>
        <source>Service error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="136"/>
        <source>The service is limiting requests (%1); try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="139"/>
        <source>The service refused the request (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="140"/>
        <source>Unexpected answer from the service (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="148"/>
        <source>The service answered with a web page instead of data (is a proxy or login page in the way?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="156"/>
        <source>The service did not answer within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="164"/>
        <source>The response was larger than %1 and was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="171"/>
        <source>Refused a redirect to another origin (%1): the API key is only sent to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="173"/>
        <source>Refused a redirect to another origin (%1): Loopview only talks to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/requestpolicy.cpp" line="74"/>
        <location filename="../src/net/requestpolicy.cpp" line="76"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/requestpolicy.cpp" line="85"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/requestpolicy.cpp" line="87"/>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/requestpolicy.cpp" line="88"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="14"/>
        <source>Loopview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="21"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="45"/>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="60"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="63"/>
        <source>Which Loopring service to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="70"/>
        <source>Service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="80"/>
        <source>Custom base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="83"/>
        <source>https://… base URL of a Loopring-compatible service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="95"/>
        <source>Base URL problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="105"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="118"/>
        <source>Account id or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="121"/>
        <source>A Loopring account ID (e.g. 12345) or an L1 address (0x followed by 40 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="124"/>
        <source>Account ID or 0x… L1 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="134"/>
        <source>Account check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="144"/>
        <source>&amp;Tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="157"/>
        <source>Tokens to fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="160"/>
        <source>Leave empty for every token, or list token symbols (ETH, LRC) or IDs (0, 1) separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="163"/>
        <source>All tokens — or e.g. ETH, LRC or 0, 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="173"/>
        <source>Token list check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="199"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="212"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="215"/>
        <source>Your Loopring API key (from the wallet&apos;s Export Account). It is sent only to the selected service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="221"/>
        <source>Needed to read balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="228"/>
        <source>Remember API key in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="231"/>
        <source>After a successful fetch the key is stored in the system keyring for this service and account, and filled in next time. Untick and fetch again to remove it. It is never written to Loopview&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="234"/>
        <source>&amp;Remember key in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="259"/>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="262"/>
        <source>Stop the running request (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="265"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="272"/>
        <source>Fetch balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="275"/>
        <source>Fetch the balances (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="278"/>
        <source>Fet&amp;ch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="309"/>
        <source>Fi&amp;lter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="319"/>
        <source>Filter shown tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="322"/>
        <source>Show only tokens whose symbol, name or ID contains this text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="325"/>
        <source>Symbol, name or token ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="335"/>
        <source>Hide zero balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="338"/>
        <source>Hide &amp;zero balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="358"/>
        <source>Data is stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="361"/>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="364"/>
        <source>The last refresh failed; the table shows the last data that arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="396"/>
        <source>No balances yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="406"/>
        <source>Enter a Loopring account ID or L1 address and your API key, then press Fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="434"/>
        <source>Try demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="437"/>
        <source>Show sample balances bundled with Loopview; nothing is sent over the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="440"/>
        <location filename="../ui/mainwindow.ui" line="572"/>
        <source>Try &amp;Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="491"/>
        <source>Balances table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="531"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="539"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="550"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="560"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="575"/>
        <source>Show sample balances bundled with Loopview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="580"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="583"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="591"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="594"/>
        <source>Copy the selected cells as tab-separated exact values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="597"/>
        <source>Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="602"/>
        <source>Copy &amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="605"/>
        <source>Copy the exact amount of the current cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="610"/>
        <source>Copy &amp;Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="613"/>
        <source>Copy the whole current row as tab-separated exact values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="616"/>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="621"/>
        <source>Copy Token &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="626"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="629"/>
        <source>Filter the shown tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="632"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="637"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="640"/>
        <source>Fetch the shown balances again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="643"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="651"/>
        <source>&amp;Cancel Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="654"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="662"/>
        <source>&amp;Hide Zero Balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="670"/>
        <source>Show API &amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="673"/>
        <source>Show the API key in clear text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="676"/>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="681"/>
        <source>&amp;About Loopview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../src/gui/relativetime.cpp" line="13"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/relativetime.cpp" line="16"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/relativetime.cpp" line="19"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/relativetime.cpp" line="23"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n days ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview</name>
    <message>
        <location filename="../src/core/bookmark.cpp" line="34"/>
        <source>Bookmark field &apos;%1&apos; is missing or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="42"/>
        <source>Cannot create folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="45"/>
        <location filename="../src/core/bookmarkstore.cpp" line="51"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="69"/>
        <source>Not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="74"/>
        <source>Not a bookmarks file: the top level is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="79"/>
        <source>Not a bookmarks file: no valid &quot;schema&quot; number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="84"/>
        <source>Not a bookmarks file: &quot;bookmarks&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="89"/>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="93"/>
        <source>entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="47"/>
        <source>accountId is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="52"/>
        <source>accountId is neither a number nor text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="107"/>
        <source>This file is not a Loopring wallet export (not a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="112"/>
        <source>This file is not a Loopring wallet export (no &quot;address&quot; or &quot;accountAddress&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="124"/>
        <source>The export&apos;s address is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="133"/>
        <source>apiKey is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="149"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="155"/>
        <source>This file is too large to be a Loopring wallet export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopview::Address</name>
    <message>
        <location filename="../src/core/address.cpp" line="68"/>
        <source>address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/address.cpp" line="70"/>
        <source>address must start with the 0x prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/address.cpp" line="80"/>
        <source>address contains &apos;%1&apos; at position %2, which is not a hex digit (0-9, a-f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/address.cpp" line="91"/>
        <source>address must have 40 hex digits after 0x, but has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/address.cpp" line="101"/>
        <source>address has mixed-case letters but its EIP-55 checksum is wrong; check it for a typo (an all-lowercase address skips the checksum check)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopview::Amount</name>
    <message>
        <location filename="../src/core/amount.cpp" line="109"/>
        <source>amount contains whitespace at position %1; amounts must be digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="115"/>
        <source>amount has a decimal point at position %1; base units are whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="121"/>
        <source>amount has a second decimal point at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="126"/>
        <source>amount uses exponent notation (&apos;%1&apos; at position %2); write all digits out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="133"/>
        <source>amount contains a sign &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="140"/>
        <source>amount contains a non-ASCII digit &apos;%1&apos; at position %2; only 0-9 are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="146"/>
        <source>amount contains a non-digit character &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="157"/>
        <source>amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="162"/>
        <source>amount has a sign; amounts are unsigned digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="172"/>
        <source>amount exceeds 2^256−1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="242"/>
        <source>amount needs digits on both sides of the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="248"/>
        <source>amount has %1 digits after the decimal point but the token has only %2 decimals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopview::ApiCall</name>
    <message>
        <location filename="../src/net/loopringclient.cpp" line="34"/>
        <source>The request has not finished yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/loopringclient.cpp" line="65"/>
        <source>[API key]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopview::BalanceExporter</name>
    <message>
        <location filename="../src/gui/export/balanceexporter.cpp" line="248"/>
        <source>The output is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/balanceexporter.cpp" line="254"/>
        <source>Writing the JSON output failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/balanceexporter.cpp" line="255"/>
        <source>Writing the JSON output failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/balanceexporter.cpp" line="268"/>
        <source>Could not create “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/balanceexporter.cpp" line="275"/>
        <source>Not every byte could be written; the disk may be full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/balanceexporter.cpp" line="279"/>
        <source>Could not write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/balanceexporter.cpp" line="285"/>
        <source>Could not save “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopview::BalanceQuery</name>
    <message>
        <location filename="../src/core/balancequery.cpp" line="94"/>
        <source>Base URL is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="97"/>
        <source>Base URL is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="104"/>
        <source>Base URL must start with https:// (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="110"/>
        <source>Base URL has no host name: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="116"/>
        <source>Refusing plain http:// to remote host %1: use https:// (http is allowed only for loopback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="122"/>
        <source>Base URL must not contain a query (?…) or fragment (#…): &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="143"/>
        <source>Account id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="148"/>
        <source>Account id must be digits only, but has &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="156"/>
        <source>Account id %1 is too large (the maximum is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="163"/>
        <source>Account id must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="189"/>
        <source>Token id list has an empty item (item %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="197"/>
        <source>Token id &apos;%1&apos; (item %2) is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="204"/>
        <source>Token id &apos;%1&apos; (item %2) is out of range (0 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="229"/>
        <source>Enter an account id or an L1 address (0x…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="236"/>
        <source>Invalid address: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopview::BalanceTable</name>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="289"/>
        <source>No balances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="293"/>
        <source>TOKEN</source>
        <extracomment>Column headers of the balance table printed by loopview-cli.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="293"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="293"/>
        <source>LOCKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="294"/>
        <source>AVAILABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="294"/>
        <source>PENDING DEPOSIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="294"/>
        <source>PENDING WITHDRAW</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopview::BalanceTableModel</name>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="39"/>
        <source>Token #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="203"/>
        <source>The token list does not know token ID %1, so its amounts are shown in raw base units (its decimals are unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="209"/>
        <source>Exact value: %1 base units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="214"/>
        <source>%1 — token ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="218"/>
        <source>The service reports more locked than total. Shown exactly as reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="222"/>
        <source>Pending deposit: not yet credited on L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="226"/>
        <source>Pending withdrawal: not yet arrived on L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="286"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="287"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="288"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="289"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="290"/>
        <source>Pending deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="291"/>
        <source>Pending withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="292"/>
        <source>Token ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="297"/>
        <source>Token symbol; hover a cell for its name and ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="298"/>
        <source>Everything the account holds on L2, in token units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="299"/>
        <source>Part of the total reserved by open orders or pending withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="300"/>
        <source>Total minus locked: what the account can use now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="301"/>
        <source>Deposits from L1 not yet credited on L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="302"/>
        <source>Withdrawals not yet arrived on L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="303"/>
        <source>Loopring&apos;s numeric token ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopview::Bookmark</name>
    <message>
        <location filename="../src/core/bookmark.cpp" line="102"/>
        <source>&quot;%1&quot; is neither a token id nor a token symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bookmark.cpp" line="135"/>
        <source>A bookmark needs a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bookmark.cpp" line="137"/>
        <source>Bookmark &apos;%1&apos; has no valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bookmark.cpp" line="183"/>
        <source>Bookmark id &apos;%1&apos; is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bookmark.cpp" line="199"/>
        <source>Unknown network &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bookmark.cpp" line="204"/>
        <source>A custom network bookmark needs a valid base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bookmark.cpp" line="214"/>
        <source>Bookmark date &apos;%1&apos; is not an ISO date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopview::BookmarkDialog</name>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkdialog.cpp" line="13"/>
        <source>Mainnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkdialog.cpp" line="14"/>
        <source>Test network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkdialog.cpp" line="15"/>
        <source>Custom service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopview::BookmarkListModel</name>
    <message>
        <location filename="../src/gui/bookmarks/bookmarklistmodel.cpp" line="30"/>
        <source>Mainnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarklistmodel.cpp" line="32"/>
        <source>Test network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarklistmodel.cpp" line="59"/>
        <source>Tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarklistmodel.cpp" line="66"/>
        <source>%1, account %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarklistmodel.cpp" line="86"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarklistmodel.cpp" line="89"/>
        <source>Account</source>
        <extracomment>An account id or L1 address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarklistmodel.cpp" line="91"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopview::BookmarkPanel</name>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="37"/>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="104"/>
        <source>&amp;Add current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="105"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="106"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="107"/>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="177"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="110"/>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="121"/>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="122"/>
        <source>Search bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="129"/>
        <source>Bookmark list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="160"/>
        <source>Add the current query as a bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="162"/>
        <source>Edit the selected bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="164"/>
        <source>Delete the selected bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="181"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="256"/>
        <source>A bookmark named “%1” already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="274"/>
        <source>Add bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="301"/>
        <source>Edit bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="328"/>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="344"/>
        <source>The API key could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="348"/>
        <source>No system keyring available: the key is kept in memory for this session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopview::BookmarkStore</name>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="158"/>
        <source>The bookmarks file %1 was written by a newer Loopview (format %2, this version reads format %3). Bookmarks are shown read-only; changes are disabled so nothing in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="191"/>
        <source>The bookmarks file %1 cannot be read (%2) and could not be moved aside. It was left untouched and bookmarks are read-only until it is fixed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="197"/>
        <source>The bookmarks file could not be read (%1). It was kept as %2 and Loopview started with the bookmarks it could read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="253"/>
        <source>A bookmark with id %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="256"/>
        <source>A bookmark named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="311"/>
        <location filename="../src/core/bookmarkstore.cpp" line="333"/>
        <source>No bookmark with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="366"/>
        <source>These bookmarks were exported by a newer Loopview (format %1); this version reads format %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopview::BookmarksIntegration</name>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="44"/>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="53"/>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="66"/>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="68"/>
        <source>&amp;Add current query…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="72"/>
        <source>Import &amp;wallet export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="74"/>
        <source>&amp;Import bookmarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="76"/>
        <source>&amp;Export bookmarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="79"/>
        <source>&amp;Refresh all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="83"/>
        <source>E&amp;xport portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="114"/>
        <source>Import Loopring wallet export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="117"/>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="141"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="138"/>
        <source>Import bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="146"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="158"/>
        <source>%1 is not a Loopview bookmarks file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="166"/>
        <source>Imported %n bookmark(s)</source>
        <translation>
            <numerusform>Imported %n bookmark</numerusform>
            <numerusform>Imported %n bookmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="168"/>
        <source>%n already present</source>
        <translation>
            <numerusform>%n already present</numerusform>
            <numerusform>%n already present</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="175"/>
        <source>Export bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="179"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="186"/>
        <source>Exported %n bookmark(s) (without API keys)</source>
        <translation>
            <numerusform>Exported %n bookmark (without API keys)</numerusform>
            <numerusform>Exported %n bookmarks (without API keys)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview::CsvWriter</name>
    <message>
        <location filename="../src/core/csvwriter.cpp" line="143"/>
        <source>The output is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/csvwriter.cpp" line="155"/>
        <source>Writing the CSV output failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/csvwriter.cpp" line="156"/>
        <source>Writing the CSV output failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopview::ExportActions</name>
    <message>
        <location filename="../src/gui/export/exportactions.cpp" line="68"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportactions.cpp" line="69"/>
        <source>Copy as CS&amp;V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportactions.cpp" line="74"/>
        <source>Save the balances as a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportactions.cpp" line="76"/>
        <source>Copy the selected cells as CSV with a header row and exact values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportactions.cpp" line="146"/>
        <source>Exported to %1 (rows: %2)</source>
        <extracomment>Status bar after File ▸ Export…; %1 is the file, %2 the number of rows written</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopview::ExportDialog</name>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="32"/>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="33"/>
        <source>Token ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="34"/>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="35"/>
        <source>Decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="36"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="37"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="38"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="39"/>
        <source>Pending deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="40"/>
        <source>Pending withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="41"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="42"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="59"/>
        <source>Export problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="64"/>
        <source>CSV (spreadsheets)</source>
        <extracomment>Export file format; &quot;CSV&quot; and &quot;JSON&quot; are format names, keep them as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="65"/>
        <source>JSON (scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="66"/>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="67"/>
        <source>Semicolon ( ; ) for a decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="68"/>
        <source>Spreadsheets in languages that write 1,5 expect semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="70"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/export/exportdialog.cpp" line="75"/>
        <source>Rows &amp;shown in the table (%n)</source>
        <translation>
            <numerusform>Rows &amp;shown in the table (%n)</numerusform>
            <numerusform>Rows &amp;shown in the table (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/export/exportdialog.cpp" line="76"/>
        <source>S&amp;elected rows (%n)</source>
        <translation>
            <numerusform>S&amp;elected rows (%n)</numerusform>
            <numerusform>S&amp;elected rows (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/export/exportdialog.cpp" line="77"/>
        <source>&amp;All rows, including hidden ones (%n)</source>
        <translation>
            <numerusform>&amp;All rows, including hidden ones (%n)</numerusform>
            <numerusform>&amp;All rows, including hidden ones (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/export/exportdialog.cpp" line="78"/>
        <source>&amp;All rows (%n)</source>
        <translation>
            <numerusform>&amp;All rows (%n)</numerusform>
            <numerusform>&amp;All rows (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="88"/>
        <source>Tick the columns to export; drag them to change their order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="90"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="170"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="211"/>
        <source>Choose at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="213"/>
        <source>There are no rows to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="216"/>
        <source>Rows: %1 · Columns: %2</source>
        <extracomment>Summary under the export choices, e.g. &quot;Rows: 5 · Columns: 9&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="236"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="236"/>
        <location filename="../src/gui/export/exportdialog.cpp" line="237"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="237"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="238"/>
        <source>Export Balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="247"/>
        <source>The export was not saved. %1 An earlier file of that name, if any, is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportactions.cpp" line="174"/>
        <source>Export Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopview::LoopringClient</name>
    <message>
        <location filename="../src/net/httpexchange.cpp" line="120"/>
        <source>Rate limited (HTTP 429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/httpexchange.cpp" line="126"/>
        <source>Service briefly unavailable (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/loopringclient.cpp" line="234"/>
        <source>No service URL is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/loopringclient.cpp" line="250"/>
        <source>An API key is required to read balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/net/loopringclient.cpp" line="254"/>
        <source>The API key contains spaces or characters that cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopview::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="110"/>
        <source>Try &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="111"/>
        <source>&amp;Leave Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="119"/>
        <source>Demo data notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="124"/>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="181"/>
        <source>Mainnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="183"/>
        <source>Test network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="185"/>
        <source>Custom URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="186"/>
        <location filename="../src/gui/mainwindow.cpp" line="575"/>
        <source>A Loopring-compatible service at a URL you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="224"/>
        <source>Hide the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="224"/>
        <source>Show the API key in clear text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="292"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="297"/>
        <source>Request in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="333"/>
        <source>About Loopview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="334"/>
        <source>&lt;h3&gt;Loopview %1&lt;/h3&gt;&lt;p&gt;A read-only desktop viewer for Loopring layer-2 balances.&lt;/p&gt;&lt;p&gt;Amounts are shown exactly as the service reports them, never rounded. Your API key is sent only to the selected service and is never written to disk by this window.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="342"/>
        <source>Send the request again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="344"/>
        <source>Clear the demo data and go back to the empty form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="147"/>
        <source>The API key could not be remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="150"/>
        <source>The remembered API key could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="556"/>
        <source>&amp;Remember key in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="557"/>
        <source>Remember API key in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="558"/>
        <source>After a successful fetch the key is stored in the system keyring for this service and account, and filled in next time. Untick and fetch again to remove it. It is never written to Loopview&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="562"/>
        <source>&amp;Remember key for this session (no keyring available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="563"/>
        <source>Remember API key for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="564"/>
        <source>No system keyring is available, so the key is kept in memory for this service and account until Loopview quits. It is never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="699"/>
        <source>Enter an account ID or an L1 address (0x…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="739"/>
        <source>Enter your API key: the service requires one to read balances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="818"/>
        <source>Loading the token list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="821"/>
        <source>Loading balances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="866"/>
        <source>The token list could not be refreshed, so the copy saved %1 is used. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="870"/>
        <source>The token list could not be loaded, so amounts are shown in raw base units with token IDs. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="923"/>
        <source>Request cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="960"/>
        <source>Demo account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="964"/>
        <source>Demo data: these are sample balances bundled with Loopview, not a real account. Enter an account and API key and press Fetch to see your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="986"/>
        <source>Press Esc to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="988"/>
        <source>No balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="989"/>
        <source>The service reports no token balances for account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="992"/>
        <source>Welcome to Loopview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="993"/>
        <source>Enter a Loopring account ID or L1 address and your API key, then press Fetch. Or look around with sample data first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="996"/>
        <source>No balances shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="997"/>
        <source>Enter a Loopring account ID or L1 address and your API key, then press Fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="1019"/>
        <source>Showing data from %1 — the last refresh failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="1020"/>
        <source>Tokens shown: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="1022"/>
        <source>Updated %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="1023"/>
        <source>Demo data, no network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="1024"/>
        <source>Fetched %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="1026"/>
        <source>the bundled demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="1029"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="1033"/>
        <source>  ·  </source>
        <extracomment>Separator between the parts of the status line</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopview::MessageBar</name>
    <message>
        <location filename="../src/gui/messagebar.cpp" line="67"/>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/messagebar.cpp" line="68"/>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/messagebar.cpp" line="78"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopview::PortfolioModel</name>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="109"/>
        <source>overflow</source>
        <extracomment>Shown instead of a sum that exceeds 2^256 − 1 (bad data from the service)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="111"/>
        <source>The sum exceeds the largest possible token amount; the service&apos;s data cannot be right. See the accounts below for the individual amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="139"/>
        <source>%1 (token %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="140"/>
        <source>Unknown token %1: amounts in base units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="192"/>
        <source>Token / account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="194"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="196"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="198"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="200"/>
        <source>Pending deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="202"/>
        <source>Pending withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="204"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopview::PortfolioWindow</name>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="25"/>
        <source>&amp;Refresh all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="26"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="31"/>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="48"/>
        <source>The token list of %1 could not be loaded: amounts of that service are shown in base units with token ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="54"/>
        <source>Refresh all bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="56"/>
        <source>Cancel the refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="57"/>
        <source>Refresh progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="60"/>
        <source>Refresh summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="66"/>
        <source>Status of each bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="67"/>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="67"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="72"/>
        <source>Portfolio totals per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="113"/>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="213"/>
        <source>No bookmarks yet: add one to see a portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="127"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="129"/>
        <source>Fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="131"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="133"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="140"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="184"/>
        <source>Some sums exceed the largest possible token amount: the service&apos;s data cannot be right for those tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="214"/>
        <source>%n account(s) refreshed</source>
        <translation>
            <numerusform>%n account refreshed</numerusform>
            <numerusform>%n accounts refreshed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="216"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="218"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview::WalletExport</name>
    <message>
        <location filename="../src/core/walletexport.cpp" line="92"/>
        <source>Wallet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="93"/>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="97"/>
        <source>Imported from a wallet export (owner %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopview::accessibleparts</name>
    <message>
        <location filename="../src/gui/accessibleparts.cpp" line="18"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accessibleparts.cpp" line="19"/>
        <source>Clear the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accessibleparts.cpp" line="28"/>
        <source>Select all cells</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopview::json</name>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="31"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="32"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="33"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="34"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="35"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="36"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="39"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="57"/>
        <source>The response body is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="62"/>
        <source>%1 at byte offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="67"/>
        <source>The response is an HTML page, not JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="69"/>
        <source>The response is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="117"/>
        <source>%1: field %2 is an empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="135"/>
        <source>%1: field %2 should be true or false, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="152"/>
        <source>%1: field %2 is not a base-unit integer: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="166"/>
        <source>%1: field %2 should be an object, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="202"/>
        <source>%1: field %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="209"/>
        <source>%1: field %2 should be a string, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="219"/>
        <source>%1: field %2 should be a number, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="226"/>
        <source>%1: field %2 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="230"/>
        <source>%1: field %2 is out of range (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="265"/>
        <source>%1 should be an object, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="272"/>
        <source>Expected a JSON array of balances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="280"/>
        <source>balance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="304"/>
        <source>Expected a JSON array of tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="314"/>
        <source>token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="334"/>
        <source>%1: token id %2 appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="350"/>
        <source>Expected a JSON object describing an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="352"/>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="363"/>
        <source>account: field owner is not an Ethereum address: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/gui/main.cpp" line="43"/>
        <source>Native desktop viewer for Loopring layer-2 balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/main.cpp" line="48"/>
        <source>Start with the bundled demo data (no network, no API key).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
