<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BookmarkDialog</name>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="14"/>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="26"/>
        <source>The private key in this export was ignored: Loopview never stores or shows it.</source>
        <translation>Der private Schlüssel in diesem Export wurde ignoriert: Loopview speichert oder zeigt ihn nie.</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="35"/>
        <source>&amp;Label:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="45"/>
        <source>Bookmark label</source>
        <translation>Name des Lesezeichens</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="48"/>
        <source>e.g. Cold wallet</source>
        <translation>z. B. Cold Wallet</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="55"/>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="65"/>
        <source>Account id or address</source>
        <translation>Konto-ID oder Adresse</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="68"/>
        <source>Account id or 0x address</source>
        <translation>Konto-ID oder 0x-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="75"/>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="85"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="92"/>
        <source>Service &amp;URL:</source>
        <translation>Dienst-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="102"/>
        <source>Service URL</source>
        <translation>Dienst-URL</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="105"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="112"/>
        <source>&amp;Tokens:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="122"/>
        <source>Token filter</source>
        <translation>Token-Filter</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="125"/>
        <source>All tokens (or e.g. ETH, LRC or 0,1)</source>
        <translation>Alle Token (oder z. B. ETH, LRC oder 0,1)</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="132"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="142"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="148"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="155"/>
        <source>Optional: kept in the system keyring, never in a file</source>
        <translation>Optional: nur im Schlüsselbund, nie in einer Datei</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="168"/>
        <source>&amp;Remove stored key</source>
        <translation>Gespeicherten Schlüssel &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="175"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="185"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="200"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.ui" line="14"/>
        <source>Export Balances</source>
        <translation>Salden exportieren</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="27"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="33"/>
        <source>The rows the table shows, after the filter, in the table&apos;s sort order</source>
        <translation>Die Zeilen, die die Tabelle nach dem Filtern zeigt, in der Sortierung der Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="36"/>
        <source>Rows sho&amp;wn in the table</source>
        <translation>In der Tabelle an&amp;gezeigte Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="43"/>
        <source>Rows with at least one selected cell, in the table&apos;s sort order</source>
        <translation>Zeilen mit mindestens einer ausgewählten Zelle, in der Sortierung der Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="46"/>
        <source>Sele&amp;cted rows</source>
        <translation>Ausge&amp;wählte Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="53"/>
        <source>Every balance fetched, including rows the filter hides, in the order the service sent them</source>
        <translation>Alle abgerufenen Salden, auch vom Filter ausgeblendete Zeilen, in der Reihenfolge des Dienstes</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="56"/>
        <source>&amp;All rows</source>
        <translation>&amp;Alle Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="66"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="72"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="85"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="98"/>
        <source>Microsoft Excel needs this mark to read non-ASCII symbols correctly; most other programs do not</source>
        <translation>Microsoft Excel benötigt diese Markierung, um Nicht-ASCII-Zeichen richtig zu lesen; die meisten anderen Programme nicht</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="101"/>
        <source>Start with a &amp;byte-order mark (for Excel)</source>
        <translation>Mit Byte-Order-&amp;Mark beginnen (für Excel)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="111"/>
        <source>Amounts</source>
        <translation>Beträge</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="117"/>
        <source>Scaled by each token&apos;s decimals, exact to the last digit</source>
        <translation>Mit den Dezimalstellen des jeweiligen Tokens skaliert, exakt bis zur letzten Ziffer</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="120"/>
        <source>In &amp;token units (1.5)</source>
        <translation>In T&amp;oken-Einheiten (1.5)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="127"/>
        <source>The integers the service reports, before scaling by decimals</source>
        <translation>Die ganzen Zahlen, die der Dienst meldet, vor der Skalierung mit den Dezimalstellen</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="130"/>
        <source>In base &amp;units (1500000000000000000)</source>
        <translation>In &amp;Basiseinheiten (1500000000000000000)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="155"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="161"/>
        <source>Columns to export</source>
        <translation>Zu exportierende Spalten</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="170"/>
        <source>Select A&amp;ll</source>
        <translation>A&amp;lle auswählen</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="180"/>
        <source>Select &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="203"/>
        <source>Move U&amp;p</source>
        <translation>Na&amp;ch oben</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="206"/>
        <source>Move the chosen column one place up (earlier in the file)</source>
        <translation>Die gewählte Spalte eine Stelle nach oben verschieben (früher in der Datei)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="216"/>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="219"/>
        <source>Move the chosen column one place down (later in the file)</source>
        <translation>Die gewählte Spalte eine Stelle nach unten verschieben (später in der Datei)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="14"/>
        <source>Loopview</source>
        <translation>Loopview</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="21"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="45"/>
        <source>Net&amp;work:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="60"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="63"/>
        <source>Which Loopring service to ask</source>
        <translation>Welcher Loopring-Dienst abgefragt wird</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="70"/>
        <source>Service URL</source>
        <translation>Dienst-URL</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="80"/>
        <source>Custom base URL</source>
        <translation>Eigene Basis-URL</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="83"/>
        <source>https://… base URL of a Loopring-compatible service</source>
        <translation>https://… Basis-URL eines Loopring-kompatiblen Dienstes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="95"/>
        <source>Base URL problem</source>
        <translation>Problem mit der Basis-URL</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="118"/>
        <source>Account id or address</source>
        <translation>Konto-ID oder Adresse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="121"/>
        <source>A Loopring account ID (e.g. 12345) or an L1 address (0x followed by 40 hex digits)</source>
        <translation>Eine Loopring-Konto-ID (z. B. 12345) oder eine L1-Adresse (0x gefolgt von 40 Hexadezimalziffern)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="124"/>
        <source>Account ID or 0x… L1 address</source>
        <translation>Konto-ID oder 0x…-L1-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="134"/>
        <source>Account check</source>
        <translation>Kontoprüfung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="144"/>
        <source>&amp;Tokens:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="157"/>
        <source>Tokens to fetch</source>
        <translation>Abzurufende Token</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="160"/>
        <source>Leave empty for every token, or list token symbols (ETH, LRC) or IDs (0, 1) separated by commas</source>
        <translation>Leer lassen für alle Token oder Token-Symbole (ETH, LRC) bzw. IDs (0, 1) durch Kommas getrennt angeben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="163"/>
        <source>All tokens — or e.g. ETH, LRC or 0, 1</source>
        <translation>Alle Token – oder z. B. ETH, LRC oder 0, 1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="173"/>
        <source>Token list check</source>
        <translation>Prüfung der Tokenliste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="199"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="212"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="215"/>
        <source>Your Loopring API key (from the wallet&apos;s Export Account). It is sent only to the selected service.</source>
        <translation>Ihr Loopring-API-Schlüssel (aus „Export Account“ in der Wallet). Er wird nur an den ausgewählten Dienst gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="221"/>
        <source>Needed to read balances</source>
        <translation>Zum Lesen der Salden nötig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="259"/>
        <source>Cancel request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="262"/>
        <source>Stop the running request (Esc)</source>
        <translation>Laufende Anfrage abbrechen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="265"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="272"/>
        <source>Fetch balances</source>
        <translation>Salden abrufen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="275"/>
        <source>Fetch the balances (Enter)</source>
        <translation>Salden abrufen (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="105"/>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="228"/>
        <source>Remember API key in the system keyring</source>
        <translation>API-Schlüssel im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="231"/>
        <source>After a successful fetch the key is stored in the system keyring for this service and account, and filled in next time. Untick and fetch again to remove it. It is never written to Loopview&apos;s settings.</source>
        <translation>Nach einem erfolgreichen Abruf wird der Schlüssel für diesen Dienst und dieses Konto im Schlüsselbund des Systems gespeichert und beim nächsten Mal eingetragen. Zum Entfernen das Häkchen entfernen und erneut abrufen. Er wird nie in die Einstellungen von Loopview geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="234"/>
        <source>Re&amp;member key in the system keyring</source>
        <translation>Schlüssel im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="278"/>
        <source>Fet&amp;ch</source>
        <translation>Ab&amp;rufen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="307"/>
        <source>Tokens and NFTs</source>
        <translation>Token und NFTs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="311"/>
        <source>T&amp;okens</source>
        <translation>T&amp;oken</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="319"/>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="329"/>
        <source>Filter shown tokens</source>
        <translation>Angezeigte Token filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="332"/>
        <source>Show only tokens whose symbol, name or ID contains this text (Ctrl+F)</source>
        <translation>Nur Token anzeigen, deren Symbol, Name oder ID diesen Text enthält (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="335"/>
        <source>Symbol, name or token ID</source>
        <translation>Symbol, Name oder Token-ID</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="345"/>
        <source>Hide zero balances</source>
        <translation>Nullsalden ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="348"/>
        <source>Hide &amp;zero balances</source>
        <translation>Nullsalden &amp;verbergen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="368"/>
        <source>Data is stale</source>
        <translation>Daten sind veraltet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="371"/>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="374"/>
        <source>The last refresh failed; the table shows the last data that arrived</source>
        <translation>Die letzte Aktualisierung ist fehlgeschlagen; die Tabelle zeigt die zuletzt empfangenen Daten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="406"/>
        <source>No balances yet</source>
        <translation>Noch keine Salden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="416"/>
        <source>Enter a Loopring account ID or L1 address and your API key, then press Fetch.</source>
        <translation>Geben Sie eine Loopring-Konto-ID oder L1-Adresse und Ihren API-Schlüssel ein und klicken Sie auf Abrufen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="444"/>
        <source>Try demo data</source>
        <translation>Demodaten ansehen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="447"/>
        <source>Show sample balances bundled with Loopview; nothing is sent over the network</source>
        <translation>Mit Loopview mitgelieferte Beispielsalden anzeigen; es wird nichts über das Netzwerk gesendet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="587"/>
        <source>Try &amp;Demo Data</source>
        <translation>&amp;Demodaten ansehen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="501"/>
        <source>Balances table</source>
        <translation>Saldentabelle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="450"/>
        <source>Tr&amp;y Demo Data</source>
        <translation>Demodaten aus&amp;probieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="545"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="553"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="564"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="575"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="590"/>
        <source>Show sample balances bundled with Loopview</source>
        <translation>Mit Loopview mitgelieferte Beispielsalden anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="595"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="598"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="606"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="609"/>
        <source>Copy the selected cells as tab-separated exact values</source>
        <translation>Ausgewählte Zellen als exakte, tabulatorgetrennte Werte kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="612"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="617"/>
        <source>Copy &amp;Amount</source>
        <translation>&amp;Betrag kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="620"/>
        <source>Copy the exact amount of the current cell</source>
        <translation>Exakten Betrag der aktuellen Zelle kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="625"/>
        <source>Copy &amp;Row</source>
        <translation>&amp;Zeile kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="628"/>
        <source>Copy the whole current row as tab-separated exact values</source>
        <translation>Ganze aktuelle Zeile als exakte, tabulatorgetrennte Werte kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="631"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="636"/>
        <source>Copy Token &amp;ID</source>
        <translation>Token-&amp;ID kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="641"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="644"/>
        <source>Filter the shown tokens</source>
        <translation>Angezeigte Token filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="647"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="652"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="655"/>
        <source>Fetch the shown balances again</source>
        <translation>Angezeigte Salden erneut abrufen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="658"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="666"/>
        <source>&amp;Cancel Request</source>
        <translation>Anfrage a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="669"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="677"/>
        <source>&amp;Hide Zero Balances</source>
        <translation>&amp;Nullsalden ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="685"/>
        <source>Round to Token &amp;Precision</source>
        <translation>Auf Token-Genauigkeit &amp;runden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="688"/>
        <source>Show amounts rounded to each token&apos;s display precision; tooltips, copy, export and sorting keep the exact values</source>
        <translation>Beträge auf die Anzeigegenauigkeit des Tokens gerundet zeigen; Tooltips, Kopieren, Export und Sortierung behalten die exakten Werte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="696"/>
        <source>Show API &amp;Key</source>
        <translation>API-&amp;Schlüssel anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="699"/>
        <source>Show the API key in clear text</source>
        <translation>API-Schlüssel im Klartext anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="702"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="707"/>
        <source>&amp;About Loopview</source>
        <translation>Ü&amp;ber Loopview</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="14"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="20"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="26"/>
        <source>&amp;Network at start:</source>
        <translation>&amp;Netzwerk beim Start:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="36"/>
        <source>Network at start</source>
        <translation>Netzwerk beim Start</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="39"/>
        <source>The network the query form shows when Loopview starts</source>
        <translation>Das Netzwerk, das das Abfrageformular beim Start von Loopview zeigt</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="46"/>
        <source>Service &amp;URL:</source>
        <translation>Dienst-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="56"/>
        <source>Service URL</source>
        <translation>Dienst-URL</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="59"/>
        <location filename="../ui/preferencesdialog.ui" line="252"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="69"/>
        <location filename="../ui/preferencesdialog.ui" line="194"/>
        <location filename="../ui/preferencesdialog.ui" line="259"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="82"/>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="92"/>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="95"/>
        <source>How long one request may take before Loopview gives up on it</source>
        <translation>Wie lange eine Anfrage dauern darf, bevor Loopview sie aufgibt</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="102"/>
        <source>&amp;Keep a history of every fetch</source>
        <translation>&amp;Verlauf aller Abrufe führen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="105"/>
        <source>Keeps the balances of every fetch (never the demo&apos;s) in history.sqlite, for the Change column and the history; File ▸ Forget History of This Account deletes them</source>
        <translation>Speichert die Salden jedes Abrufs (nie die der Demo) in history.sqlite, für die Spalte Änderung und den Verlauf; Datei ▸ Verlauf dieses Kontos vergessen löscht sie</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="115"/>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="121"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="131"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="138"/>
        <source>A new language takes effect when Loopview starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Loopview.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="148"/>
        <source>&amp;Hide zero balances at start</source>
        <translation>Nullsalden beim Start ausblen&amp;den</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="151"/>
        <source>View ▸ Hide Zero Balances changes it for the session only</source>
        <translation>Ansicht ▸ Nullsalden ausblenden ändert es nur für die laufende Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="158"/>
        <source>&amp;Round amounts to token precision</source>
        <translation>Beträge auf Token-Genauigkeit &amp;runden</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="161"/>
        <source>Tooltips, copy, export and sorting keep the exact values; View ▸ Round to Token Precision changes it too</source>
        <translation>Tooltips, Kopieren, Export und Sortierung behalten die exakten Werte; Ansicht ▸ Auf Token-Genauigkeit runden ändert es ebenso</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="168"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="178"/>
        <source>Currency of prices and values</source>
        <translation>Währung der Preise und Werte</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="181"/>
        <source>The currency of the Price and Value columns: a three-letter code the service knows, such as USD or CNY</source>
        <translation>Die Währung der Spalten Preis und Wert: ein dreibuchstabiger Code, den der Dienst kennt, etwa USD oder CNY</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="210"/>
        <source>NFTs</source>
        <translation>NFTs</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="216"/>
        <source>&amp;Show NFT thumbnails</source>
        <translation>NFT-&amp;Miniaturen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="219"/>
        <source>Loads each NFT&apos;s image over https from the host its metadata names, never with your API key</source>
        <translation>Lädt das Bild jedes NFT über https von dem Host, den seine Metadaten nennen, nie mit Ihrem API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="226"/>
        <source>Loading the images tells the hosts that serve them which NFTs you own.</source>
        <translation>Beim Laden der Bilder erfahren die Hosts, die sie bereitstellen, welche NFTs Sie besitzen.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="236"/>
        <source>IPFS &amp;gateway:</source>
        <translation>IPFS-&amp;Gateway:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="246"/>
        <source>IPFS gateway</source>
        <translation>IPFS-Gateway</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="249"/>
        <source>Where images named ipfs://… are loaded from: an https address that ends where the content ID goes</source>
        <translation>Woher Bilder mit ipfs://…-Adressen geladen werden: eine https-Adresse, an deren Ende die Inhalts-ID angehängt wird</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="275"/>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="281"/>
        <source>&amp;Watch the shown account for changes</source>
        <translation>Angezeigtes Konto auf Änderungen &amp;beobachten</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="284"/>
        <source>Refresh it automatically and notify when a pending deposit or withdrawal completes or a balance changes; View ▸ Watch for Changes changes it too</source>
        <translation>Automatisch aktualisieren und benachrichtigen, wenn eine ausstehende Einzahlung oder Auszahlung abgeschlossen ist oder sich ein Saldo ändert; Ansicht ▸ Auf Änderungen achten ändert dies ebenfalls</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="291"/>
        <source>Refresh &amp;every:</source>
        <translation>Aktualisieren &amp;alle:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="301"/>
        <source>Watch interval</source>
        <translation>Beobachtungsintervall</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="308"/>
        <source>Also refresh all &amp;bookmarks</source>
        <translation>Auch alle &amp;Lesezeichen aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="311"/>
        <source>Each refresh also runs Bookmarks ▸ Refresh all, and notifies about their changes</source>
        <translation>Jede Aktualisierung führt auch Lesezeichen ▸ Alle aktualisieren aus und benachrichtigt über deren Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="318"/>
        <source>Cl&amp;osing the window while watching:</source>
        <translation>Schließen des &amp;Fensters beim Beobachten:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="328"/>
        <source>Closing the window while watching</source>
        <translation>Schließen des Fensters beim Beobachten</translation>
    </message>
</context>
<context>
    <name>loopview::Address</name>
    <message>
        <location filename="../src/core/address.cpp" line="68"/>
        <source>address is empty</source>
        <translation>Adresse ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/address.cpp" line="70"/>
        <source>address must start with the 0x prefix</source>
        <translation>Adresse muss mit dem Präfix 0x beginnen</translation>
    </message>
    <message>
        <location filename="../src/core/address.cpp" line="79"/>
        <source>address contains &apos;%1&apos; at position %2, which is not a hex digit (0-9, a-f)</source>
        <translation>Adresse enthält an Position %2 „%1“, das keine Hexadezimalziffer ist (0-9, a-f)</translation>
    </message>
    <message>
        <location filename="../src/core/address.cpp" line="88"/>
        <source>address must have 40 hex digits after 0x, but has %1</source>
        <translation>Adresse muss nach 0x 40 Hexadezimalziffern haben, hat aber %1</translation>
    </message>
    <message>
        <location filename="../src/core/address.cpp" line="97"/>
        <source>address has mixed-case letters but its EIP-55 checksum is wrong; check it for a typo (an all-lowercase address skips the checksum check)</source>
        <translation>Adresse enthält Groß- und Kleinbuchstaben, aber ihre EIP-55-Prüfsumme ist falsch; prüfen Sie sie auf Tippfehler (bei einer Adresse nur aus Kleinbuchstaben entfällt die Prüfsummenprüfung)</translation>
    </message>
</context>
<context>
    <name>loopview::Amount</name>
    <message>
        <location filename="../src/core/amount.cpp" line="180"/>
        <source>amount contains whitespace at position %1; amounts must be digits only</source>
        <translation>Betrag enthält an Position %1 Leerraum; Beträge dürfen nur aus Ziffern bestehen</translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="184"/>
        <source>amount has a decimal point at position %1; base units are whole numbers</source>
        <translation>Betrag hat an Position %1 einen Dezimalpunkt; Basiseinheiten sind ganze Zahlen</translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="188"/>
        <source>amount has a second decimal point at position %1</source>
        <translation>Betrag hat an Position %1 einen zweiten Dezimalpunkt</translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="192"/>
        <source>amount uses exponent notation (&apos;%1&apos; at position %2); write all digits out</source>
        <translation>Betrag verwendet Exponentialschreibweise („%1“ an Position %2); schreiben Sie alle Ziffern aus</translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="197"/>
        <source>amount contains a sign &apos;%1&apos; at position %2</source>
        <translation>Betrag enthält an Position %2 ein Vorzeichen „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="203"/>
        <source>amount contains a non-ASCII digit &apos;%1&apos; at position %2; only 0-9 are accepted</source>
        <translation>Betrag enthält an Position %2 eine Nicht-ASCII-Ziffer „%1“; nur 0-9 sind erlaubt</translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="207"/>
        <source>amount contains a non-digit character &apos;%1&apos; at position %2</source>
        <translation>Betrag enthält an Position %2 das Zeichen „%1“, das keine Ziffer ist</translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="217"/>
        <source>amount is empty</source>
        <translation>Betrag ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="222"/>
        <source>amount has a sign; amounts are unsigned digits only</source>
        <translation>Betrag hat ein Vorzeichen; Beträge bestehen nur aus Ziffern ohne Vorzeichen</translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="231"/>
        <source>amount exceeds 2^256−1</source>
        <translation>Betrag übersteigt 2^256−1</translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="309"/>
        <source>amount needs digits on both sides of the decimal point</source>
        <translation>Betrag braucht Ziffern auf beiden Seiten des Dezimalpunkts</translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="314"/>
        <source>amount has %1 digits after the decimal point but the token has only %2 decimals</source>
        <translation>Betrag hat %1 Nachkommastellen, der Token hat aber nur %2 Dezimalstellen</translation>
    </message>
</context>
<context>
    <name>loopview::ApiCall</name>
    <message>
        <location filename="../src/net/apicall.cpp" line="23"/>
        <source>The request has not finished yet</source>
        <translation>Die Anfrage ist noch nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../src/net/apicall.cpp" line="54"/>
        <source>[API key]</source>
        <translation>[API-Schlüssel]</translation>
    </message>
</context>
<context>
    <name>loopview::ApiKey</name>
    <message>
        <location filename="../src/core/apikey.cpp" line="23"/>
        <source>a line break</source>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <location filename="../src/core/apikey.cpp" line="25"/>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <location filename="../src/core/apikey.cpp" line="27"/>
        <source>a control character</source>
        <translation>ein Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../src/core/apikey.cpp" line="29"/>
        <source>a character that is not printable ASCII</source>
        <translation>ein Zeichen, das kein druckbares ASCII ist</translation>
    </message>
    <message>
        <location filename="../src/core/apikey.cpp" line="39"/>
        <source>The API key</source>
        <translation>Der API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/core/apikey.cpp" line="41"/>
        <source>The API key from %1</source>
        <translation>Der API-Schlüssel aus %1</translation>
    </message>
    <message>
        <location filename="../src/core/apikey.cpp" line="43"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/apikey.cpp" line="45"/>
        <source>%1 is too long to be an API key (%2 characters; at most %3)</source>
        <translation>%1 ist zu lang für einen API-Schlüssel (%2 Zeichen; höchstens %3)</translation>
    </message>
    <message>
        <location filename="../src/core/apikey.cpp" line="54"/>
        <source>%1 contains %2 at position %3; an API key is printable ASCII without spaces</source>
        <extracomment>%1 the key&apos;s origin, %2 e.g. &quot;a line break&quot;, %3 a position counted from 1</extracomment>
        <translation>%1 enthält an Position %3 %2; ein API-Schlüssel besteht aus druckbarem ASCII ohne Leerzeichen</translation>
    </message>
</context>
<context>
    <name>loopview::BalanceExporter</name>
    <message>
        <location filename="../src/gui/export/balanceexporter.cpp" line="308"/>
        <source>The output is not open for writing.</source>
        <translation>Die Ausgabe ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/gui/export/balanceexporter.cpp" line="314"/>
        <source>Writing the JSON output failed.</source>
        <translation>Schreiben der JSON-Ausgabe fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../src/gui/export/balanceexporter.cpp" line="315"/>
        <source>Writing the JSON output failed: %1</source>
        <translation>Schreiben der JSON-Ausgabe fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/export/balanceexporter.cpp" line="338"/>
        <source>Could not create “%1”: %2</source>
        <translation>„%1“ konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/export/balanceexporter.cpp" line="346"/>
        <source>Not every byte could be written; the disk may be full.</source>
        <translation>Nicht alle Bytes konnten geschrieben werden; der Datenträger ist möglicherweise voll.</translation>
    </message>
    <message>
        <location filename="../src/gui/export/balanceexporter.cpp" line="350"/>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/export/balanceexporter.cpp" line="356"/>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>loopview::BalanceQuery</name>
    <message>
        <location filename="../src/core/balancequery.cpp" line="56"/>
        <source>Account id is empty</source>
        <translation>Konto-ID ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="61"/>
        <source>Account id must be digits only, but has &apos;%1&apos; at position %2</source>
        <translation>Konto-ID darf nur aus Ziffern bestehen, enthält aber „%1“ an Position %2</translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="68"/>
        <source>Account id %1 is too large (the maximum is %2)</source>
        <translation>Konto-ID %1 ist zu groß (Maximum ist %2)</translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="74"/>
        <source>Account id must be at least 1</source>
        <translation>Konto-ID muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="100"/>
        <source>Token id list has an empty item (item %1)</source>
        <translation>Token-ID-Liste hat einen leeren Eintrag (Eintrag %1)</translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="107"/>
        <source>Token id &apos;%1&apos; (item %2) is not a whole number</source>
        <translation>Token-ID „%1“ (Eintrag %2) ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="113"/>
        <source>Token id &apos;%1&apos; (item %2) is out of range (0 to %3)</source>
        <translation>Token-ID „%1“ (Eintrag %2) liegt außerhalb des gültigen Bereichs (0 bis %3)</translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="130"/>
        <source>Enter an account id or an L1 address (0x…)</source>
        <translation>Geben Sie eine Konto-ID oder eine L1-Adresse (0x…) ein</translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="136"/>
        <source>Invalid address: %1</source>
        <translation>Ungültige Adresse: %1</translation>
    </message>
</context>
<context>
    <name>loopview::BalanceTable</name>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="384"/>
        <source>No balances.</source>
        <translation>Keine Salden.</translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="389"/>
        <source>TOKEN</source>
        <extracomment>Column headers of the balance table printed by loopview-cli.</extracomment>
        <translation>TOKEN</translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="389"/>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="389"/>
        <source>LOCKED</source>
        <translation>GESPERRT</translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="390"/>
        <source>AVAILABLE</source>
        <translation>VERFÜGBAR</translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="390"/>
        <source>PENDING DEPOSIT</source>
        <translation>AUSST. EINZAHLUNG</translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="390"/>
        <source>PENDING WITHDRAW</source>
        <translation>AUSST. AUSZAHLUNG</translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="399"/>
        <source>PRICE %1</source>
        <extracomment>Column headers of loopview-cli&apos;s balance table; %1 is a currency code such as USD.</extracomment>
        <translation>PREIS %1</translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="401"/>
        <source>VALUE %1</source>
        <translation>WERT %1</translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="404"/>
        <source>CHANGE</source>
        <extracomment>Column header: the change of the total since the last recorded snapshot.</extracomment>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="422"/>
        <source>FETCHED AT (UTC)</source>
        <extracomment>Column header of loopview-cli&apos;s history table: when each snapshot was taken.</extracomment>
        <translation>ABGERUFEN (UTC)</translation>
    </message>
</context>
<context>
    <name>loopview::BalanceTableModel</name>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="54"/>
        <source>Token #%1</source>
        <translation>Token #%1</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="480"/>
        <source>Exact value: %1 %2</source>
        <translation>Exakter Wert: %1 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="490"/>
        <source>The token list does not know token ID %1, so its amounts are shown in raw base units (its decimals are unknown).</source>
        <translation>Die Tokenliste kennt die Token-ID %1 nicht, daher werden ihre Beträge in unskalierten Basiseinheiten angezeigt (die Dezimalstellen sind unbekannt).</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="496"/>
        <source>Exact value: %1 base units</source>
        <translation>Exakter Wert: %1 Basiseinheiten</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="501"/>
        <source>%1 — token ID %2</source>
        <translation>%1 — Token-ID %2</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="505"/>
        <source>The service reports more locked than total. Shown exactly as reported.</source>
        <translation>Der Dienst meldet mehr gesperrt als insgesamt vorhanden. Genau so angezeigt, wie gemeldet.</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="509"/>
        <source>Pending deposit: not yet credited on L2</source>
        <translation>Ausstehende Einzahlung: noch nicht auf L2 gutgeschrieben</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="513"/>
        <source>Pending withdrawal: not yet arrived on L1</source>
        <translation>Ausstehende Auszahlung: noch nicht auf L1 angekommen</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="517"/>
        <source>Not in this result: the account held this token at the previous fetch. The row goes with the next fetch.</source>
        <translation>Nicht in diesem Ergebnis: Das Konto hielt diesen Token beim vorigen Abruf. Die Zeile verschwindet mit dem nächsten Abruf.</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="524"/>
        <source>The service has no %1 price for %2, so the token is left out of the total value.</source>
        <translation>Der Dienst hat keinen %1-Preis für %2, daher zählt der Token nicht zum Gesamtwert.</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="527"/>
        <source>The value is too large to compute: the amount or the price is not plausible.</source>
        <translation>Der Wert ist zu groß zum Berechnen: Betrag oder Preis sind nicht plausibel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/balancetablemodel.cpp" line="554"/>
        <source>%n pending deposits</source>
        <translation>
            <numerusform>%n ausstehende Einzahlung</numerusform>
            <numerusform>%n ausstehende Einzahlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/balancetablemodel.cpp" line="556"/>
        <source>%n pending withdrawals</source>
        <translation>
            <numerusform>%n ausstehende Auszahlung</numerusform>
            <numerusform>%n ausstehende Auszahlungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="558"/>
        <source>, </source>
        <extracomment>Separator between &quot;2 pending deposits&quot; and &quot;1 pending withdrawal&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="592"/>
        <source>Total value: too large to compute</source>
        <translation>Gesamtwert: zu groß zum Berechnen</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="595"/>
        <source>Total value: %1 %2</source>
        <extracomment>%1 is the amount (&quot;1,234.50&quot;), %2 the currency code (&quot;USD&quot;)</extracomment>
        <translation>Gesamtwert: %1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/balancetablemodel.cpp" line="598"/>
        <source>(excl. %n tokens without a price)</source>
        <translation>
            <numerusform>(%n Token ohne Preis nicht eingerechnet)</numerusform>
            <numerusform>(%n Token ohne Preis nicht eingerechnet)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="601"/>
        <source>prices updated %1</source>
        <translation>Preise aktualisiert %1</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="614"/>
        <source>changes since %1</source>
        <translation>Änderungen seit %1</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="644"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="645"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="646"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="647"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="648"/>
        <source>Pending deposit</source>
        <translation>Ausst. Einzahlung</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="649"/>
        <source>Pending withdrawal</source>
        <translation>Ausst. Auszahlung</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="650"/>
        <source>Token ID</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="652"/>
        <source>Price</source>
        <extracomment>Column header; %1 is a currency code (&quot;USD&quot;)</extracomment>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="652"/>
        <source>Price (%1)</source>
        <translation>Preis (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="654"/>
        <source>Value</source>
        <extracomment>Column header; %1 is a currency code (&quot;USD&quot;)</extracomment>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="654"/>
        <source>Value (%1)</source>
        <translation>Wert (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="655"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="660"/>
        <source>Token symbol; hover a cell for its name and ID</source>
        <translation>Token-Symbol; Mauszeiger über eine Zelle halten für Name und ID</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="661"/>
        <source>Everything the account holds on L2, in token units</source>
        <translation>Gesamtes Guthaben des Kontos auf L2, in Token-Einheiten</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="662"/>
        <source>Part of the total reserved by open orders or pending withdrawals</source>
        <translation>Teil des Gesamtbetrags, der durch offene Aufträge oder ausstehende Auszahlungen reserviert ist</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="663"/>
        <source>Total minus locked: what the account can use now</source>
        <translation>Gesamt minus gesperrt: was das Konto jetzt nutzen kann</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="664"/>
        <source>Deposits from L1 not yet credited on L2</source>
        <translation>Einzahlungen von L1, die noch nicht auf L2 gutgeschrieben sind</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="665"/>
        <source>Withdrawals not yet arrived on L1</source>
        <translation>Auszahlungen, die noch nicht auf L1 angekommen sind</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="666"/>
        <source>Loopring&apos;s numeric token ID</source>
        <translation>Numerische Token-ID von Loopring</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="667"/>
        <source>The price of one token, as the service sends it; empty when it has none</source>
        <translation>Der Preis eines Tokens, wie ihn der Dienst sendet; leer, wenn er keinen hat</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="668"/>
        <source>Total × price, exact, rounded to cents; empty without a price</source>
        <translation>Gesamt × Preis, exakt, auf Cent gerundet; leer ohne Preis</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="669"/>
        <source>Total now minus the total at the previous recorded fetch of this account</source>
        <translation>Gesamt jetzt minus Gesamt beim vorigen gespeicherten Abruf dieses Kontos</translation>
    </message>
</context>
<context>
    <name>loopview::BalanceTableView</name>
    <message>
        <location filename="../src/gui/balancetableview.cpp" line="65"/>
        <source>Token column</source>
        <translation>Token-Spalte</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetableview.cpp" line="66"/>
        <source>The Token column, kept in view while the table scrolls sideways</source>
        <translation>Die Token-Spalte, die beim seitlichen Scrollen der Tabelle sichtbar bleibt</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetableview.cpp" line="376"/>
        <source>Reset layout</source>
        <translation>Layout zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetableview.cpp" line="378"/>
        <source>Show every column in its original order, sized to the data</source>
        <translation>Alle Spalten in ihrer ursprünglichen Reihenfolge zeigen, passend zu den Daten</translation>
    </message>
</context>
<context>
    <name>loopview::BalancesSession</name>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="108"/>
        <source>Last fetched %1 — not refreshed yet</source>
        <extracomment>Offline first: the window opened on the last recorded snapshot; %1 is &quot;3 h ago&quot; or a date</extracomment>
        <translation>Zuletzt abgerufen %1 – noch nicht aktualisiert</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="131"/>
        <source>Loading the token list…</source>
        <translation>Tokenliste wird geladen…</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="134"/>
        <source>Loading balances…</source>
        <translation>Salden werden geladen…</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="137"/>
        <source>Loading prices…</source>
        <translation>Preise werden geladen…</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="194"/>
        <source>The token list could not be refreshed, so the copy saved %1 is used. (%2)</source>
        <translation>Die Tokenliste konnte nicht aktualisiert werden, daher wird die %1 gespeicherte Kopie verwendet. (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="197"/>
        <source>The token list could not be loaded, so amounts are shown in raw base units with token IDs. (%1)</source>
        <translation>Die Tokenliste konnte nicht geladen werden, daher werden Beträge in unskalierten Basiseinheiten mit Token-IDs angezeigt. (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="208"/>
        <source>The %1 prices could not be loaded, so the Price and Value columns are empty. (%2)</source>
        <translation>Die %1-Preise konnten nicht geladen werden, daher sind die Spalten Preis und Wert leer. (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="222"/>
        <source>Showing data from %1 — the last refresh failed</source>
        <translation>Daten von %1 – die letzte Aktualisierung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="225"/>
        <source>Tokens shown: %1 of %2</source>
        <translation>Angezeigte Token: %1 von %2</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="229"/>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="235"/>
        <source>Nothing shown: %1 could not be fetched</source>
        <translation>Nichts angezeigt: %1 konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="237"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="245"/>
        <source>  ·  </source>
        <extracomment>Separator between the parts of the status line</extracomment>
        <translation>  ·  </translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="252"/>
        <source>Fetched %1 from %2</source>
        <translation>Abgerufen am %1 aus %2</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="254"/>
        <source>the bundled demo data</source>
        <translation>den mitgelieferten Demodaten</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="266"/>
        <source>demo account %1</source>
        <translation>Demokonto %1</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="269"/>
        <source>address %1 (account %2)</source>
        <extracomment>%1 is an L1 address, %2 the Loopring account id the service resolved it to</extracomment>
        <translation>Adresse %1 (Konto %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="271"/>
        <source>address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="273"/>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="275"/>
        <source>%1 (sample data)</source>
        <translation>%1 (Beispieldaten)</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="277"/>
        <source>%1 on %2</source>
        <extracomment>%1 is an account (&quot;account 20533&quot;), %2 the service&apos;s host</extracomment>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="280"/>
        <source>%1, tokens %2</source>
        <extracomment>%1 is an account on a service, %2 the token filter as typed (&quot;ETH, LRC&quot;)</extracomment>
        <translation>%1, Token %2</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="293"/>
        <source>Balances of %1</source>
        <translation>Salden von %1</translation>
    </message>
</context>
<context>
    <name>loopview::Bookmark</name>
    <message>
        <location filename="../src/core/bookmark.cpp" line="39"/>
        <source>Bookmark field &apos;%1&apos; is missing or not text</source>
        <translation>Lesezeichenfeld „%1“ fehlt oder ist kein Text</translation>
    </message>
    <message>
        <location filename="../src/core/bookmark.cpp" line="84"/>
        <source>A bookmark needs a label</source>
        <translation>Ein Lesezeichen braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../src/core/bookmark.cpp" line="86"/>
        <source>Bookmark &apos;%1&apos; has no valid id</source>
        <translation>Lesezeichen „%1“ hat keine gültige ID</translation>
    </message>
    <message>
        <location filename="../src/core/bookmark.cpp" line="133"/>
        <source>Bookmark id &apos;%1&apos; is not a UUID</source>
        <translation>Lesezeichen-ID „%1“ ist keine UUID</translation>
    </message>
    <message>
        <location filename="../src/core/bookmark.cpp" line="149"/>
        <source>Unknown network &apos;%1&apos;</source>
        <translation>Unbekanntes Netzwerk „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/bookmark.cpp" line="160"/>
        <source>A custom network bookmark needs a valid base URL</source>
        <translation>Ein Lesezeichen für ein eigenes Netzwerk braucht eine gültige Basis-URL</translation>
    </message>
    <message>
        <location filename="../src/core/bookmark.cpp" line="172"/>
        <source>Bookmark date &apos;%1&apos; is not an ISO date</source>
        <translation>Lesezeichendatum „%1“ ist kein ISO-Datum</translation>
    </message>
</context>
<context>
    <name>loopview::BookmarkDialog</name>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkdialog.cpp" line="122"/>
        <source>A key is stored in the system keyring; type a new one to replace it</source>
        <translation>Ein Schlüssel ist im Schlüsselbund gespeichert; geben Sie einen neuen ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkdialog.cpp" line="124"/>
        <source>A key is kept until Loopview quits; type a new one to replace it</source>
        <translation>Ein Schlüssel wird bis zum Beenden von Loopview gehalten; geben Sie einen neuen ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkdialog.cpp" line="126"/>
        <source>Optional: kept in the system keyring, never in a file</source>
        <translation>Optional: nur im Schlüsselbund, nie in einer Datei</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkdialog.cpp" line="128"/>
        <source>Optional: kept in memory until Loopview quits (no system keyring), never in a file</source>
        <translation>Optional: bis zum Beenden von Loopview im Speicher (kein Schlüsselbund), nie in einer Datei</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkdialog.cpp" line="130"/>
        <source>A key is stored</source>
        <extracomment>Placeholder of the bookmark&apos;s empty API key field when the keyring already has its key</extracomment>
        <translation>Schlüssel gespeichert</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkdialog.cpp" line="130"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkdialog.cpp" line="132"/>
        <source>The stored key will be replaced by the one typed above.</source>
        <translation>Der gespeicherte Schlüssel wird durch den oben eingegebenen ersetzt.</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkdialog.cpp" line="134"/>
        <source>The stored key will be removed from the keyring when you press OK.</source>
        <translation>Der gespeicherte Schlüssel wird mit OK aus dem Schlüsselbund entfernt.</translation>
    </message>
</context>
<context>
    <name>loopview::BookmarkListModel</name>
    <message>
        <location filename="../src/gui/bookmarks/bookmarklistmodel.cpp" line="63"/>
        <source>Tokens: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarklistmodel.cpp" line="70"/>
        <source>%1, account %2, %3</source>
        <translation>%1, Konto %2, %3</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarklistmodel.cpp" line="90"/>
        <source>Label</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarklistmodel.cpp" line="93"/>
        <source>Account</source>
        <extracomment>An account id or L1 address</extracomment>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarklistmodel.cpp" line="95"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
</context>
<context>
    <name>loopview::BookmarkPanel</name>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="55"/>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="72"/>
        <source>“%1” was not deleted: %2</source>
        <translation>„%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="83"/>
        <source>“%1” could not be restored: %2</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="130"/>
        <source>Add c&amp;urrent</source>
        <translation>Hinzufü&amp;gen</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="131"/>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="132"/>
        <source>&amp;Delete</source>
        <translation>L&amp;öschen</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="133"/>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="235"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="136"/>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="161"/>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="162"/>
        <source>Search bookmarks</source>
        <translation>Lesezeichen durchsuchen</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="172"/>
        <source>Bookmark list</source>
        <translation>Lesezeichenliste</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="204"/>
        <source>Add the current query as a bookmark</source>
        <translation>Aktuelle Abfrage als Lesezeichen hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="206"/>
        <source>Edit the selected bookmark</source>
        <translation>Ausgewähltes Lesezeichen bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="208"/>
        <source>Delete the selected bookmark</source>
        <translation>Ausgewähltes Lesezeichen löschen</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="239"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="331"/>
        <source>A bookmark named “%1” already exists</source>
        <translation>Ein Lesezeichen namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="349"/>
        <source>Add bookmark</source>
        <translation>Lesezeichen hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="377"/>
        <source>Edit bookmark</source>
        <translation>Lesezeichen bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="407"/>
        <source>The API key could not be removed from the keyring: %1</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="429"/>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="436"/>
        <source>“%1” was not deleted: its API key could not be removed from the keyring (%2)</source>
        <translation>„%1“ wurde nicht gelöscht: Sein API-Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="466"/>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="482"/>
        <source>The API key could not be saved: %1</source>
        <translation>Der API-Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="486"/>
        <source>No system keyring available: the key is kept in memory for this session only</source>
        <translation>Kein Schlüsselbund verfügbar: Der Schlüssel wird nur für diese Sitzung im Speicher gehalten</translation>
    </message>
</context>
<context>
    <name>loopview::BookmarkStore</name>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="290"/>
        <source>it is larger than %1, the most Loopview reads</source>
        <translation>sie ist größer als %1, das Höchstmaß, das Loopview liest</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="334"/>
        <source>The bookmarks file %1 was written by a newer Loopview (format %2, this version reads format %3). Bookmarks are shown read-only; changes are disabled so nothing in it is lost.</source>
        <translation>Die Lesezeichendatei %1 wurde von einer neueren Loopview-Version geschrieben (Format %2, diese Version liest Format %3). Die Lesezeichen werden schreibgeschützt angezeigt; Änderungen sind deaktiviert, damit nichts darin verloren geht.</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="343"/>
        <source>The bookmarks file %1 cannot be read (%2). It was left untouched and bookmarks are read-only until it is made smaller or removed.</source>
        <translation>Die Lesezeichendatei %1 kann nicht gelesen werden (%2). Sie bleibt unverändert, und die Lesezeichen sind schreibgeschützt, bis sie verkleinert oder entfernt wird.</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="354"/>
        <source>The bookmarks file %1 cannot be read (%2) and could not be locked to move it aside, so it was left untouched; bookmarks are read-only for now.</source>
        <translation>Die Lesezeichendatei %1 kann nicht gelesen werden (%2) und konnte nicht gesperrt werden, um sie beiseitezulegen; sie bleibt daher unverändert, und die Lesezeichen sind vorerst schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="412"/>
        <source>The bookmarks file %1 cannot be read (%2) and could not be moved aside. It was left untouched and bookmarks are read-only until it is fixed or removed.</source>
        <translation>Die Lesezeichendatei %1 kann nicht gelesen werden (%2) und konnte nicht beiseitegelegt werden. Sie bleibt unverändert, und die Lesezeichen sind schreibgeschützt, bis sie repariert oder entfernt wird.</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="418"/>
        <source>The bookmarks file could not be read (%1). It was kept as %2 and Loopview started with the bookmarks it could read.</source>
        <translation>Die Lesezeichendatei konnte nicht gelesen werden (%1). Sie wurde als %2 aufbewahrt, und Loopview wurde mit den lesbaren Lesezeichen gestartet.</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="72"/>
        <location filename="../src/core/bookmarkstore.cpp" line="427"/>
        <source>Cannot create folder %1</source>
        <translation>Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="62"/>
        <source>The bookmarks would take %1, more than the %2 Loopview reads back; nothing was written</source>
        <translation>Die Lesezeichen würden %1 belegen, mehr als die %2, die Loopview zurückliest; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="79"/>
        <location filename="../src/core/bookmarkstore.cpp" line="580"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="107"/>
        <source> by %1 (process %2)</source>
        <translation> von %1 (Prozess %2)</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="111"/>
        <source>The bookmarks file %1 is locked%2 and stayed locked for %3 s; nothing was changed. Try again.</source>
        <translation>Die Lesezeichendatei %1 ist gesperrt%2 und blieb %3 s lang gesperrt; es wurde nichts geändert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="117"/>
        <source>Cannot create the lock file beside %1 (permission denied); nothing was changed</source>
        <translation>Die Sperrdatei neben %1 kann nicht erstellt werden (Zugriff verweigert); es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="123"/>
        <source>Cannot lock the bookmarks file %1; nothing was changed</source>
        <translation>Die Lesezeichendatei %1 kann nicht gesperrt werden; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="139"/>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>Kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="144"/>
        <source>Not a bookmarks file: the top level is not an object</source>
        <translation>Keine Lesezeichendatei: Die oberste Ebene ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="149"/>
        <source>Not a bookmarks file: no valid &quot;schema&quot; number</source>
        <translation>Keine Lesezeichendatei: keine gültige „schema“-Nummer</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="154"/>
        <source>Not a bookmarks file: &quot;bookmarks&quot; is not a list</source>
        <translation>Keine Lesezeichendatei: „bookmarks“ ist keine Liste</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="159"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="163"/>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/bookmarkstore.cpp" line="178"/>
        <source>%n entries could not be read</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht gelesen werden</numerusform>
            <numerusform>%n Einträge konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/bookmarkstore.cpp" line="183"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="222"/>
        <source>A bookmark with id %1 already exists</source>
        <translation>Ein Lesezeichen mit der ID %1 existiert bereits</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="225"/>
        <source>A bookmark named &apos;%1&apos; already exists</source>
        <translation>Ein Lesezeichen namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="234"/>
        <source>No bookmark with id %1 (another Loopview may have removed it)</source>
        <translation>Kein Lesezeichen mit der ID %1 (vielleicht hat ein anderes Loopview es entfernt)</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="588"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="594"/>
        <source>%1 is larger than %2, the most Loopview imports (and the most it ever exports); nothing was imported</source>
        <translation>%1 ist größer als %2, das Höchstmaß, das Loopview importiert (und das es je exportiert); es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="607"/>
        <source>These bookmarks were exported by a newer Loopview (format %1); this version reads format %2</source>
        <translation>Diese Lesezeichen wurden von einer neueren Loopview-Version exportiert (Format %1); diese Version liest Format %2</translation>
    </message>
</context>
<context>
    <name>loopview::BookmarksIntegration</name>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="58"/>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="68"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="81"/>
        <source>&amp;Bookmarks</source>
        <translation>Lese&amp;zeichen</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="83"/>
        <source>&amp;Add current query…</source>
        <translation>Aktuelle Abfrage &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="87"/>
        <source>Import &amp;wallet export…</source>
        <translation>&amp;Wallet-Export importieren…</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="89"/>
        <source>&amp;Import bookmarks…</source>
        <translation>Lesezeichen &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="91"/>
        <source>&amp;Export bookmarks…</source>
        <translation>Lesezeichen &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="94"/>
        <source>&amp;Refresh all</source>
        <translation>&amp;Alle aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="99"/>
        <source>E&amp;xport portfolio…</source>
        <translation>Portfolio e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="109"/>
        <source>&amp;Go to bookmarks list</source>
        <translation>&amp;Zur Lesezeichenliste</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="140"/>
        <source>The API key of “%1” could not be read from the keyring (%2); the key in the form is used.</source>
        <translation>Der API-Schlüssel von „%1“ konnte nicht aus dem Schlüsselbund gelesen werden (%2); der Schlüssel im Formular wird verwendet.</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="153"/>
        <source>Import Loopring wallet export</source>
        <translation>Loopring-Wallet-Export importieren</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="156"/>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="180"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="177"/>
        <source>Import bookmarks</source>
        <translation>Lesezeichen importieren</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="196"/>
        <source>%1 is not a Loopview bookmarks file: %2</source>
        <translation>%1 ist keine Loopview-Lesezeichendatei: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="204"/>
        <source>Imported %n bookmark(s)</source>
        <translation>
            <numerusform>%n Lesezeichen importiert</numerusform>
            <numerusform>%n Lesezeichen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="206"/>
        <source>%n already present</source>
        <translation>
            <numerusform>%n bereits vorhanden</numerusform>
            <numerusform>%n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="213"/>
        <source>Export bookmarks</source>
        <translation>Lesezeichen exportieren</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="217"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="224"/>
        <source>Exported %n bookmark(s) (without API keys)</source>
        <translation>
            <numerusform>%n Lesezeichen exportiert (ohne API-Schlüssel)</numerusform>
            <numerusform>%n Lesezeichen exportiert (ohne API-Schlüssel)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview::ChangeNotice</name>
    <message>
        <location filename="../src/gui/watch/changenotice.cpp" line="38"/>
        <source>Token #%1</source>
        <extracomment>A token the token list does not know, by its ID (amounts are then in base units)</extracomment>
        <translation>Token #%1</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/changenotice.cpp" line="51"/>
        <source>Deposit arrived: %1 %2</source>
        <extracomment>Watch notification: &quot;&lt;amount&gt; &lt;symbol&gt;&quot;</extracomment>
        <translation>Einzahlung eingegangen: %1 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/changenotice.cpp" line="55"/>
        <source>Withdrawal completed: %1 %2</source>
        <translation>Auszahlung abgeschlossen: %1 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/changenotice.cpp" line="58"/>
        <source>New token: %1 %2</source>
        <translation>Neues Token: %1 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/changenotice.cpp" line="60"/>
        <source>%1 is gone (was %2)</source>
        <translation>%1 ist weg (war %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/changenotice.cpp" line="63"/>
        <source>%1: %2 → %3 (%4)</source>
        <extracomment>Watch notification: &quot;&lt;symbol&gt;: &lt;old total&gt; → &lt;new total&gt; (&lt;signed difference&gt;)&quot;</extracomment>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/changenotice.cpp" line="69"/>
        <source>Balances changed: %1</source>
        <extracomment>Title of a Watch notification; %1 is the account (&quot;20533 on api3.loopring.io&quot;) or a bookmark&apos;s label</extracomment>
        <translation>Salden geändert: %1</translation>
    </message>
</context>
<context>
    <name>loopview::CommandLine</name>
    <message>
        <location filename="../src/core/printabletext.cpp" line="156"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <location filename="../src/gui/commandline.cpp" line="31"/>
        <source>Start with the bundled demo data (no network, no API key).</source>
        <translation>Mit den mitgelieferten Demodaten starten (kein Netzwerk, kein API-Schlüssel).</translation>
    </message>
    <message>
        <location filename="../src/gui/commandline.cpp" line="34"/>
        <source>Show Loopview in this language (%1) instead of the system&apos;s or the one chosen in Preferences.</source>
        <extracomment>%1 lists the language codes, e.g. &quot;de, en, zh_CN&quot;</extracomment>
        <translation>Loopview in dieser Sprache (%1) anzeigen statt in der des Systems oder der in den Einstellungen gewählten.</translation>
    </message>
    <message>
        <location filename="../src/gui/commandline.cpp" line="38"/>
        <source>language</source>
        <extracomment>The value of --lang in the help: --lang &lt;language&gt;</extracomment>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../src/gui/commandline.cpp" line="41"/>
        <source>Native desktop viewer for Loopring layer-2 balances</source>
        <translation>Nativer Desktop-Betrachter für Loopring-Layer-2-Salden</translation>
    </message>
</context>
<context>
    <name>loopview::CsvWriter</name>
    <message>
        <location filename="../src/core/csvwriter.cpp" line="157"/>
        <source>The output is not open for writing.</source>
        <translation>Die Ausgabe ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/core/csvwriter.cpp" line="169"/>
        <source>Writing the CSV output failed.</source>
        <translation>Schreiben der CSV-Ausgabe fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../src/core/csvwriter.cpp" line="170"/>
        <source>Writing the CSV output failed: %1</source>
        <translation>Schreiben der CSV-Ausgabe fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>loopview::Decimal</name>
    <message>
        <location filename="../src/core/decimal.cpp" line="31"/>
        <source>contains whitespace at position %1</source>
        <translation>enthält an Position %1 Leerraum</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="33"/>
        <source>has a decimal point out of place at position %1</source>
        <translation>hat an Position %1 einen Dezimalpunkt an falscher Stelle</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="35"/>
        <source>has a sign &apos;%1&apos; out of place at position %2</source>
        <translation>hat an Position %2 ein Vorzeichen „%1“ an falscher Stelle</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="37"/>
        <source>has an exponent &apos;%1&apos; out of place at position %2</source>
        <translation>hat an Position %2 einen Exponenten „%1“ an falscher Stelle</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="41"/>
        <source>contains the non-ASCII digit &apos;%1&apos; at position %2; only 0-9 are accepted</source>
        <translation>enthält an Position %2 die Nicht-ASCII-Ziffer „%1“; nur 0-9 sind erlaubt</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="42"/>
        <source>contains &apos;%1&apos; at position %2, which is not part of a decimal number</source>
        <translation>enthält an Position %2 „%1“, das nicht zu einer Dezimalzahl gehört</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="63"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="67"/>
        <source>has %1 characters; at most %2 are accepted</source>
        <translation>hat %1 Zeichen; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="71"/>
        <source>is negative</source>
        <translation>ist negativ</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="75"/>
        <source>has a sign; write the digits only</source>
        <translation>hat ein Vorzeichen; schreiben Sie nur die Ziffern</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="93"/>
        <source>needs digits on both sides of the decimal point</source>
        <translation>braucht Ziffern auf beiden Seiten des Dezimalpunkts</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="112"/>
        <source>has an exponent without digits</source>
        <translation>hat einen Exponenten ohne Ziffern</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="118"/>
        <source>has an exponent out of range</source>
        <translation>hat einen Exponenten außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="140"/>
        <source>has %1 digits before the decimal point; at most %2 are accepted</source>
        <translation>hat %1 Ziffern vor dem Dezimalpunkt; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="146"/>
        <source>has %1 digits after the decimal point; at most %2 are accepted</source>
        <translation>hat %1 Ziffern nach dem Dezimalpunkt; höchstens %2 sind erlaubt</translation>
    </message>
</context>
<context>
    <name>loopview::ErrorText</name>
    <message>
        <location filename="../src/gui/errortext.cpp" line="24"/>
        <source>The service is rate-limiting requests (HTTP 429) and kept refusing. Wait a moment, then refresh.</source>
        <translation>Der Dienst drosselt die Anfragen (HTTP 429) und hat sie wiederholt abgelehnt. Warten Sie einen Moment und aktualisieren Sie dann.</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="27"/>
        <source>The service is temporarily unavailable (HTTP 503), perhaps for maintenance. Try again later.</source>
        <translation>Der Dienst ist vorübergehend nicht verfügbar (HTTP 503), vielleicht wegen Wartung. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="30"/>
        <source>The service failed with an internal error (HTTP %1). Try again later.</source>
        <translation>Beim Dienst ist ein interner Fehler aufgetreten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="33"/>
        <source>The service answered with HTTP %1: %2</source>
        <translation>Der Dienst hat mit HTTP %1 geantwortet: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="42"/>
        <source>The service needs an API key to read balances. Enter your key in the API key field (code 104001).</source>
        <translation>Der Dienst benötigt zum Lesen der Salden einen API-Schlüssel. Geben Sie Ihren Schlüssel im Feld API-Schlüssel ein (Code 104001).</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="46"/>
        <source>The service rejected the API key (code 104002). Check the key in the API key field: it may be mistyped or belong to a reset account.</source>
        <translation>Der Dienst hat den API-Schlüssel abgelehnt (Code 104002). Prüfen Sie den Schlüssel im Feld API-Schlüssel: Er ist vielleicht vertippt oder gehört zu einem zurückgesetzten Konto.</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="51"/>
        <source>The service does not know this account (code %1). Check the account ID or address and the network.</source>
        <translation>Der Dienst kennt dieses Konto nicht (Code %1). Prüfen Sie die Konto-ID oder Adresse und das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="55"/>
        <source>The service says the account ID is invalid (code 104003).</source>
        <translation>Laut Dienst ist die Konto-ID ungültig (Code 104003).</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="57"/>
        <source>The service does not support one of the requested token IDs (code 102002). Check the token filter.</source>
        <translation>Der Dienst unterstützt eine der angefragten Token-IDs nicht (Code 102002). Prüfen Sie den Token-Filter.</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="63"/>
        <source>The service refused the request: %1 (HTTP %2, code %3)</source>
        <translation>Der Dienst hat die Anfrage abgelehnt: %1 (HTTP %2, Code %3)</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="68"/>
        <source>The service refused the request: %1 (code %2)</source>
        <translation>Der Dienst hat die Anfrage abgelehnt: %1 (Code %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="73"/>
        <source>The service refused the request: %1</source>
        <translation>Der Dienst hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/errortext.cpp" line="86"/>
        <source>%1 did not answer within %n s. The service may be overloaded or unreachable; press Refresh all to try again.</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n s geantwortet. Der Dienst ist vielleicht überlastet oder nicht erreichbar; klicken Sie auf „Alle aktualisieren“, um es erneut zu versuchen.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n s geantwortet. Der Dienst ist vielleicht überlastet oder nicht erreichbar; klicken Sie auf „Alle aktualisieren“, um es erneut zu versuchen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/errortext.cpp" line="91"/>
        <source>%1 did not answer within %n s. The service may be overloaded or unreachable; press F5 to try again.</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n s geantwortet. Der Dienst ist vielleicht überlastet oder nicht erreichbar; drücken Sie F5, um es erneut zu versuchen.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n s geantwortet. Der Dienst ist vielleicht überlastet oder nicht erreichbar; drücken Sie F5, um es erneut zu versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="95"/>
        <source>Could not reach %1. Check your internet connection and the network setting. (%2)</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und die Netzwerkeinstellung. (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="102"/>
        <source>The service sent data Loopview cannot read (field %1): %2</source>
        <translation>Der Dienst hat Daten gesendet, die Loopview nicht lesen kann (Feld %1): %2</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="104"/>
        <source>The service sent data Loopview cannot read: %1</source>
        <translation>Der Dienst hat Daten gesendet, die Loopview nicht lesen kann: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="107"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/errortext.cpp" line="115"/>
        <source>The service is rate-limiting us; retrying in %n s…</source>
        <translation>
            <numerusform>Der Dienst drosselt die Anfragen; neuer Versuch in %n s…</numerusform>
            <numerusform>Der Dienst drosselt die Anfragen; neuer Versuch in %n s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/errortext.cpp" line="117"/>
        <source>%1; retrying in %n s…</source>
        <translation>
            <numerusform>%1; neuer Versuch in %n s…</numerusform>
            <numerusform>%1; neuer Versuch in %n s…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="151"/>
        <source>Your key is the &quot;apiKey&quot; value that the Loopring wallet&apos;s Export Account shows.</source>
        <translation>Ihr Schlüssel ist der Wert „apiKey“, den „Export Account“ in der Loopring-Wallet anzeigt.</translation>
    </message>
</context>
<context>
    <name>loopview::ExportActions</name>
    <message>
        <location filename="../src/gui/export/exportactions.cpp" line="73"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportactions.cpp" line="74"/>
        <source>Copy as CS&amp;V</source>
        <translation>Als CS&amp;V kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportactions.cpp" line="79"/>
        <source>Save the balances as a CSV or JSON file</source>
        <translation>Salden als CSV- oder JSON-Datei speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportactions.cpp" line="81"/>
        <source>Copy the selected cells as CSV with a header row and exact values</source>
        <translation>Ausgewählte Zellen als CSV mit Kopfzeile und exakten Werten kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportactions.cpp" line="143"/>
        <source>Exported to %1 (rows: %2)</source>
        <extracomment>Status bar after File ▸ Export…; %1 is the file, %2 the number of rows written</extracomment>
        <translation>Nach %1 exportiert (Zeilen: %2)</translation>
    </message>
</context>
<context>
    <name>loopview::ExportDialog</name>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="30"/>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="31"/>
        <source>Token ID</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="32"/>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="33"/>
        <source>Decimals</source>
        <translation>Dezimalstellen</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="34"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="35"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="36"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="37"/>
        <source>Pending deposit</source>
        <translation>Ausstehende Einzahlung</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="38"/>
        <source>Pending withdrawal</source>
        <translation>Ausstehende Auszahlung</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="39"/>
        <source>Label</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="40"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="41"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="42"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="44"/>
        <source>Change</source>
        <extracomment>Export column: the change of the total since the last recorded snapshot.</extracomment>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="46"/>
        <source>Fetched at</source>
        <extracomment>Export column: when a recorded snapshot was taken.</extracomment>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="63"/>
        <source>Export problem</source>
        <translation>Problem beim Export</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="68"/>
        <source>CSV (spreadsheets)</source>
        <extracomment>Export file format; &quot;CSV&quot; and &quot;JSON&quot; are format names, keep them as they are.</extracomment>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="69"/>
        <source>JSON (scripts)</source>
        <translation>JSON (Skripte)</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="70"/>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="71"/>
        <source>Semicolon ( ; ) for a decimal comma</source>
        <translation>Semikolon ( ; ) für Dezimalkomma</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="72"/>
        <source>Spreadsheets in languages that write 1,5 expect semicolons</source>
        <translation>Tabellenkalkulationen in Sprachen, die 1,5 schreiben, erwarten Semikolons</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="74"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/export/exportdialog.cpp" line="79"/>
        <source>Rows sho&amp;wn in the table (%n)</source>
        <translation>
            <numerusform>In der Tabelle an&amp;gezeigte Zeile (%n)</numerusform>
            <numerusform>In der Tabelle an&amp;gezeigte Zeilen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/export/exportdialog.cpp" line="80"/>
        <source>Sele&amp;cted rows (%n)</source>
        <translation>
            <numerusform>Ausge&amp;wählte Zeile (%n)</numerusform>
            <numerusform>Ausge&amp;wählte Zeilen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/export/exportdialog.cpp" line="81"/>
        <source>&amp;All rows, including hidden ones (%n)</source>
        <translation>
            <numerusform>&amp;Alle Zeilen, auch ausgeblendete (%n)</numerusform>
            <numerusform>&amp;Alle Zeilen, auch ausgeblendete (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/export/exportdialog.cpp" line="82"/>
        <source>&amp;All rows (%n)</source>
        <translation>
            <numerusform>&amp;Alle Zeilen (%n)</numerusform>
            <numerusform>&amp;Alle Zeilen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="92"/>
        <source>Tick the columns to export; drag them or use Move Up and Move Down to change their order</source>
        <translation>Zu exportierende Spalten ankreuzen; zum Umordnen ziehen oder „Nach oben“ und „Nach unten“ verwenden</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="95"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="181"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="246"/>
        <source>Choose at least one column.</source>
        <translation>Wählen Sie mindestens eine Spalte.</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="248"/>
        <source>There are no rows to export.</source>
        <translation>Es gibt keine Zeilen zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="251"/>
        <source>Rows: %1 · Columns: %2</source>
        <extracomment>Summary under the export choices, e.g. &quot;Rows: 5 · Columns: 9&quot;</extracomment>
        <translation>Zeilen: %1 · Spalten: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="271"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="271"/>
        <location filename="../src/gui/export/exportdialog.cpp" line="272"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="272"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="273"/>
        <source>Export Balances</source>
        <translation>Salden exportieren</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="282"/>
        <source>The export was not saved. %1 An earlier file of that name, if any, is unchanged.</source>
        <translation>Der Export wurde nicht gespeichert. %1 Eine eventuell vorhandene frühere Datei dieses Namens ist unverändert.</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfolioexport.cpp" line="25"/>
        <source>Export Portfolio</source>
        <translation>Portfolio exportieren</translation>
    </message>
</context>
<context>
    <name>loopview::ForgetHistoryAction</name>
    <message>
        <location filename="../src/gui/forgethistoryaction.cpp" line="19"/>
        <source>Forget History</source>
        <translation>Verlauf vergessen</translation>
    </message>
    <message>
        <location filename="../src/gui/forgethistoryaction.cpp" line="21"/>
        <source>&amp;Forget History</source>
        <translation>Verlauf &amp;vergessen</translation>
    </message>
    <message>
        <location filename="../src/gui/forgethistoryaction.cpp" line="34"/>
        <source>&amp;Forget History of This Account…</source>
        <translation>&amp;Verlauf dieses Kontos vergessen…</translation>
    </message>
    <message>
        <location filename="../src/gui/forgethistoryaction.cpp" line="38"/>
        <source>Delete every recorded snapshot of the account shown, on its service</source>
        <translation>Alle gespeicherten Stände des angezeigten Kontos bei seinem Dienst löschen</translation>
    </message>
    <message>
        <location filename="../src/gui/forgethistoryaction.cpp" line="70"/>
        <source>Delete every recorded snapshot of %1? Balances on the service are not affected; the Change column starts again from the next fetch.</source>
        <translation>Alle gespeicherten Stände von %1 löschen? Die Salden beim Dienst bleiben unberührt; die Spalte Änderung beginnt mit dem nächsten Abruf neu.</translation>
    </message>
    <message>
        <location filename="../src/gui/forgethistoryaction.cpp" line="48"/>
        <source>The history could not be deleted: %1</source>
        <translation>Der Verlauf konnte nicht gelöscht werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/forgethistoryaction.cpp" line="44"/>
        <source>Forgot %n recorded snapshots of %1.</source>
        <translation>
            <numerusform>%n gespeicherter Stand von %1 gelöscht.</numerusform>
            <numerusform>%n gespeicherte Stände von %1 gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview::FormInput</name>
    <message>
        <location filename="../src/gui/forminput.cpp" line="77"/>
        <source>L1 address, checksum verified</source>
        <translation>L1-Adresse, Prüfsumme bestätigt</translation>
    </message>
    <message>
        <location filename="../src/gui/forminput.cpp" line="78"/>
        <source>L1 address (no checksum to verify)</source>
        <translation>L1-Adresse (keine Prüfsumme vorhanden)</translation>
    </message>
    <message>
        <location filename="../src/gui/forminput.cpp" line="82"/>
        <source>Addresses start with 0x: add the prefix</source>
        <translation>Adressen beginnen mit 0x: Bitte das Präfix ergänzen</translation>
    </message>
    <message>
        <location filename="../src/gui/forminput.cpp" line="86"/>
        <source>Loopring account ID</source>
        <translation>Loopring-Konto-ID</translation>
    </message>
    <message>
        <location filename="../src/gui/forminput.cpp" line="96"/>
        <source>Symbols are resolved when the token list is loaded</source>
        <translation>Symbole werden aufgelöst, sobald die Tokenliste geladen ist</translation>
    </message>
</context>
<context>
    <name>loopview::HistoryIntegration</name>
    <message>
        <location filename="../src/gui/history/historyintegration.cpp" line="36"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historyintegration.cpp" line="50"/>
        <source>Hi&amp;story</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historyintegration.cpp" line="52"/>
        <source>Show the shown account&apos;s value and token amounts over time</source>
        <translation>Wert und Token-Beträge des angezeigten Kontos im Zeitverlauf zeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historyintegration.cpp" line="62"/>
        <location filename="../src/gui/history/historyintegration.cpp" line="83"/>
        <source>Fetch an account to see its history.</source>
        <translation>Rufen Sie ein Konto ab, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historyintegration.cpp" line="78"/>
        <source>Demo data is never recorded, so it has no history.</source>
        <translation>Demodaten werden nie aufgezeichnet und haben daher keinen Verlauf.</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historyintegration.cpp" line="87"/>
        <source>%1 on %2</source>
        <extracomment>The account whose history is shown: &quot;&lt;account id or address&gt; on &lt;host&gt;&quot;</extracomment>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>loopview::HistoryPanel</name>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="52"/>
        <source>Ex&amp;port History…</source>
        <translation>Verlauf &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="55"/>
        <source>Balance history</source>
        <translation>Saldenverlauf</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="57"/>
        <source>Total value over time</source>
        <translation>Gesamtwert im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="60"/>
        <source>Token amount over time</source>
        <translation>Token-Betrag im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="63"/>
        <source>Save every recorded snapshot of this account as a CSV or JSON file</source>
        <translation>Alle aufgezeichneten Momentaufnahmen dieses Kontos als CSV- oder JSON-Datei speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="88"/>
        <source>Fetch an account to see its history.</source>
        <translation>Rufen Sie ein Konto ab, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="152"/>
        <source>Could not read the history: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="159"/>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="165"/>
        <source>Nothing is recorded for this account yet: each successful fetch adds a snapshot.</source>
        <translation>Für dieses Konto ist noch nichts aufgezeichnet: Jeder erfolgreiche Abruf fügt eine Momentaufnahme hinzu.</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="167"/>
        <source>No price was recorded with any snapshot of this account, so its value cannot be charted.</source>
        <translation>Zu keiner Momentaufnahme dieses Kontos wurde ein Preis aufgezeichnet, daher kann sein Wert nicht dargestellt werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/history/historypanel.cpp" line="169"/>
        <source>%n snapshot(s) without a recorded %1 price are left out of the value chart.</source>
        <translation>
            <numerusform>%n Momentaufnahme ohne aufgezeichneten %1-Preis fehlt im Wertdiagramm.</numerusform>
            <numerusform>%n Momentaufnahmen ohne aufgezeichneten %1-Preis fehlen im Wertdiagramm.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="176"/>
        <source>Total value</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="177"/>
        <source>Total value (%1)</source>
        <translation>Gesamtwert (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="179"/>
        <source>No value recorded.</source>
        <translation>Kein Wert aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="183"/>
        <source>Latest: %1</source>
        <translation>Zuletzt: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="191"/>
        <source>Amount of %1</source>
        <translation>Betrag von %1</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="192"/>
        <source>Select a token in the table to chart its amount.</source>
        <translation>Wählen Sie ein Token in der Tabelle, um seinen Betrag darzustellen.</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="204"/>
        <source>Token #%1</source>
        <extracomment>A token the token list did not know, by its ID</extracomment>
        <translation>Token #%1</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="210"/>
        <location filename="../src/gui/history/historypanel.cpp" line="218"/>
        <source>%1 — %2 %3</source>
        <extracomment>A point of a history chart: &quot;&lt;date and time&gt; — &lt;number&gt; &lt;currency code or token symbol&gt;&quot;</extracomment>
        <translation>%1 — %2 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/history/historypanel.cpp" line="212"/>
        <source>(excl. %n token(s) without a price)</source>
        <translation>
            <numerusform>(ohne %n Token ohne Preis)</numerusform>
            <numerusform>(ohne %n Token ohne Preis)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="229"/>
        <source>Export History</source>
        <translation>Verlauf exportieren</translation>
    </message>
</context>
<context>
    <name>loopview::HistoryStore</name>
    <message>
        <location filename="../src/history/historystore.cpp" line="151"/>
        <source>Could not open the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/history/historystore.cpp" line="154"/>
        <source>Could not update the history database %1 to the current layout: %2</source>
        <translation>Die Verlaufsdatenbank %1 konnte nicht auf den aktuellen Aufbau gebracht werden: %2</translation>
    </message>
    <message>
        <location filename="../src/history/historystore.cpp" line="157"/>
        <source>Could not read the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/history/historystore.cpp" line="160"/>
        <source>Could not write to the history database %1: %2</source>
        <translation>In die Verlaufsdatenbank %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/history/historystore.cpp" line="169"/>
        <source>it is not open</source>
        <translation>sie ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../src/history/historystore.cpp" line="170"/>
        <source>it was written by a newer version of Loopview (schema %1)</source>
        <translation>sie wurde von einer neueren Loopview-Version geschrieben (Schema %1)</translation>
    </message>
    <message>
        <location filename="../src/history/historystore.cpp" line="179"/>
        <source>its folder cannot be created</source>
        <translation>ihr Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/history/historystore.cpp" line="181"/>
        <source>it is not a regular file</source>
        <translation>sie ist keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../src/history/historystore.cpp" line="370"/>
        <source>snapshot %1 has an amount that is not a whole number (token %2)</source>
        <translation>Momentaufnahme %1 enthält einen Betrag, der keine ganze Zahl ist (Token %2)</translation>
    </message>
</context>
<context>
    <name>loopview::KeyStore</name>
    <message>
        <location filename="../src/secrets/qtkeychainbackend.cpp" line="97"/>
        <source>No API key is stored for this bookmark</source>
        <translation>Für dieses Lesezeichen ist kein API-Schlüssel gespeichert</translation>
    </message>
</context>
<context>
    <name>loopview::KeychainKeyStore</name>
    <message>
        <location filename="../src/secrets/keychainkeystore.cpp" line="29"/>
        <source>No system keyring available: keys are kept in memory for this session only</source>
        <translation>Kein System-Schlüsselbund verfügbar: Schlüssel werden nur für diese Sitzung im Speicher gehalten</translation>
    </message>
    <message>
        <location filename="../src/secrets/keychainkeystore.cpp" line="95"/>
        <source>The system keyring did not answer within %1 s</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>Der System-Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
</context>
<context>
    <name>loopview::KeyringPluginLoader</name>
    <message>
        <location filename="../src/secrets/keyringpluginloader.cpp" line="49"/>
        <source>the keyring plugin %1 is missing</source>
        <translation>das Schlüsselbund-Plugin %1 fehlt</translation>
    </message>
    <message>
        <location filename="../src/secrets/keyringpluginloader.cpp" line="56"/>
        <source>the keyring plugin %1 could not be loaded: %2</source>
        <extracomment>%2 is the system&apos;s reason (from the dynamic loader)</extracomment>
        <translation>das Schlüsselbund-Plugin %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/secrets/keyringpluginloader.cpp" line="62"/>
        <source>%1 is not a keyring plugin of this version of Loopview</source>
        <translation>%1 ist kein Schlüsselbund-Plugin dieser Loopview-Version</translation>
    </message>
</context>
<context>
    <name>loopview::LoopringClient</name>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="51"/>
        <source>The service refused the request (HTTP %1, code %2: %3)</source>
        <translation>Der Dienst hat die Anfrage abgelehnt (HTTP %1, Code %2: %3)</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="88"/>
        <source>Could not connect to %1: connection refused</source>
        <translation>Keine Verbindung zu %1 möglich: Verbindung abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="91"/>
        <source>Could not find the host %1 (name lookup failed)</source>
        <translation>Der Host %1 wurde nicht gefunden (Namensauflösung fehlgeschlagen)</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="94"/>
        <source>Could not connect to %1: the connection timed out</source>
        <translation>Keine Verbindung zu %1 möglich: Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="98"/>
        <source>%1 closed the connection before the answer was complete</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="101"/>
        <source>Could not set up a secure connection to %1: %2</source>
        <translation>Keine sichere Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="106"/>
        <source>The network is not available: %1</source>
        <translation>Das Netzwerk ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="109"/>
        <source>%1 redirected the request too many times</source>
        <translation>%1 hat die Anfrage zu oft umgeleitet</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="112"/>
        <source>Refused an insecure redirect from %1 to plain http</source>
        <translation>Unsichere Umleitung von %1 auf unverschlüsseltes http abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="120"/>
        <source>Could not reach %1 through the proxy: %2</source>
        <translation>%1 ist über den Proxy nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="124"/>
        <source>Network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1: %2</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="138"/>
        <source>Service error (%1)</source>
        <translation>Dienstfehler (%1)</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="141"/>
        <source>The service is limiting requests (%1); try again in a moment</source>
        <translation>Der Dienst drosselt die Anfragen (%1); versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="144"/>
        <source>The service refused the request (%1)</source>
        <translation>Der Dienst hat die Anfrage abgelehnt (%1)</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="145"/>
        <source>Unexpected answer from the service (%1)</source>
        <translation>Unerwartete Antwort vom Dienst (%1)</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="153"/>
        <source>The service answered with a web page instead of data (is a proxy or login page in the way?)</source>
        <translation>Der Dienst hat mit einer Webseite statt mit Daten geantwortet (steht ein Proxy oder eine Anmeldeseite dazwischen?)</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="161"/>
        <source>The service did not answer within %1</source>
        <translation>Der Dienst hat nicht innerhalb von %1 geantwortet</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="169"/>
        <source>The response was larger than %1 and was not read</source>
        <translation>Die Antwort war größer als %1 und wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="177"/>
        <source>Too many redirects: %1 redirected the request more than %2 times, always to itself (a redirect loop?)</source>
        <extracomment>%2 is at least 2, a small number of redirects (5).</extracomment>
        <translation>Zu viele Umleitungen: %1 hat die Anfrage mehr als %2-mal umgeleitet, immer auf sich selbst (eine Umleitungsschleife?)</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="185"/>
        <source>The response was sent compressed (%1, %2) and grew past %3 when unpacked; it was not read</source>
        <translation>Die Antwort wurde komprimiert gesendet (%1, %2) und wuchs beim Entpacken über %3; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="195"/>
        <source>The response was sent compressed (%1) but the compressed data ends early</source>
        <translation>Die Antwort wurde komprimiert gesendet (%1), aber die komprimierten Daten enden vorzeitig</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="199"/>
        <source>The response was sent compressed (%1) but could not be unpacked: %2</source>
        <translation>Die Antwort wurde komprimiert gesendet (%1), konnte aber nicht entpackt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="206"/>
        <source>The response came in an encoding Loopview did not ask for (%1)</source>
        <translation>Die Antwort kam in einer Kodierung, die Loopview nicht angefordert hat (%1)</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="213"/>
        <source>Refused a redirect to another origin (%1): the API key is only sent to %2</source>
        <translation>Umleitung zu einem anderen Ursprung (%1) abgelehnt: Der API-Schlüssel wird nur an %2 gesendet</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="215"/>
        <source>Refused a redirect to another origin (%1): Loopview only talks to %2</source>
        <translation>Umleitung zu einem anderen Ursprung (%1) abgelehnt: Loopview kommuniziert nur mit %2</translation>
    </message>
    <message>
        <location filename="../src/net/requestpolicy.cpp" line="88"/>
        <location filename="../src/net/requestpolicy.cpp" line="90"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/net/requestpolicy.cpp" line="99"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../src/net/requestpolicy.cpp" line="101"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../src/net/requestpolicy.cpp" line="102"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../src/net/httpexchange.cpp" line="155"/>
        <source>Rate limited (HTTP 429)</source>
        <translation>Anfragen gedrosselt (HTTP 429)</translation>
    </message>
    <message>
        <location filename="../src/net/httpexchange.cpp" line="161"/>
        <source>Service briefly unavailable (HTTP %1)</source>
        <translation>Dienst kurzzeitig nicht verfügbar (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../src/net/loopringclient.cpp" line="110"/>
        <source>An API key is required to read balances</source>
        <translation>Zum Lesen der Salden ist ein API-Schlüssel erforderlich</translation>
    </message>
    <message>
        <location filename="../src/net/loopringclient.cpp" line="54"/>
        <source>The API key contains spaces or characters that cannot be sent</source>
        <translation>Der API-Schlüssel enthält Leerzeichen oder Zeichen, die nicht gesendet werden können</translation>
    </message>
    <message>
        <location filename="../src/net/loopringclient.cpp" line="137"/>
        <source>An API key is required to read NFTs</source>
        <translation>Zum Lesen der NFTs ist ein API-Schlüssel erforderlich</translation>
    </message>
    <message>
        <location filename="../src/net/loopringclient.cpp" line="195"/>
        <source>The demo has prices in USD and CNY only, not in %1</source>
        <translation>Die Demo hat Preise nur in USD und CNY, nicht in %1</translation>
    </message>
</context>
<context>
    <name>loopview::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="86"/>
        <source>Try &amp;Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="87"/>
        <source>&amp;Leave Demo</source>
        <translation>Demo &amp;verlassen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="94"/>
        <source>Demo data notice</source>
        <translation>Hinweis zu Demodaten</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="99"/>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="126"/>
        <source>NFT&amp;s</source>
        <translation>N&amp;FTs</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="214"/>
        <source>Hide the API key</source>
        <translation>API-Schlüssel verbergen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="214"/>
        <source>Show the API key in clear text</source>
        <translation>API-Schlüssel im Klartext anzeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="291"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="295"/>
        <location filename="../src/gui/mainwindow.cpp" line="867"/>
        <source>Shown account</source>
        <translation>Angezeigtes Konto</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="305"/>
        <source>Total value</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="311"/>
        <source>Request in progress</source>
        <translation>Anfrage läuft</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="347"/>
        <source>About Loopview</source>
        <translation>Über Loopview</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="348"/>
        <source>&lt;h3&gt;Loopview %1&lt;/h3&gt;&lt;p&gt;A read-only desktop viewer for Loopring layer-2 balances.&lt;/p&gt;&lt;p&gt;Amounts are shown exactly as the service reports them, never rounded. Your API key is sent only to the selected service and is never written to disk by this window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Loopview %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Betrachter für Loopring-Layer-2-Salden, der nur liest.&lt;/p&gt;&lt;p&gt;Beträge werden genau so angezeigt, wie der Dienst sie meldet, niemals gerundet. Ihr API-Schlüssel wird nur an den ausgewählten Dienst gesendet und von diesem Fenster nie auf die Festplatte geschrieben.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="356"/>
        <source>Send the request again</source>
        <translation>Anfrage erneut senden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="358"/>
        <source>Clear the demo data and go back to the empty form</source>
        <translation>Demodaten entfernen und zum leeren Formular zurückkehren</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="595"/>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="643"/>
        <source>These balances were recorded %1. Enter the API key and press Fetch to refresh.</source>
        <translation>Diese Salden wurden %1 aufgezeichnet. Geben Sie den API-Schlüssel ein und klicken Sie auf Abrufen, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="662"/>
        <source>The history could not be read, so no changes are shown: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden, daher werden keine Änderungen gezeigt: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="119"/>
        <source>The balances could not be recorded in the history: %1</source>
        <translation>Die Salden konnten nicht im Verlauf gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="836"/>
        <source>Prices from %1, in %2, updated %3. Tokens without a price are left out of the total.</source>
        <extracomment>%1 is where the prices came from, %2 the currency, %3 how old they are (&quot;3 min ago&quot;)</extracomment>
        <translation>Preise von %1, in %2, aktualisiert %3. Token ohne Preis zählen nicht zur Summe.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="837"/>
        <source>the bundled demo data</source>
        <translation>den mitgelieferten Demodaten</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="842"/>
        <source>No %1 prices</source>
        <translation>Keine %1-Preise</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="862"/>
        <source>%1 — Loopview</source>
        <extracomment>The window title: whose balances are shown, then the application name</extracomment>
        <translation>%1 — Loopview</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="884"/>
        <source>The window opened on the balances recorded in the history at the last fetch</source>
        <translation>Das Fenster zeigt beim Start die Salden, die beim letzten Abruf im Verlauf aufgezeichnet wurden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="887"/>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="888"/>
        <source>The last refresh failed; the table shows the last data that arrived</source>
        <translation>Die letzte Aktualisierung ist fehlgeschlagen; die Tabelle zeigt die zuletzt empfangenen Daten</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="889"/>
        <source>Data is stale</source>
        <translation>Daten sind veraltet</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="895"/>
        <source>Balances table</source>
        <translation>Saldentabelle</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="897"/>
        <location filename="../src/gui/mainwindow.cpp" line="905"/>
        <source>Balances table: %1</source>
        <translation>Saldentabelle: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="900"/>
        <source>Balances table: %1, %2</source>
        <extracomment>%1 is &quot;Balances of account 20533 on host&quot;, %2 &quot;Last fetched … — not refreshed yet&quot;</extracomment>
        <translation>Saldentabelle: %1, %2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="903"/>
        <source>Balances table: %1, stale</source>
        <extracomment>%1 is &quot;Balances of account 20533 on host&quot;</extracomment>
        <translation>Saldentabelle: %1, veraltet</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="156"/>
        <source>The API key could not be remembered: %1</source>
        <translation>Der API-Schlüssel konnte nicht gemerkt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="159"/>
        <source>The remembered API key could not be removed: %1</source>
        <translation>Der gemerkte API-Schlüssel konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="741"/>
        <source>Request cancelled.</source>
        <translation>Anfrage abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="765"/>
        <source>Demo account %1</source>
        <translation>Demokonto %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="769"/>
        <source>Demo data: these are sample balances bundled with Loopview, not a real account. Enter an account and API key and press Fetch to see your own.</source>
        <translation>Demodaten: Dies sind mitgelieferte Beispielsalden, kein echtes Konto. Geben Sie ein Konto und einen API-Schlüssel ein und klicken Sie auf Abrufen, um Ihre eigenen zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="790"/>
        <source>Press Esc to cancel.</source>
        <translation>Esc drücken zum Abbrechen.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="792"/>
        <source>No balances</source>
        <translation>Keine Salden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="793"/>
        <source>The service reports no token balances for account %1.</source>
        <translation>Der Dienst meldet für Konto %1 keine Token-Salden.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="796"/>
        <source>Welcome to Loopview</source>
        <translation>Willkommen bei Loopview</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="797"/>
        <source>Enter a Loopring account ID or L1 address and your API key, then press Fetch. Or look around with sample data first.</source>
        <translation>Geben Sie eine Loopring-Konto-ID oder L1-Adresse und Ihren API-Schlüssel ein und klicken Sie auf Abrufen. Oder sehen Sie sich zuerst Beispieldaten an.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="801"/>
        <source>No balances shown</source>
        <translation>Keine Salden angezeigt</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="802"/>
        <source>Enter a Loopring account ID or L1 address and your API key, then press Fetch.</source>
        <translation>Geben Sie eine Loopring-Konto-ID oder L1-Adresse und Ihren API-Schlüssel ein und klicken Sie auf Abrufen.</translation>
    </message>
</context>
<context>
    <name>loopview::MemoryKeyStore</name>
    <message>
        <location filename="../src/secrets/memorykeystore.cpp" line="18"/>
        <source>No API key is stored for this bookmark</source>
        <translation>Für dieses Lesezeichen ist kein API-Schlüssel gespeichert</translation>
    </message>
</context>
<context>
    <name>loopview::MessageBar</name>
    <message>
        <location filename="../src/gui/messagebar.cpp" line="72"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <location filename="../src/gui/messagebar.cpp" line="73"/>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location filename="../src/gui/messagebar.cpp" line="83"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>loopview::NftId</name>
    <message>
        <location filename="../src/core/nft.cpp" line="41"/>
        <source>NFT id is empty</source>
        <translation>NFT-ID ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/nft.cpp" line="44"/>
        <source>NFT id must be hexadecimal and start with 0x</source>
        <translation>NFT-ID muss hexadezimal sein und mit 0x beginnen</translation>
    </message>
    <message>
        <location filename="../src/core/nft.cpp" line="48"/>
        <source>NFT id has no hex digits after 0x</source>
        <translation>NFT-ID hat nach 0x keine Hexadezimalziffern</translation>
    </message>
    <message>
        <location filename="../src/core/nft.cpp" line="54"/>
        <source>NFT id contains &apos;%1&apos; at position %2, which is not a hex digit (0-9, a-f)</source>
        <translation>NFT-ID enthält an Position %2 „%1“, das keine Hexadezimalziffer ist (0-9, a-f)</translation>
    </message>
    <message>
        <location filename="../src/core/nft.cpp" line="65"/>
        <source>NFT id has %1 significant hex digits, more than the 64 of a 256-bit number</source>
        <extracomment>%1 is a number of hex digits, more than 64.</extracomment>
        <translation>NFT-ID hat %1 signifikante Hexadezimalziffern, mehr als die 64 einer 256-Bit-Zahl</translation>
    </message>
</context>
<context>
    <name>loopview::NftPaging</name>
    <message>
        <location filename="../src/core/nftpaging.cpp" line="41"/>
        <source>NFT page at offset %1: %2</source>
        <extracomment>%1 is the offset of a page of NFTs (0, 50, 100, …), %2 what is wrong with it.</extracomment>
        <translation>NFT-Seite bei Offset %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/nftpaging.cpp" line="61"/>
        <source>no more NFTs were asked for</source>
        <translation>es wurden keine weiteren NFTs angefordert</translation>
    </message>
    <message>
        <location filename="../src/core/nftpaging.cpp" line="66"/>
        <source>the service now counts %1 NFTs, but counted %2 on the first page; the account&apos;s NFTs changed while they were read, fetch them again</source>
        <translation>der Dienst zählt jetzt %1 NFTs, auf der ersten Seite aber %2; die NFTs des Kontos haben sich beim Lesen geändert, rufen Sie sie erneut ab</translation>
    </message>
    <message>
        <location filename="../src/core/nftpaging.cpp" line="74"/>
        <source>the page has %1 NFTs, more than the %2 asked for</source>
        <translation>die Seite hat %1 NFTs, mehr als die %2 angeforderten</translation>
    </message>
    <message>
        <location filename="../src/core/nftpaging.cpp" line="79"/>
        <source>the page is empty, but the service counts %1 NFTs and %2 arrived so far</source>
        <translation>die Seite ist leer, aber der Dienst zählt %1 NFTs und bisher kamen %2 an</translation>
    </message>
    <message>
        <location filename="../src/core/nftpaging.cpp" line="85"/>
        <source>the page brings the list to %1 NFTs, but the service counts %2</source>
        <translation>mit der Seite umfasst die Liste %1 NFTs, aber der Dienst zählt %2</translation>
    </message>
    <message>
        <location filename="../src/core/nftpaging.cpp" line="100"/>
        <source>token id %1 was already listed at offset %2; the account&apos;s NFTs changed while they were read, fetch them again</source>
        <translation>Token-ID %1 war bereits bei Offset %2 aufgeführt; die NFTs des Kontos haben sich beim Lesen geändert, rufen Sie sie erneut ab</translation>
    </message>
</context>
<context>
    <name>loopview::NftPanel</name>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="60"/>
        <source>Filter by collection, name, NFT ID or token ID</source>
        <translation>Nach Sammlung, Name, NFT-ID oder Token-ID filtern</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="61"/>
        <source>Filter NFTs</source>
        <translation>NFTs filtern</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="62"/>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="66"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="93"/>
        <location filename="../src/gui/nft/nftpanel.cpp" line="287"/>
        <source>NFTs</source>
        <translation>NFTs</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="119"/>
        <source>NFT pages loaded</source>
        <translation>Geladene NFT-Seiten</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="121"/>
        <location filename="../src/gui/nft/nftpanel.cpp" line="231"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="165"/>
        <source>Loading the NFTs was cancelled.</source>
        <translation>Das Laden der NFTs wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="205"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="208"/>
        <source>Copy the selected cells with exact values and full NFT IDs</source>
        <translation>Ausgewählte Zellen mit exakten Werten und vollständigen NFT-IDs kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="212"/>
        <source>Copy as CS&amp;V</source>
        <translation>Als CS&amp;V kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="213"/>
        <source>Copy the selected cells as CSV with a header row, exact values and full NFT IDs</source>
        <translation>Ausgewählte Zellen als CSV mit Kopfzeile, exakten Werten und vollständigen NFT-IDs kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="217"/>
        <source>Copy NFT &amp;ID</source>
        <translation>NFT-&amp;ID kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="218"/>
        <source>Copy the full 256-bit ID of the NFT in the current row</source>
        <translation>Vollständige 256-Bit-ID des NFTs in der aktuellen Zeile kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="222"/>
        <source>Export as C&amp;SV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="224"/>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="281"/>
        <source>%1: the last refresh failed; these are the last NFTs that arrived</source>
        <extracomment>%1 is &quot;NFTs of account 20533 on host&quot;</extracomment>
        <translation>%1: Die letzte Aktualisierung ist fehlgeschlagen; angezeigt werden die zuletzt empfangenen NFTs</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="289"/>
        <location filename="../src/gui/nft/nftpanel.cpp" line="291"/>
        <source>NFTs table: %1</source>
        <translation>NFT-Tabelle: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="328"/>
        <source>Press Esc to cancel.</source>
        <translation>Esc drücken zum Abbrechen.</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="330"/>
        <source>No NFTs</source>
        <translation>Keine NFTs</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="331"/>
        <source>The service reports no NFTs for account %1.</source>
        <translation>Der Dienst meldet keine NFTs für Konto %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="333"/>
        <source>No NFTs shown</source>
        <translation>Keine NFTs angezeigt</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="334"/>
        <source>Fetch an account to see the NFTs it holds on Loopring.</source>
        <translation>Rufen Sie ein Konto ab, um seine NFTs auf Loopring zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="460"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="460"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="461"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="462"/>
        <source>Export NFTs</source>
        <translation>NFTs exportieren</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="490"/>
        <source>The NFTs were not exported to “%1”: %2. An earlier file of that name, if any, is unchanged.</source>
        <translation>Die NFTs wurden nicht nach „%1“ exportiert: %2. Eine frühere Datei dieses Namens bleibt, falls vorhanden, unverändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/nft/nftpanel.cpp" line="498"/>
        <source>Exported %n NFT(s) to “%1”.</source>
        <extracomment>%n is the number of NFTs written, %1 the file.</extracomment>
        <translation>
            <numerusform>%n NFT nach „%1“ exportiert.</numerusform>
            <numerusform>%n NFTs nach „%1“ exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview::NftSession</name>
    <message>
        <location filename="../src/gui/nft/nftsession.cpp" line="60"/>
        <source>Loading NFTs…</source>
        <translation>NFTs werden geladen…</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftsession.cpp" line="62"/>
        <source>Loading NFTs: page %1 of %2…</source>
        <extracomment>%1 pages of an NFT list received so far, %2 the pages the whole list takes.</extracomment>
        <translation>NFTs werden geladen: Seite %1 von %2…</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftsession.cpp" line="208"/>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftsession.cpp" line="212"/>
        <source>No NFTs shown: %1 could not be fetched</source>
        <translation>Keine NFTs angezeigt: %1 konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftsession.cpp" line="235"/>
        <source>NFTs of %1</source>
        <extracomment>%1 is an account on a service: &quot;account 20533 on api3.loopring.io&quot;</extracomment>
        <translation>NFTs von %1</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftsession.cpp" line="203"/>
        <source>Showing NFTs from %1 — the last refresh failed</source>
        <translation>NFTs von %1 – die letzte Aktualisierung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftsession.cpp" line="206"/>
        <source>NFTs shown: %1 of %2</source>
        <translation>Angezeigte NFTs: %1 von %2</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftsession.cpp" line="214"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftsession.cpp" line="223"/>
        <source>NFTs of account %1 (ID %2), fetched %3 from %4</source>
        <translation>NFTs von Konto %1 (ID %2), abgerufen am %3 aus %4</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftsession.cpp" line="227"/>
        <source>the bundled demo data</source>
        <translation>den mitgelieferten Demodaten</translation>
    </message>
</context>
<context>
    <name>loopview::NftTable</name>
    <message>
        <location filename="../src/core/nftexport.cpp" line="175"/>
        <source>No NFTs.</source>
        <translation>Keine NFTs.</translation>
    </message>
    <message>
        <location filename="../src/core/nftexport.cpp" line="179"/>
        <source>TOKEN ID</source>
        <extracomment>Column headers of the NFT table printed by loopview-cli.</extracomment>
        <translation>TOKEN-ID</translation>
    </message>
    <message>
        <location filename="../src/core/nftexport.cpp" line="179"/>
        <source>COLLECTION</source>
        <translation>SAMMLUNG</translation>
    </message>
    <message>
        <location filename="../src/core/nftexport.cpp" line="179"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../src/core/nftexport.cpp" line="180"/>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location filename="../src/core/nftexport.cpp" line="180"/>
        <source>NFT ID</source>
        <translation>NFT-ID</translation>
    </message>
    <message>
        <location filename="../src/core/nftexport.cpp" line="180"/>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <location filename="../src/core/nftexport.cpp" line="180"/>
        <source>LOCKED</source>
        <translation>GESPERRT</translation>
    </message>
    <message>
        <location filename="../src/core/nftexport.cpp" line="181"/>
        <source>AVAILABLE</source>
        <translation>VERFÜGBAR</translation>
    </message>
    <message>
        <location filename="../src/core/nftexport.cpp" line="181"/>
        <source>PENDING DEPOSIT</source>
        <translation>AUSST. EINZAHLUNG</translation>
    </message>
    <message>
        <location filename="../src/core/nftexport.cpp" line="181"/>
        <source>PENDING WITHDRAW</source>
        <translation>AUSST. AUSZAHLUNG</translation>
    </message>
</context>
<context>
    <name>loopview::NftTableModel</name>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="121"/>
        <source>No collection</source>
        <translation>Keine Sammlung</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="122"/>
        <source>No name</source>
        <translation>Kein Name</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="213"/>
        <source>The service gave no collection for this NFT.
Contract: %1</source>
        <translation>Der Dienst hat für dieses NFT keine Sammlung angegeben.
Vertrag: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="214"/>
        <source>Contract: %1</source>
        <translation>Vertrag: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="217"/>
        <source>The service gave no name for this NFT.</source>
        <translation>Der Dienst hat für dieses NFT keinen Namen angegeben.</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="223"/>
        <source>NFT ID %1</source>
        <extracomment>%1 is the full 256-bit NFT id, &quot;0x&quot; followed by 64 hex digits.</extracomment>
        <translation>NFT-ID %1</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="226"/>
        <source>ERC-721: a unique token; the account holds it or not</source>
        <translation>ERC-721: ein einzigartiger Token; das Konto besitzt ihn oder nicht</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="228"/>
        <source>ERC-1155: several copies of one token can be held</source>
        <translation>ERC-1155: von einem Token können mehrere Exemplare gehalten werden</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="232"/>
        <source>The service reports more locked than total. Shown exactly as reported.</source>
        <translation>Der Dienst meldet mehr gesperrt als insgesamt vorhanden. Genau so angezeigt, wie gemeldet.</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="235"/>
        <source>Pending deposit: not yet credited on L2</source>
        <translation>Ausstehende Einzahlung: noch nicht auf L2 gutgeschrieben</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="237"/>
        <source>Pending withdrawal: not yet arrived on L1</source>
        <translation>Ausstehende Auszahlung: noch nicht auf L1 angekommen</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="239"/>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="332"/>
        <source>The NFT&apos;s token slot in this Loopring account</source>
        <translation>Der Token-Platz des NFTs in diesem Loopring-Konto</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="309"/>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="310"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="311"/>
        <source>NFT ID</source>
        <translation>NFT-ID</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="312"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="313"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="314"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="315"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="316"/>
        <source>Pending deposit</source>
        <translation>Ausst. Einzahlung</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="317"/>
        <source>Pending withdrawal</source>
        <translation>Ausst. Auszahlung</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="318"/>
        <source>Token ID</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="323"/>
        <source>The collection the NFT belongs to, as the service names it</source>
        <translation>Die Sammlung, zu der das NFT gehört, wie der Dienst sie nennt</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="324"/>
        <source>The NFT&apos;s name from its metadata; hover a cell for its description</source>
        <translation>Der Name des NFTs aus seinen Metadaten; die Beschreibung erscheint beim Überfahren einer Zelle</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="325"/>
        <source>The NFT&apos;s 256-bit ID on L1, shortened; hover or copy for the full ID</source>
        <translation>Die 256-Bit-ID des NFTs auf L1, gekürzt; vollständig beim Überfahren oder Kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="326"/>
        <source>ERC-721 (unique) or ERC-1155 (several copies)</source>
        <translation>ERC-721 (einzigartig) oder ERC-1155 (mehrere Exemplare)</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="327"/>
        <source>How many of this NFT the account holds on L2</source>
        <translation>Wie viele Exemplare dieses NFTs das Konto auf L2 hält</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="328"/>
        <source>Part of the total reserved by open orders or pending withdrawals</source>
        <translation>Teil des Gesamtbetrags, der durch offene Aufträge oder ausstehende Auszahlungen reserviert ist</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="329"/>
        <source>Total minus locked: what the account can use now</source>
        <translation>Gesamt minus gesperrt: was das Konto jetzt nutzen kann</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="330"/>
        <source>Deposits from L1 not yet credited on L2</source>
        <translation>Einzahlungen von L1, die noch nicht auf L2 gutgeschrieben sind</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="331"/>
        <source>Withdrawals not yet arrived on L1</source>
        <translation>Auszahlungen, die noch nicht auf L1 angekommen sind</translation>
    </message>
</context>
<context>
    <name>loopview::OutputFile</name>
    <message>
        <location filename="../src/core/outputfile.cpp" line="49"/>
        <source>no file name was given</source>
        <translation>es wurde kein Dateiname angegeben</translation>
    </message>
    <message>
        <location filename="../src/core/outputfile.cpp" line="64"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location filename="../src/core/outputfile.cpp" line="66"/>
        <source>it is a block device; only files, FIFOs and character devices are written</source>
        <translation>es ist ein Blockgerät; geschrieben werden nur Dateien, FIFOs und zeichenorientierte Geräte</translation>
    </message>
    <message>
        <location filename="../src/core/outputfile.cpp" line="67"/>
        <source>it is not a file, a FIFO or a character device</source>
        <translation>es ist weder eine Datei noch ein FIFO oder ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <location filename="../src/core/outputfile.cpp" line="97"/>
        <source>it is a FIFO that no program is reading</source>
        <translation>es ist ein FIFO, aus dem kein Programm liest</translation>
    </message>
    <message>
        <location filename="../src/core/outputfile.cpp" line="103"/>
        <source>it changed while it was being opened</source>
        <translation>es hat sich beim Öffnen geändert</translation>
    </message>
    <message>
        <location filename="../src/core/outputfile.cpp" line="146"/>
        <source>it was not opened</source>
        <translation>es wurde nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../src/core/outputfile.cpp" line="185"/>
        <source>not every byte could be written (is the disk full?)</source>
        <translation>nicht alle Bytes konnten geschrieben werden (ist der Datenträger voll?)</translation>
    </message>
</context>
<context>
    <name>loopview::PortfolioModel</name>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="111"/>
        <source>too large to compute</source>
        <translation>zu groß zum Berechnen</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="113"/>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="126"/>
        <source>%1 %2</source>
        <extracomment>An amount of money: %1 is the amount (&quot;1,234.50&quot;), %2 the currency code (&quot;USD&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="117"/>
        <source>Total value on %1: %2</source>
        <translation>Gesamtwert bei %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="121"/>
        <source>(excl. %n tokens without a price)</source>
        <translation>
            <numerusform>(%n Token ohne Preis nicht eingerechnet)</numerusform>
            <numerusform>(%n Token ohne Preis nicht eingerechnet)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="129"/>
        <source>Per account: %1</source>
        <extracomment>Followed by each account&apos;s total value, separated by &quot; · &quot;</extracomment>
        <translation>Je Konto: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="153"/>
        <source>No %1 price for this token: it is left out of the totals.</source>
        <translation>Kein %1-Preis für diesen Token: Er zählt nicht zu den Summen.</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="274"/>
        <source>overflow</source>
        <extracomment>Shown instead of a sum that exceeds 2^256 − 1 (bad data from the service)</extracomment>
        <translation>Überlauf</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="276"/>
        <source>The sum exceeds the largest possible token amount; the service&apos;s data cannot be right. See the accounts below for the individual amounts.</source>
        <translation>Die Summe übersteigt den größtmöglichen Token-Betrag; die Daten des Dienstes können nicht stimmen. Die einzelnen Beträge stehen bei den Konten darunter.</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="304"/>
        <source>%1 (token %2)</source>
        <translation>%1 (Token %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="305"/>
        <source>Unknown token %1: amounts in base units</source>
        <translation>Unbekannter Token %1: Beträge in Basiseinheiten</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="358"/>
        <source>Token / account</source>
        <translation>Token / Konto</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="360"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="362"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="364"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="366"/>
        <source>Pending deposit</source>
        <translation>Ausst. Einzahlung</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="368"/>
        <source>Pending withdrawal</source>
        <translation>Ausst. Auszahlung</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="370"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="376"/>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="380"/>
        <source>Value</source>
        <extracomment>Column header; %1 is a currency code (&quot;USD&quot;)</extracomment>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="380"/>
        <source>Value (%1)</source>
        <translation>Wert (%1)</translation>
    </message>
</context>
<context>
    <name>loopview::PortfolioWindow</name>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="45"/>
        <source>&amp;Refresh all</source>
        <translation>Alle akt&amp;ualisieren</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="46"/>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="51"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="69"/>
        <source>The token list of %1 could not be loaded: amounts of that service are shown in base units with token ids</source>
        <translation>Die Tokenliste von %1 konnte nicht geladen werden: Beträge dieses Dienstes werden in Basiseinheiten mit Token-IDs angezeigt</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="75"/>
        <source>Refresh all bookmarks</source>
        <translation>Alle Lesezeichen aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="77"/>
        <source>Cancel the refresh</source>
        <translation>Aktualisierung abbrechen</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="78"/>
        <source>Refresh progress</source>
        <translation>Fortschritt der Aktualisierung</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="81"/>
        <source>Refresh summary</source>
        <translation>Zusammenfassung der Aktualisierung</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="83"/>
        <source>Portfolio value</source>
        <translation>Wert des Portfolios</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="89"/>
        <source>The prices of %1 could not be loaded, so its values are empty: %2</source>
        <translation>Die Preise von %1 konnten nicht geladen werden, daher bleiben seine Werte leer: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="97"/>
        <source>Status of each bookmark</source>
        <translation>Status der einzelnen Lesezeichen</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="98"/>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="98"/>
        <source>NFTs</source>
        <translation>NFTs</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="99"/>
        <source>How many NFTs each account holds</source>
        <translation>Wie viele NFTs jedes Konto hält</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="106"/>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="331"/>
        <source>Portfolio totals per token</source>
        <translation>Portfolio-Summen je Token</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="149"/>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="297"/>
        <source>No bookmarks yet: add one to see a portfolio.</source>
        <translation>Noch keine Lesezeichen: Fügen Sie eines hinzu, um ein Portfolio zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="166"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="168"/>
        <source>Fetching…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="170"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="172"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="180"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="184"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="213"/>
        <source>NFTs held by this account: %1</source>
        <translation>NFTs dieses Kontos: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="220"/>
        <source>The NFTs could not be counted: %1</source>
        <translation>Die NFTs konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="267"/>
        <source>Some sums exceed the largest possible token amount: the service&apos;s data cannot be right for those tokens.</source>
        <translation>Einige Summen übersteigen den größtmöglichen Token-Betrag: Die Daten des Dienstes können für diese Token nicht stimmen.</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="300"/>
        <source>Partial totals: %1 of %2 accounts fetched so far</source>
        <extracomment>%1 accounts of %2 are in the totals so far</extracomment>
        <translation>Teilsummen: bisher %1 von %2 Konten abgerufen</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="301"/>
        <source>Partial totals: %1 of %2 accounts included</source>
        <translation>Teilsummen: %1 von %2 Konten enthalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="302"/>
        <source>%n account(s) refreshed</source>
        <translation>
            <numerusform>%n Konto aktualisiert</numerusform>
            <numerusform>%n Konten aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="304"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="306"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="330"/>
        <source>Portfolio totals per token, partial</source>
        <translation>Portfolio-Summen je Token, unvollständig</translation>
    </message>
</context>
<context>
    <name>loopview::PreferencesAction</name>
    <message>
        <location filename="../src/gui/preferencesaction.cpp" line="28"/>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesaction.cpp" line="33"/>
        <source>Choose the network at start, the request timeout and the language</source>
        <translation>Netzwerk beim Start, Zeitlimit für Anfragen und Sprache wählen</translation>
    </message>
</context>
<context>
    <name>loopview::PreferencesDialog</name>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="24"/>
        <source>Custom URL…</source>
        <translation>Eigene URL…</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="24"/>
        <source>A Loopring-compatible service at a URL you type</source>
        <translation>Ein Loopring-kompatibler Dienst unter einer von Ihnen eingegebenen URL</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="26"/>
        <source>The last one used</source>
        <translation>Das zuletzt verwendete</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="32"/>
        <source> s</source>
        <extracomment>Unit after the request timeout, e.g. &quot;15 s&quot;</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="35"/>
        <source>System default</source>
        <extracomment>The language of the operating system, whichever it is</extracomment>
        <translation>Systemstandard</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/preferencesdialog.cpp" line="44"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="45"/>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="46"/>
        <source>Keep watching in the tray</source>
        <translation>Im Systembereich weiter beobachten</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="47"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>loopview::Price</name>
    <message>
        <location filename="../src/core/price.cpp" line="30"/>
        <source>&apos;%1&apos; is not a currency code; use three letters such as USD or CNY</source>
        <translation>„%1“ ist kein Währungscode; verwenden Sie drei Buchstaben wie USD oder CNY</translation>
    </message>
</context>
<context>
    <name>loopview::QueryFormController</name>
    <message>
        <location filename="../src/gui/queryformcontroller.cpp" line="38"/>
        <source>Custom URL…</source>
        <translation>Eigene URL…</translation>
    </message>
    <message>
        <location filename="../src/gui/queryformcontroller.cpp" line="38"/>
        <location filename="../src/gui/queryformcontroller.cpp" line="286"/>
        <source>A Loopring-compatible service at a URL you type</source>
        <translation>Ein Loopring-kompatibler Dienst unter einer von Ihnen eingegebenen URL</translation>
    </message>
    <message>
        <location filename="../src/gui/queryformcontroller.cpp" line="263"/>
        <source>Re&amp;member key in the system keyring</source>
        <translation>Schlüssel im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location filename="../src/gui/queryformcontroller.cpp" line="264"/>
        <source>Remember API key in the system keyring</source>
        <translation>API-Schlüssel im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <location filename="../src/gui/queryformcontroller.cpp" line="265"/>
        <source>After a successful fetch the key is stored in the system keyring for this service and account, and filled in next time. Untick and fetch again to remove it. It is never written to Loopview&apos;s settings.</source>
        <translation>Nach einem erfolgreichen Abruf wird der Schlüssel für diesen Dienst und dieses Konto im Schlüsselbund des Systems gespeichert und beim nächsten Mal eingetragen. Zum Entfernen das Häkchen entfernen und erneut abrufen. Er wird nie in die Einstellungen von Loopview geschrieben.</translation>
    </message>
    <message>
        <location filename="../src/gui/queryformcontroller.cpp" line="270"/>
        <source>Re&amp;member key for this session only</source>
        <extracomment>Shown when no system keyring is available (the tooltip says so); kept short for 1024 px screens</extracomment>
        <translation>Schlüssel nur für diese Sitzung &amp;merken</translation>
    </message>
    <message>
        <location filename="../src/gui/queryformcontroller.cpp" line="271"/>
        <source>Remember API key for this session</source>
        <translation>API-Schlüssel für diese Sitzung merken</translation>
    </message>
    <message>
        <location filename="../src/gui/queryformcontroller.cpp" line="272"/>
        <source>No system keyring is available, so the key is kept in memory for this service and account until Loopview quits. It is never written to disk.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher wird der Schlüssel für diesen Dienst und dieses Konto bis zum Beenden von Loopview im Speicher gehalten. Er wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <location filename="../src/gui/queryformcontroller.cpp" line="437"/>
        <source>Enter an account ID or an L1 address (0x…).</source>
        <translation>Geben Sie eine Konto-ID oder eine L1-Adresse (0x…) ein.</translation>
    </message>
    <message>
        <location filename="../src/gui/queryformcontroller.cpp" line="485"/>
        <source>Enter your API key: the service requires one to read balances.</source>
        <translation>Geben Sie Ihren API-Schlüssel ein: Der Dienst verlangt ihn zum Lesen der Salden.</translation>
    </message>
</context>
<context>
    <name>loopview::RelativeTime</name>
    <message>
        <location filename="../src/gui/relativetime.cpp" line="26"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/relativetime.cpp" line="29"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/relativetime.cpp" line="32"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/relativetime.cpp" line="36"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview::Service</name>
    <message>
        <location filename="../src/core/service.cpp" line="67"/>
        <source>Base URL must not contain a user name or password (…@ before the host): Loopview&apos;s only credential is the API key</source>
        <translation>Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten (…@ vor dem Host): Loopviews einzige Zugangsdaten sind der API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/core/service.cpp" line="128"/>
        <source>Mainnet</source>
        <translation>Mainnet</translation>
    </message>
    <message>
        <location filename="../src/core/service.cpp" line="130"/>
        <source>Test network</source>
        <translation>Testnetz</translation>
    </message>
    <message>
        <location filename="../src/core/service.cpp" line="134"/>
        <source>Custom service</source>
        <translation>Eigener Dienst</translation>
    </message>
    <message>
        <location filename="../src/core/service.cpp" line="140"/>
        <source>Base URL is empty</source>
        <translation>Basis-URL ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/service.cpp" line="142"/>
        <source>Base URL is not a valid URL: %1</source>
        <translation>Basis-URL ist keine gültige URL: %1</translation>
    </message>
    <message>
        <location filename="../src/core/service.cpp" line="146"/>
        <source>Base URL has port 0, which nothing can be reached on</source>
        <translation>Basis-URL hat Port 0, über den nichts erreichbar ist</translation>
    </message>
    <message>
        <location filename="../src/core/service.cpp" line="150"/>
        <source>Base URL must start with https:// (got &apos;%1&apos;)</source>
        <translation>Basis-URL muss mit https:// beginnen (erhalten: „%1“)</translation>
    </message>
    <message>
        <location filename="../src/core/service.cpp" line="152"/>
        <source>Base URL has no host name: &apos;%1&apos;</source>
        <translation>Basis-URL hat keinen Hostnamen: „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/service.cpp" line="155"/>
        <source>Refusing plain http:// to remote host %1: use https:// (http is allowed only for loopback)</source>
        <translation>Unverschlüsseltes http:// zum entfernten Host %1 abgelehnt: Verwenden Sie https:// (http ist nur für Loopback erlaubt)</translation>
    </message>
    <message>
        <location filename="../src/core/service.cpp" line="160"/>
        <source>Base URL must not contain a query (?…) or fragment (#…): &apos;%1&apos;</source>
        <translation>Basis-URL darf keine Abfrage (?…) und kein Fragment (#…) enthalten: „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/service.cpp" line="186"/>
        <source>Base URL has an empty port (nothing after the &apos;:&apos;): give the port number or leave the &apos;:&apos; out</source>
        <translation>Basis-URL hat einen leeren Port (nichts nach dem „:“): Geben Sie die Portnummer an oder lassen Sie den „:“ weg</translation>
    </message>
</context>
<context>
    <name>loopview::ThumbnailLoader</name>
    <message>
        <location filename="../src/gui/nft/thumbnailloader.cpp" line="48"/>
        <source>The image is not in a format Loopview shows (PNG, JPEG, GIF, WebP)</source>
        <translation>Das Bild hat kein Format, das Loopview anzeigt (PNG, JPEG, GIF, WebP)</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/thumbnailloader.cpp" line="55"/>
        <source>The image&apos;s size cannot be read</source>
        <translation>Die Größe des Bildes ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/thumbnailloader.cpp" line="58"/>
        <source>The image is %1 x %2 pixels, more than the %3 x %4 allowed</source>
        <extracomment>%1 x %2 is the image&apos;s size in pixels, %3 x %4 the largest allowed.</extracomment>
        <translation>Das Bild hat %1 x %2 Pixel, mehr als die erlaubten %3 x %4</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/thumbnailloader.cpp" line="72"/>
        <source>The image could not be decoded</source>
        <translation>Das Bild konnte nicht dekodiert werden</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/thumbnailloader.cpp" line="138"/>
        <source>Only https addresses are loaded</source>
        <translation>Nur https-Adressen werden geladen</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/thumbnailloader.cpp" line="164"/>
        <location filename="../src/gui/nft/thumbnailloader.cpp" line="176"/>
        <source>The image is larger than %1</source>
        <extracomment>%1 is a size such as &quot;2 MiB&quot;.</extracomment>
        <translation>Das Bild ist größer als %1</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/thumbnailloader.cpp" line="189"/>
        <source>The image&apos;s host redirected to an address that is not https</source>
        <translation>Der Host des Bildes hat auf eine Adresse ohne https umgeleitet</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/thumbnailloader.cpp" line="204"/>
        <source>The image&apos;s host answered HTTP %1</source>
        <translation>Der Host des Bildes antwortete mit HTTP %1</translation>
    </message>
</context>
<context>
    <name>loopview::ThumbnailUrl</name>
    <message>
        <location filename="../src/net/thumbnailurl.cpp" line="81"/>
        <source>Enter the gateway&apos;s address, such as https://ipfs.io/ipfs/</source>
        <translation>Geben Sie die Adresse des Gateways ein, etwa https://ipfs.io/ipfs/</translation>
    </message>
    <message>
        <location filename="../src/net/thumbnailurl.cpp" line="84"/>
        <source>This is not a valid web address</source>
        <translation>Dies ist keine gültige Webadresse</translation>
    </message>
    <message>
        <location filename="../src/net/thumbnailurl.cpp" line="86"/>
        <source>The gateway must use https://</source>
        <translation>Das Gateway muss https:// verwenden</translation>
    </message>
    <message>
        <location filename="../src/net/thumbnailurl.cpp" line="88"/>
        <source>The gateway&apos;s address has no host name</source>
        <translation>Die Adresse des Gateways hat keinen Hostnamen</translation>
    </message>
    <message>
        <location filename="../src/net/thumbnailurl.cpp" line="90"/>
        <source>The gateway&apos;s address cannot have a user name, a query (?) or a fragment (#)</source>
        <translation>Die Adresse des Gateways darf keinen Benutzernamen, keine Abfrage (?) und kein Fragment (#) enthalten</translation>
    </message>
</context>
<context>
    <name>loopview::TokenFilter</name>
    <message>
        <location filename="../src/core/tokenfilter.cpp" line="49"/>
        <source>Token ID %1 is out of range (0 to %2)</source>
        <translation>Token-ID %1 liegt außerhalb des gültigen Bereichs (0 bis %2)</translation>
    </message>
    <message>
        <location filename="../src/core/tokenfilter.cpp" line="67"/>
        <source>Token symbols such as &quot;%1&quot; need the token list, which is not loaded; use token IDs or try again when the service is reachable</source>
        <translation>Token-Symbole wie „%1“ benötigen die Tokenliste, die nicht geladen ist; verwenden Sie Token-IDs oder versuchen Sie es erneut, wenn der Dienst erreichbar ist</translation>
    </message>
    <message>
        <location filename="../src/core/tokenfilter.cpp" line="73"/>
        <source>Unknown token symbol &quot;%1&quot;</source>
        <translation>Unbekanntes Token-Symbol „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/tokenfilter.cpp" line="55"/>
        <source>&quot;%1&quot; is neither a token id nor a token symbol</source>
        <translation>„%1“ ist weder eine Token-ID noch ein Token-Symbol</translation>
    </message>
</context>
<context>
    <name>loopview::TokenTable</name>
    <message>
        <location filename="../src/core/tokenexport.cpp" line="57"/>
        <source>No tokens.</source>
        <translation>Keine Token.</translation>
    </message>
    <message>
        <location filename="../src/core/tokenexport.cpp" line="60"/>
        <source>ID</source>
        <extracomment>Column headers of the token table printed by loopview-cli.</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../src/core/tokenexport.cpp" line="60"/>
        <source>SYMBOL</source>
        <translation>SYMBOL</translation>
    </message>
    <message>
        <location filename="../src/core/tokenexport.cpp" line="60"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../src/core/tokenexport.cpp" line="61"/>
        <source>DECIMALS</source>
        <translation>DEZIMALSTELLEN</translation>
    </message>
    <message>
        <location filename="../src/core/tokenexport.cpp" line="61"/>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
</context>
<context>
    <name>loopview::WalletExport</name>
    <message>
        <location filename="../src/core/walletexport.cpp" line="58"/>
        <source>accountId is too large</source>
        <translation>accountId ist zu groß</translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="60"/>
        <source>accountId is not a whole number</source>
        <translation>accountId ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="65"/>
        <source>accountId is neither a number nor text</source>
        <translation>accountId ist weder eine Zahl noch Text</translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="105"/>
        <source>Wallet %1</source>
        <translation>Wallet %1</translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="106"/>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="110"/>
        <source>Imported from a wallet export (owner %1)</source>
        <translation>Aus einem Wallet-Export importiert (Eigentümer %1)</translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="120"/>
        <source>This file is not a Loopring wallet export (not a JSON object)</source>
        <translation>Diese Datei ist kein Loopring-Wallet-Export (kein JSON-Objekt)</translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="125"/>
        <source>This file is not a Loopring wallet export (no &quot;address&quot; or &quot;accountAddress&quot;)</source>
        <translation>Diese Datei ist kein Loopring-Wallet-Export (kein „address“ oder „accountAddress“)</translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="137"/>
        <source>The export&apos;s address is not valid: %1</source>
        <translation>Die Adresse im Export ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="146"/>
        <source>apiKey is not text</source>
        <translation>apiKey ist kein Text</translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="162"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="168"/>
        <source>This file is too large to be a Loopring wallet export</source>
        <translation>Diese Datei ist zu groß für einen Loopring-Wallet-Export</translation>
    </message>
</context>
<context>
    <name>loopview::WatchController</name>
    <message>
        <location filename="../src/gui/watch/watchcontroller.cpp" line="143"/>
        <source>%1 on %2</source>
        <extracomment>The watched account in a notification: &quot;&lt;account id or address&gt; on &lt;host&gt;&quot;</extracomment>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>loopview::WatchIntegration</name>
    <message>
        <location filename="../src/gui/watch/watchintegration.cpp" line="37"/>
        <source>Keep Watching?</source>
        <translation>Weiter beobachten?</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/watchintegration.cpp" line="38"/>
        <source>Loopview is watching for changes. Keep watching in the system tray after the window is closed?</source>
        <translation>Loopview beobachtet Änderungen. Nach dem Schließen des Fensters im Systembereich weiter beobachten?</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/watchintegration.cpp" line="41"/>
        <source>Keep Watching in Tray</source>
        <translation>Im Systembereich weiter beobachten</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/watchintegration.cpp" line="42"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/watchintegration.cpp" line="44"/>
        <source>Do not ask again</source>
        <translation>Nicht mehr fragen</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/watchintegration.cpp" line="63"/>
        <source>&amp;Watch for Changes</source>
        <translation>Auf Änderungen ach&amp;ten</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/watchintegration.cpp" line="83"/>
        <source>Refresh the shown account automatically and notify about its changes</source>
        <translation>Das angezeigte Konto automatisch aktualisieren und über Änderungen benachrichtigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/watch/watchintegration.cpp" line="117"/>
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>alle %n Minute</numerusform>
            <numerusform>alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/watch/watchintegration.cpp" line="129"/>
        <source>Watching %1</source>
        <extracomment>Status bar: &quot;Watching every 5 minutes&quot;</extracomment>
        <translation>Beobachtung %1</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/watchintegration.cpp" line="132"/>
        <source>Watch paused: offline</source>
        <translation>Beobachtung pausiert: offline</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/watchintegration.cpp" line="195"/>
        <source>&amp;Show Loopview</source>
        <translation>Loopview &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/watchintegration.cpp" line="196"/>
        <source>Stop Watching and &amp;Quit</source>
        <translation>Beobachtung beenden und &amp;schließen</translation>
    </message>
</context>
<context>
    <name>loopview::WhoseData</name>
    <message>
        <location filename="../src/gui/whosedata.cpp" line="100"/>
        <source>Showing %1 while %2 loads</source>
        <extracomment>%1 is the data on screen, %2 the one being fetched; both &quot;account 20533 on host&quot;</extracomment>
        <translation>Angezeigt: %1, während %2 lädt</translation>
    </message>
    <message>
        <location filename="../src/gui/whosedata.cpp" line="102"/>
        <source>Showing %1: %2 could not be fetched</source>
        <translation>Angezeigt: %1; %2 konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <location filename="../src/gui/whosedata.cpp" line="104"/>
        <source>Showing %1: the fetch of %2 was cancelled</source>
        <translation>Angezeigt: %1; der Abruf von %2 wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>loopview::accessibleparts</name>
    <message>
        <location filename="../src/gui/accessibleparts.cpp" line="31"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../src/gui/accessibleparts.cpp" line="32"/>
        <source>Clear the field</source>
        <translation>Feld leeren</translation>
    </message>
    <message>
        <location filename="../src/gui/accessibleparts.cpp" line="41"/>
        <source>Select all cells</source>
        <translation>Alle Zellen auswählen</translation>
    </message>
</context>
<context>
    <name>loopview::json</name>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="42"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="43"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="44"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="45"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="46"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="47"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="50"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="74"/>
        <source>The response body is empty.</source>
        <translation>Der Antworttext ist leer.</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="79"/>
        <source>%1 at byte offset %2</source>
        <translation>%1 an Byte-Position %2</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="84"/>
        <source>The response is an HTML page, not JSON (%1).</source>
        <translation>Die Antwort ist eine HTML-Seite, kein JSON (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="86"/>
        <source>The response is not valid JSON: %1.</source>
        <translation>Die Antwort ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="92"/>
        <source>The response gives the key %1 twice in one object.</source>
        <translation>Die Antwort enthält den Schlüssel %1 zweimal in einem Objekt.</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="140"/>
        <source>%1: field %2 is an empty string</source>
        <translation>%1: Feld %2 ist eine leere Zeichenkette</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="158"/>
        <source>%1: field %2 should be true or false, not %3</source>
        <translation>%1: Feld %2 sollte true oder false sein, ist aber %3</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="175"/>
        <source>%1: field %2 is not a base-unit integer: %3</source>
        <translation>%1: Feld %2 ist keine ganze Zahl in Basiseinheiten: %3</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="197"/>
        <source>%1: field %2 is a number whose digits could not be read</source>
        <translation>%1: Feld %2 ist eine Zahl, deren Ziffern nicht gelesen werden konnten</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="203"/>
        <source>%1: field %2 should be a decimal string or number, not %3</source>
        <translation>%1: Feld %2 sollte eine Dezimalzeichenkette oder eine Zahl sein, ist aber %3</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="211"/>
        <source>%1: field %2 %3</source>
        <extracomment>%3 says what is wrong with the number, e.g. &quot;is negative&quot; or &quot;contains whitespace at position 1&quot;</extracomment>
        <translation>%1: Feld %2 %3</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="224"/>
        <source>%1: field %2 should be an object, not %3</source>
        <translation>%1: Feld %2 sollte ein Objekt sein, ist aber %3</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="237"/>
        <source>%1: field %2 should be an array, not %3</source>
        <translation>%1: Feld %2 sollte ein Array sein, ist aber %3</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="273"/>
        <source>%1: field %2 is missing</source>
        <translation>%1: Feld %2 fehlt</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="280"/>
        <source>%1: field %2 should be a string, not %3</source>
        <translation>%1: Feld %2 sollte eine Zeichenkette sein, ist aber %3</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="290"/>
        <source>%1: field %2 should be a number, not %3</source>
        <translation>%1: Feld %2 sollte eine Zahl sein, ist aber %3</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="297"/>
        <source>%1: field %2 is not a whole number</source>
        <translation>%1: Feld %2 ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="301"/>
        <source>%1: field %2 is out of range (%3 to %4)</source>
        <translation>%1: Feld %2 liegt außerhalb des gültigen Bereichs (%3 bis %4)</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="336"/>
        <location filename="../src/core/loopringjson.cpp" line="520"/>
        <location filename="../src/core/loopringjson.cpp" line="653"/>
        <source>%1 should be an object, not %2</source>
        <translation>%1 sollte ein Objekt sein, ist aber %2</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="371"/>
        <source>Expected a JSON array of balances.</source>
        <translation>Erwartet wurde ein JSON-Array mit Salden.</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="381"/>
        <source>balance %1</source>
        <translation>Saldo %1</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="396"/>
        <location filename="../src/core/loopringjson.cpp" line="688"/>
        <source>%1: field accountId is %2, but account %3 was asked for</source>
        <translation>%1: Feld accountId ist %2, angefragt wurde aber Konto %3</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="403"/>
        <source>%1: field accountId is %2, but balance 1 is of account %3; one request answers for one account</source>
        <translation>%1: Feld accountId ist %2, aber Saldo 1 gehört zu Konto %3; eine Anfrage antwortet für ein Konto</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="412"/>
        <source>%1: token id %2 appears more than once (also in balance %3)</source>
        <translation>%1: Token-ID %2 kommt mehrfach vor (auch in Saldo %3)</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="425"/>
        <source>Expected a JSON array of tokens.</source>
        <translation>Erwartet wurde ein JSON-Array mit Token.</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="435"/>
        <source>token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="460"/>
        <source>%1: token id %2 appears more than once</source>
        <translation>%1: Token-ID %2 kommt mehrfach vor</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="476"/>
        <source>Expected a JSON object describing an account.</source>
        <translation>Erwartet wurde ein JSON-Objekt, das ein Konto beschreibt.</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="478"/>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="489"/>
        <source>account: field owner is not an Ethereum address: %1</source>
        <translation>Konto: Feld owner ist keine Ethereum-Adresse: %1</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="500"/>
        <source>Expected a JSON object with a list of prices.</source>
        <translation>Erwartet wurde ein JSON-Objekt mit einer Preisliste.</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="504"/>
        <source>price list: field prices is missing</source>
        <translation>Preisliste: Feld prices fehlt</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="506"/>
        <source>price list: field prices should be an array, not %1</source>
        <translation>Preisliste: Feld prices sollte ein Array sein, ist aber %1</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="517"/>
        <source>price %1</source>
        <translation>Preis %1</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="539"/>
        <source>%1: symbol %2 appears more than once (also in price %3)</source>
        <translation>%1: Symbol %2 kommt mehrfach vor (auch in Preis %3)</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="635"/>
        <source>Expected a JSON object with totalNum and data (a page of NFTs).</source>
        <translation>Erwartet wurde ein JSON-Objekt mit totalNum und data (eine Seite NFTs).</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="639"/>
        <source>NFT page</source>
        <translation>NFT-Seite</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="651"/>
        <source>NFT %1</source>
        <translation>NFT %1</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="681"/>
        <source>%1: field nftId is not a 256-bit hex id: %2</source>
        <translation>%1: Feld nftId ist keine 256-Bit-Hex-ID: %2</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="696"/>
        <source>%1: token id %2 appears more than once (also in NFT %3)</source>
        <translation>%1: Token-ID %2 kommt mehrfach vor (auch in NFT %3)</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="707"/>
        <source>NFT page: field totalNum is %1, but the page alone has %2 NFTs</source>
        <translation>NFT-Seite: Feld totalNum ist %1, aber allein die Seite hat %2 NFTs</translation>
    </message>
</context>
</TS>
