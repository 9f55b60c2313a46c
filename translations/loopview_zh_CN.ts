<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BookmarkDialog</name>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="14"/>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="26"/>
        <source>The private key in this export was ignored: Loopview never stores or shows it.</source>
        <translation>已忽略此导出文件中的私钥：Loopview 从不存储或显示私钥。</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="35"/>
        <source>&amp;Label:</source>
        <translation>名称(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="45"/>
        <source>Bookmark label</source>
        <translation>书签名称</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="48"/>
        <source>e.g. Cold wallet</source>
        <translation>例如：冷钱包</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="55"/>
        <source>A&amp;ccount:</source>
        <translation>账户(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="65"/>
        <source>Account id or address</source>
        <translation>账户 ID 或地址</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="68"/>
        <source>Account id or 0x address</source>
        <translation>账户 ID 或 0x 地址</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="75"/>
        <source>&amp;Network:</source>
        <translation>网络(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="85"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="92"/>
        <source>Service &amp;URL:</source>
        <translation>服务 &amp;URL：</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="102"/>
        <source>Service URL</source>
        <translation>服务 URL</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="105"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="112"/>
        <source>&amp;Tokens:</source>
        <translation>代币(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="122"/>
        <source>Token filter</source>
        <translation>代币筛选</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="125"/>
        <source>All tokens (or e.g. ETH, LRC or 0,1)</source>
        <translation>全部代币（或例如 ETH、LRC 或 0,1）</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="132"/>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="142"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="148"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="155"/>
        <source>Optional: kept in the system keyring, never in a file</source>
        <translation>可选：保存在系统密钥环中，绝不写入文件</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="168"/>
        <source>&amp;Remove stored key</source>
        <translation>删除已存储的密钥(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="175"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="185"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/bookmarkdialog.ui" line="200"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.ui" line="14"/>
        <source>Export Balances</source>
        <translation>导出余额</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="27"/>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="33"/>
        <source>The rows the table shows, after the filter, in the table&apos;s sort order</source>
        <translation>表格当前显示的行（已筛选），按表格的排序</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="36"/>
        <source>Rows sho&amp;wn in the table</source>
        <translation>表格中显示的行(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="43"/>
        <source>Rows with at least one selected cell, in the table&apos;s sort order</source>
        <translation>至少有一个选中单元格的行，按表格的排序</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="46"/>
        <source>Sele&amp;cted rows</source>
        <translation>选中的行(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="53"/>
        <source>Every balance fetched, including rows the filter hides, in the order the service sent them</source>
        <translation>已获取的全部余额，包括被筛选隐藏的行，按服务返回的顺序</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="56"/>
        <source>&amp;All rows</source>
        <translation>全部行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="66"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="72"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="85"/>
        <source>&amp;Separator:</source>
        <translation>分隔符(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="98"/>
        <source>Microsoft Excel needs this mark to read non-ASCII symbols correctly; most other programs do not</source>
        <translation>Microsoft Excel 需要此标记才能正确读取非 ASCII 字符；其他大多数程序不需要</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="101"/>
        <source>Start with a &amp;byte-order mark (for Excel)</source>
        <translation>以字节顺序标记开头（用于 Excel）(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="111"/>
        <source>Amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="117"/>
        <source>Scaled by each token&apos;s decimals, exact to the last digit</source>
        <translation>按各代币的小数位数换算，精确到最后一位</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="120"/>
        <source>In &amp;token units (1.5)</source>
        <translation>按代币单位（1.5）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="127"/>
        <source>The integers the service reports, before scaling by decimals</source>
        <translation>服务报告的整数，未按小数位数换算</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="130"/>
        <source>In base &amp;units (1500000000000000000)</source>
        <translation>按最小单位（1500000000000000000）(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="155"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="161"/>
        <source>Columns to export</source>
        <translation>要导出的列</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="170"/>
        <source>Select A&amp;ll</source>
        <translation>全选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="180"/>
        <source>Select &amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="203"/>
        <source>Move U&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="206"/>
        <source>Move the chosen column one place up (earlier in the file)</source>
        <translation>将所选列上移一位（在文件中更靠前）</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="216"/>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="219"/>
        <source>Move the chosen column one place down (later in the file)</source>
        <translation>将所选列下移一位（在文件中更靠后）</translation>
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
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="45"/>
        <source>Net&amp;work:</source>
        <translation>网络(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="60"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="63"/>
        <source>Which Loopring service to ask</source>
        <translation>要查询的 Loopring 服务</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="70"/>
        <source>Service URL</source>
        <translation>服务 URL</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="80"/>
        <source>Custom base URL</source>
        <translation>自定义基础 URL</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="83"/>
        <source>https://… base URL of a Loopring-compatible service</source>
        <translation>https://… Loopring 兼容服务的基础 URL</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="95"/>
        <source>Base URL problem</source>
        <translation>基础 URL 问题</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="105"/>
        <source>&amp;Account:</source>
        <translation>账户(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="118"/>
        <source>Account id or address</source>
        <translation>账户 ID 或地址</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="121"/>
        <source>A Loopring account ID (e.g. 12345) or an L1 address (0x followed by 40 hex digits)</source>
        <translation>Loopring 账户 ID（例如 12345）或 L1 地址（0x 后接 40 位十六进制数字）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="124"/>
        <source>Account ID or 0x… L1 address</source>
        <translation>账户 ID 或 0x… L1 地址</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="134"/>
        <source>Account check</source>
        <translation>账户检查</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="144"/>
        <source>&amp;Tokens:</source>
        <translation>代币(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="157"/>
        <source>Tokens to fetch</source>
        <translation>要查询的代币</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="160"/>
        <source>Leave empty for every token, or list token symbols (ETH, LRC) or IDs (0, 1) separated by commas</source>
        <translation>留空表示全部代币，或填写以逗号分隔的代币符号（ETH, LRC）或 ID（0, 1）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="163"/>
        <source>All tokens — or e.g. ETH, LRC or 0, 1</source>
        <translation>全部代币——或例如 ETH、LRC 或 0, 1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="173"/>
        <source>Token list check</source>
        <translation>代币列表检查</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="199"/>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="212"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="215"/>
        <source>Your Loopring API key (from the wallet&apos;s Export Account). It is sent only to the selected service.</source>
        <translation>您的 Loopring API 密钥（来自钱包的“导出账户”）。它只会发送给所选的服务。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="221"/>
        <source>Needed to read balances</source>
        <translation>读取余额时需要</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="228"/>
        <source>Remember API key in the system keyring</source>
        <translation>在系统密钥环中记住 API 密钥</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="231"/>
        <source>After a successful fetch the key is stored in the system keyring for this service and account, and filled in next time. Untick and fetch again to remove it. It is never written to Loopview&apos;s settings.</source>
        <translation>查询成功后，密钥会按此服务和账户保存在系统密钥环中，下次自动填入。取消勾选并再次查询即可删除。它绝不会写入 Loopview 的设置。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="234"/>
        <source>Re&amp;member key in the system keyring</source>
        <translation>在系统密钥环中记住密钥(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="259"/>
        <source>Cancel request</source>
        <translation>取消请求</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="262"/>
        <source>Stop the running request (Esc)</source>
        <translation>停止正在进行的请求（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="265"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="272"/>
        <source>Fetch balances</source>
        <translation>查询余额</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="275"/>
        <source>Fetch the balances (Enter)</source>
        <translation>查询余额（Enter）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="278"/>
        <source>Fet&amp;ch</source>
        <translation>查询(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="307"/>
        <source>Tokens and NFTs</source>
        <translation>代币和 NFT</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="311"/>
        <source>T&amp;okens</source>
        <translation>代币(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="319"/>
        <source>Fi&amp;lter:</source>
        <translation>筛选(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="329"/>
        <source>Filter shown tokens</source>
        <translation>筛选显示的代币</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="332"/>
        <source>Show only tokens whose symbol, name or ID contains this text (Ctrl+F)</source>
        <translation>只显示符号、名称或 ID 包含此文本的代币（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="335"/>
        <source>Symbol, name or token ID</source>
        <translation>符号、名称或代币 ID</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="345"/>
        <source>Hide zero balances</source>
        <translation>隐藏零余额</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="348"/>
        <source>Hide &amp;zero balances</source>
        <translation>隐藏零余额(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="368"/>
        <source>Data is stale</source>
        <translation>数据已过时</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="371"/>
        <source>Stale</source>
        <translation>已过时</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="374"/>
        <source>The last refresh failed; the table shows the last data that arrived</source>
        <translation>上次刷新失败；表格显示的是最后收到的数据</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="406"/>
        <source>No balances yet</source>
        <translation>尚无余额</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="416"/>
        <source>Enter a Loopring account ID or L1 address and your API key, then press Fetch.</source>
        <translation>输入 Loopring 账户 ID 或 L1 地址以及您的 API 密钥，然后点击“查询”。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="444"/>
        <source>Try demo data</source>
        <translation>试用演示数据</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="447"/>
        <source>Show sample balances bundled with Loopview; nothing is sent over the network</source>
        <translation>显示 Loopview 自带的示例余额；不会通过网络发送任何内容</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="450"/>
        <source>Tr&amp;y Demo Data</source>
        <translation>试用演示数据(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="587"/>
        <source>Try &amp;Demo Data</source>
        <translation>试用演示数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="501"/>
        <source>Balances table</source>
        <translation>余额表</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="545"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="553"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="564"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="575"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="590"/>
        <source>Show sample balances bundled with Loopview</source>
        <translation>显示 Loopview 自带的示例余额</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="595"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="598"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="606"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="609"/>
        <source>Copy the selected cells as tab-separated exact values</source>
        <translation>以制表符分隔的精确数值复制所选单元格</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="612"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="617"/>
        <source>Copy &amp;Amount</source>
        <translation>复制金额(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="620"/>
        <source>Copy the exact amount of the current cell</source>
        <translation>复制当前单元格的精确金额</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="625"/>
        <source>Copy &amp;Row</source>
        <translation>复制行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="628"/>
        <source>Copy the whole current row as tab-separated exact values</source>
        <translation>以制表符分隔的精确数值复制当前整行</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="631"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="636"/>
        <source>Copy Token &amp;ID</source>
        <translation>复制代币 &amp;ID</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="641"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="644"/>
        <source>Filter the shown tokens</source>
        <translation>筛选显示的代币</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="647"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="652"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="655"/>
        <source>Fetch the shown balances again</source>
        <translation>重新查询显示的余额</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="658"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="666"/>
        <source>&amp;Cancel Request</source>
        <translation>取消请求(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="669"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="677"/>
        <source>&amp;Hide Zero Balances</source>
        <translation>隐藏零余额(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="685"/>
        <source>Round to Token &amp;Precision</source>
        <translation>按代币精度舍入(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="688"/>
        <source>Show amounts rounded to each token&apos;s display precision; tooltips, copy, export and sorting keep the exact values</source>
        <translation>按各代币的显示精度显示舍入后的金额；提示、复制、导出和排序仍使用精确值</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="696"/>
        <source>Show API &amp;Key</source>
        <translation>显示 API 密钥(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="699"/>
        <source>Show the API key in clear text</source>
        <translation>以明文显示 API 密钥</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="702"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="707"/>
        <source>&amp;About Loopview</source>
        <translation>关于 Loopview(&amp;A)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="14"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="20"/>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="26"/>
        <source>&amp;Network at start:</source>
        <translation>启动时的网络(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="36"/>
        <source>Network at start</source>
        <translation>启动时的网络</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="39"/>
        <source>The network the query form shows when Loopview starts</source>
        <translation>Loopview 启动时查询表单显示的网络</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="46"/>
        <source>Service &amp;URL:</source>
        <translation>服务 &amp;URL：</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="56"/>
        <source>Service URL</source>
        <translation>服务 URL</translation>
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
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="82"/>
        <source>Request &amp;timeout:</source>
        <translation>请求超时(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="92"/>
        <source>Request timeout in seconds</source>
        <translation>请求超时（秒）</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="95"/>
        <source>How long one request may take before Loopview gives up on it</source>
        <translation>单个请求最多可用多长时间，超时后 Loopview 将放弃该请求</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="102"/>
        <source>&amp;Keep a history of every fetch</source>
        <translation>保存每次查询的历史记录(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="105"/>
        <source>Keeps the balances of every fetch (never the demo&apos;s) in history.sqlite, for the Change column and the history; File ▸ Forget History of This Account deletes them</source>
        <translation>将每次查询的余额（演示数据除外）保存在 history.sqlite 中，用于“变化”列和历史记录；“文件 ▸ 忘记此账户的历史记录”可将其删除</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="115"/>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="121"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="131"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="138"/>
        <source>A new language takes effect when Loopview starts again.</source>
        <translation>新的语言将在 Loopview 下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="148"/>
        <source>&amp;Hide zero balances at start</source>
        <translation>启动时隐藏零余额(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="151"/>
        <source>View ▸ Hide Zero Balances changes it for the session only</source>
        <translation>“查看 ▸ 隐藏零余额”只在本次会话中更改此项</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="158"/>
        <source>&amp;Round amounts to token precision</source>
        <translation>按代币精度舍入金额(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="161"/>
        <source>Tooltips, copy, export and sorting keep the exact values; View ▸ Round to Token Precision changes it too</source>
        <translation>提示、复制、导出和排序仍使用精确值；“查看 ▸ 按代币精度舍入”也会更改此项</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="168"/>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="178"/>
        <source>Currency of prices and values</source>
        <translation>价格和价值的货币</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="181"/>
        <source>The currency of the Price and Value columns: a three-letter code the service knows, such as USD or CNY</source>
        <translation>“价格”和“价值”列的货币：服务支持的三字母代码，例如 USD 或 CNY</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="210"/>
        <source>NFTs</source>
        <translation>NFT</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="216"/>
        <source>&amp;Show NFT thumbnails</source>
        <translation>显示 NFT 缩略图(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="219"/>
        <source>Loads each NFT&apos;s image over https from the host its metadata names, never with your API key</source>
        <translation>通过 https 从元数据指定的主机加载每个 NFT 的图片，绝不附带您的 API 密钥</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="226"/>
        <source>Loading the images tells the hosts that serve them which NFTs you own.</source>
        <translation>加载图片会让提供图片的主机得知您拥有哪些 NFT。</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="236"/>
        <source>IPFS &amp;gateway:</source>
        <translation>IPFS 网关(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="246"/>
        <source>IPFS gateway</source>
        <translation>IPFS 网关</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="249"/>
        <source>Where images named ipfs://… are loaded from: an https address that ends where the content ID goes</source>
        <translation>以 ipfs://… 命名的图片从何处加载：一个 https 地址，内容 ID 接在其末尾</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="275"/>
        <source>Watch</source>
        <translation>监视</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="281"/>
        <source>&amp;Watch the shown account for changes</source>
        <translation>监视当前账户的变化(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="284"/>
        <source>Refresh it automatically and notify when a pending deposit or withdrawal completes or a balance changes; View ▸ Watch for Changes changes it too</source>
        <translation>自动刷新，并在待处理的充值或提现完成或余额变化时发出通知；“视图 ▸ 监视变化”也会更改此项</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="291"/>
        <source>Refresh &amp;every:</source>
        <translation>刷新间隔(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="301"/>
        <source>Watch interval</source>
        <translation>监视间隔</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="308"/>
        <source>Also refresh all &amp;bookmarks</source>
        <translation>同时刷新所有书签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="311"/>
        <source>Each refresh also runs Bookmarks ▸ Refresh all, and notifies about their changes</source>
        <translation>每次刷新时也运行“书签 ▸ 全部刷新”，并通知其变化</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="318"/>
        <source>Cl&amp;osing the window while watching:</source>
        <translation>监视时关闭窗口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="328"/>
        <source>Closing the window while watching</source>
        <translation>监视时关闭窗口</translation>
    </message>
</context>
<context>
    <name>loopview::Address</name>
    <message>
        <location filename="../src/core/address.cpp" line="68"/>
        <source>address is empty</source>
        <translation>地址为空</translation>
    </message>
    <message>
        <location filename="../src/core/address.cpp" line="70"/>
        <source>address must start with the 0x prefix</source>
        <translation>地址必须以 0x 前缀开头</translation>
    </message>
    <message>
        <location filename="../src/core/address.cpp" line="79"/>
        <source>address contains &apos;%1&apos; at position %2, which is not a hex digit (0-9, a-f)</source>
        <translation>地址在第 %2 个位置包含“%1”，它不是十六进制数字（0-9、a-f）</translation>
    </message>
    <message>
        <location filename="../src/core/address.cpp" line="88"/>
        <source>address must have 40 hex digits after 0x, but has %1</source>
        <translation>地址在 0x 之后必须有 40 位十六进制数字，但实际有 %1 位</translation>
    </message>
    <message>
        <location filename="../src/core/address.cpp" line="97"/>
        <source>address has mixed-case letters but its EIP-55 checksum is wrong; check it for a typo (an all-lowercase address skips the checksum check)</source>
        <translation>地址大小写混合，但其 EIP-55 校验和不正确；请检查是否有输入错误（全小写的地址会跳过校验和检查）</translation>
    </message>
</context>
<context>
    <name>loopview::Amount</name>
    <message>
        <location filename="../src/core/amount.cpp" line="180"/>
        <source>amount contains whitespace at position %1; amounts must be digits only</source>
        <translation>金额在第 %1 个位置包含空白字符；金额只能由数字组成</translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="184"/>
        <source>amount has a decimal point at position %1; base units are whole numbers</source>
        <translation>金额在第 %1 个位置有小数点；最小单位必须是整数</translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="188"/>
        <source>amount has a second decimal point at position %1</source>
        <translation>金额在第 %1 个位置有第二个小数点</translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="192"/>
        <source>amount uses exponent notation (&apos;%1&apos; at position %2); write all digits out</source>
        <translation>金额使用了科学计数法（第 %2 个位置的“%1”）；请写出全部数字</translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="197"/>
        <source>amount contains a sign &apos;%1&apos; at position %2</source>
        <translation>金额在第 %2 个位置包含符号“%1”</translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="203"/>
        <source>amount contains a non-ASCII digit &apos;%1&apos; at position %2; only 0-9 are accepted</source>
        <translation>金额在第 %2 个位置包含非 ASCII 数字“%1”；只接受 0-9</translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="207"/>
        <source>amount contains a non-digit character &apos;%1&apos; at position %2</source>
        <translation>金额在第 %2 个位置包含非数字字符“%1”</translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="217"/>
        <source>amount is empty</source>
        <translation>金额为空</translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="222"/>
        <source>amount has a sign; amounts are unsigned digits only</source>
        <translation>金额带有符号；金额只能是无符号的数字</translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="231"/>
        <source>amount exceeds 2^256−1</source>
        <translation>金额超过 2^256−1</translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="309"/>
        <source>amount needs digits on both sides of the decimal point</source>
        <translation>金额在小数点两侧都需要有数字</translation>
    </message>
    <message>
        <location filename="../src/core/amount.cpp" line="314"/>
        <source>amount has %1 digits after the decimal point but the token has only %2 decimals</source>
        <translation>金额的小数点后有 %1 位，但该代币只有 %2 位小数</translation>
    </message>
</context>
<context>
    <name>loopview::ApiCall</name>
    <message>
        <location filename="../src/net/apicall.cpp" line="23"/>
        <source>The request has not finished yet</source>
        <translation>请求尚未完成</translation>
    </message>
    <message>
        <location filename="../src/net/apicall.cpp" line="54"/>
        <source>[API key]</source>
        <translation>[API 密钥]</translation>
    </message>
</context>
<context>
    <name>loopview::ApiKey</name>
    <message>
        <location filename="../src/core/apikey.cpp" line="23"/>
        <source>a line break</source>
        <translation>换行符</translation>
    </message>
    <message>
        <location filename="../src/core/apikey.cpp" line="25"/>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../src/core/apikey.cpp" line="27"/>
        <source>a control character</source>
        <translation>控制字符</translation>
    </message>
    <message>
        <location filename="../src/core/apikey.cpp" line="29"/>
        <source>a character that is not printable ASCII</source>
        <translation>非可打印 ASCII 字符</translation>
    </message>
    <message>
        <location filename="../src/core/apikey.cpp" line="39"/>
        <source>The API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../src/core/apikey.cpp" line="41"/>
        <source>The API key from %1</source>
        <translation>来自 %1 的 API 密钥</translation>
    </message>
    <message>
        <location filename="../src/core/apikey.cpp" line="43"/>
        <source>%1 is empty</source>
        <translation>%1为空</translation>
    </message>
    <message>
        <location filename="../src/core/apikey.cpp" line="45"/>
        <source>%1 is too long to be an API key (%2 characters; at most %3)</source>
        <translation>%1过长，不可能是 API 密钥（%2 个字符；最多 %3 个）</translation>
    </message>
    <message>
        <location filename="../src/core/apikey.cpp" line="54"/>
        <source>%1 contains %2 at position %3; an API key is printable ASCII without spaces</source>
        <extracomment>%1 the key&apos;s origin, %2 e.g. &quot;a line break&quot;, %3 a position counted from 1</extracomment>
        <translation>%1在第 %3 个位置包含%2；API 密钥应为不含空格的可打印 ASCII 字符</translation>
    </message>
</context>
<context>
    <name>loopview::BalanceExporter</name>
    <message>
        <location filename="../src/gui/export/balanceexporter.cpp" line="308"/>
        <source>The output is not open for writing.</source>
        <translation>输出未以写入方式打开。</translation>
    </message>
    <message>
        <location filename="../src/gui/export/balanceexporter.cpp" line="314"/>
        <source>Writing the JSON output failed.</source>
        <translation>写入 JSON 输出失败。</translation>
    </message>
    <message>
        <location filename="../src/gui/export/balanceexporter.cpp" line="315"/>
        <source>Writing the JSON output failed: %1</source>
        <translation>写入 JSON 输出失败：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/export/balanceexporter.cpp" line="338"/>
        <source>Could not create “%1”: %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/export/balanceexporter.cpp" line="346"/>
        <source>Not every byte could be written; the disk may be full.</source>
        <translation>未能写入全部字节；磁盘可能已满。</translation>
    </message>
    <message>
        <location filename="../src/gui/export/balanceexporter.cpp" line="350"/>
        <source>Could not write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/export/balanceexporter.cpp" line="356"/>
        <source>Could not save “%1”: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
</context>
<context>
    <name>loopview::BalanceQuery</name>
    <message>
        <location filename="../src/core/balancequery.cpp" line="56"/>
        <source>Account id is empty</source>
        <translation>账户 ID 为空</translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="61"/>
        <source>Account id must be digits only, but has &apos;%1&apos; at position %2</source>
        <translation>账户 ID 只能由数字组成，但在第 %2 个位置有“%1”</translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="68"/>
        <source>Account id %1 is too large (the maximum is %2)</source>
        <translation>账户 ID %1 过大（最大值为 %2）</translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="74"/>
        <source>Account id must be at least 1</source>
        <translation>账户 ID 必须至少为 1</translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="100"/>
        <source>Token id list has an empty item (item %1)</source>
        <translation>代币 ID 列表中有空项（第 %1 项）</translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="107"/>
        <source>Token id &apos;%1&apos; (item %2) is not a whole number</source>
        <translation>代币 ID“%1”（第 %2 项）不是整数</translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="113"/>
        <source>Token id &apos;%1&apos; (item %2) is out of range (0 to %3)</source>
        <translation>代币 ID“%1”（第 %2 项）超出范围（0 到 %3）</translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="130"/>
        <source>Enter an account id or an L1 address (0x…)</source>
        <translation>请输入账户 ID 或 L1 地址（0x…）</translation>
    </message>
    <message>
        <location filename="../src/core/balancequery.cpp" line="136"/>
        <source>Invalid address: %1</source>
        <translation>地址无效：%1</translation>
    </message>
</context>
<context>
    <name>loopview::BalanceTable</name>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="384"/>
        <source>No balances.</source>
        <translation>没有余额。</translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="389"/>
        <source>TOKEN</source>
        <extracomment>Column headers of the balance table printed by loopview-cli.</extracomment>
        <translation>代币</translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="389"/>
        <source>TOTAL</source>
        <translation>总额</translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="389"/>
        <source>LOCKED</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="390"/>
        <source>AVAILABLE</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="390"/>
        <source>PENDING DEPOSIT</source>
        <translation>充值中</translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="390"/>
        <source>PENDING WITHDRAW</source>
        <translation>提现中</translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="399"/>
        <source>PRICE %1</source>
        <extracomment>Column headers of loopview-cli&apos;s balance table; %1 is a currency code such as USD.</extracomment>
        <translation>价格 %1</translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="401"/>
        <source>VALUE %1</source>
        <translation>价值 %1</translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="404"/>
        <source>CHANGE</source>
        <extracomment>Column header: the change of the total since the last recorded snapshot.</extracomment>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../src/core/balanceexport.cpp" line="422"/>
        <source>FETCHED AT (UTC)</source>
        <extracomment>Column header of loopview-cli&apos;s history table: when each snapshot was taken.</extracomment>
        <translation>获取时间 (UTC)</translation>
    </message>
</context>
<context>
    <name>loopview::BalanceTableModel</name>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="54"/>
        <source>Token #%1</source>
        <translation>代币 #%1</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="480"/>
        <source>Exact value: %1 %2</source>
        <translation>精确值：%1 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="490"/>
        <source>The token list does not know token ID %1, so its amounts are shown in raw base units (its decimals are unknown).</source>
        <translation>代币列表中没有代币 ID %1，因此其金额以原始最小单位显示（小数位数未知）。</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="496"/>
        <source>Exact value: %1 base units</source>
        <translation>精确值：%1 最小单位</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="501"/>
        <source>%1 — token ID %2</source>
        <translation>%1 — 代币 ID %2</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="505"/>
        <source>The service reports more locked than total. Shown exactly as reported.</source>
        <translation>服务报告的锁定金额大于总额。按报告原样显示。</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="509"/>
        <source>Pending deposit: not yet credited on L2</source>
        <translation>充值中：尚未在 L2 入账</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="513"/>
        <source>Pending withdrawal: not yet arrived on L1</source>
        <translation>提现中：尚未到达 L1</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="517"/>
        <source>Not in this result: the account held this token at the previous fetch. The row goes with the next fetch.</source>
        <translation>不在本次结果中：上次查询时该账户持有此代币。此行将在下次查询后消失。</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="524"/>
        <source>The service has no %1 price for %2, so the token is left out of the total value.</source>
        <translation>服务没有 %2 的 %1 价格，因此该代币不计入总价值。</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="527"/>
        <source>The value is too large to compute: the amount or the price is not plausible.</source>
        <translation>价值过大，无法计算：金额或价格不合理。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/balancetablemodel.cpp" line="554"/>
        <source>%n pending deposits</source>
        <translation>
            <numerusform>%n 笔待处理存款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/balancetablemodel.cpp" line="556"/>
        <source>%n pending withdrawals</source>
        <translation>
            <numerusform>%n 笔待处理提款</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="558"/>
        <source>, </source>
        <extracomment>Separator between &quot;2 pending deposits&quot; and &quot;1 pending withdrawal&quot;</extracomment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="592"/>
        <source>Total value: too large to compute</source>
        <translation>总价值：过大，无法计算</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="595"/>
        <source>Total value: %1 %2</source>
        <extracomment>%1 is the amount (&quot;1,234.50&quot;), %2 the currency code (&quot;USD&quot;)</extracomment>
        <translation>总价值：%1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/balancetablemodel.cpp" line="598"/>
        <source>(excl. %n tokens without a price)</source>
        <translation>
            <numerusform>（不含 %n 个无价格的代币）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="601"/>
        <source>prices updated %1</source>
        <translation>价格更新于%1</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="614"/>
        <source>changes since %1</source>
        <translation>自%1以来的变化</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="644"/>
        <source>Token</source>
        <translation>代币</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="645"/>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="646"/>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="647"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="648"/>
        <source>Pending deposit</source>
        <translation>充值中</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="649"/>
        <source>Pending withdrawal</source>
        <translation>提现中</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="650"/>
        <source>Token ID</source>
        <translation>代币 ID</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="652"/>
        <source>Price</source>
        <extracomment>Column header; %1 is a currency code (&quot;USD&quot;)</extracomment>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="652"/>
        <source>Price (%1)</source>
        <translation>价格（%1）</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="654"/>
        <source>Value</source>
        <extracomment>Column header; %1 is a currency code (&quot;USD&quot;)</extracomment>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="654"/>
        <source>Value (%1)</source>
        <translation>价值（%1）</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="655"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="660"/>
        <source>Token symbol; hover a cell for its name and ID</source>
        <translation>代币符号；将鼠标悬停在单元格上可查看名称和 ID</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="661"/>
        <source>Everything the account holds on L2, in token units</source>
        <translation>账户在 L2 上持有的全部资产，以代币单位计</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="662"/>
        <source>Part of the total reserved by open orders or pending withdrawals</source>
        <translation>总额中被未成交订单或进行中的提现占用的部分</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="663"/>
        <source>Total minus locked: what the account can use now</source>
        <translation>总额减去锁定：账户当前可用的金额</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="664"/>
        <source>Deposits from L1 not yet credited on L2</source>
        <translation>从 L1 充值、尚未在 L2 入账的金额</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="665"/>
        <source>Withdrawals not yet arrived on L1</source>
        <translation>尚未到达 L1 的提现</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="666"/>
        <source>Loopring&apos;s numeric token ID</source>
        <translation>Loopring 的数字代币 ID</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="667"/>
        <source>The price of one token, as the service sends it; empty when it has none</source>
        <translation>单个代币的价格，与服务发送的一致；没有价格时为空</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="668"/>
        <source>Total × price, exact, rounded to cents; empty without a price</source>
        <translation>总额 × 价格，精确计算，四舍五入到分；没有价格时为空</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetablemodel.cpp" line="669"/>
        <source>Total now minus the total at the previous recorded fetch of this account</source>
        <translation>当前总额减去该账户上一次已记录查询时的总额</translation>
    </message>
</context>
<context>
    <name>loopview::BalanceTableView</name>
    <message>
        <location filename="../src/gui/balancetableview.cpp" line="65"/>
        <source>Token column</source>
        <translation>代币列</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetableview.cpp" line="66"/>
        <source>The Token column, kept in view while the table scrolls sideways</source>
        <translation>代币列，表格横向滚动时始终可见</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetableview.cpp" line="376"/>
        <source>Reset layout</source>
        <translation>重置布局</translation>
    </message>
    <message>
        <location filename="../src/gui/balancetableview.cpp" line="378"/>
        <source>Show every column in its original order, sized to the data</source>
        <translation>按原始顺序显示所有列，并按数据调整宽度</translation>
    </message>
</context>
<context>
    <name>loopview::BalancesSession</name>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="108"/>
        <source>Last fetched %1 — not refreshed yet</source>
        <extracomment>Offline first: the window opened on the last recorded snapshot; %1 is &quot;3 h ago&quot; or a date</extracomment>
        <translation>上次获取于 %1——尚未刷新</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="131"/>
        <source>Loading the token list…</source>
        <translation>正在加载代币列表…</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="134"/>
        <source>Loading balances…</source>
        <translation>正在加载余额…</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="137"/>
        <source>Loading prices…</source>
        <translation>正在加载价格…</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="194"/>
        <source>The token list could not be refreshed, so the copy saved %1 is used. (%2)</source>
        <translation>无法刷新代币列表，因此使用%1保存的副本。（%2）</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="197"/>
        <source>The token list could not be loaded, so amounts are shown in raw base units with token IDs. (%1)</source>
        <translation>无法加载代币列表，因此金额以原始最小单位和代币 ID 显示。（%1）</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="208"/>
        <source>The %1 prices could not be loaded, so the Price and Value columns are empty. (%2)</source>
        <translation>无法加载 %1 价格，因此“价格”和“价值”列为空。（%2）</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="222"/>
        <source>Showing data from %1 — the last refresh failed</source>
        <translation>显示的是 %1 的数据——上次刷新失败</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="225"/>
        <source>Tokens shown: %1 of %2</source>
        <translation>显示的代币：%1 / %2</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="229"/>
        <source>Updated %1</source>
        <translation>%1更新</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="235"/>
        <source>Nothing shown: %1 could not be fetched</source>
        <translation>未显示任何数据：无法获取%1</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="237"/>
        <source>Ready</source>
        <translation>就绪</translation>
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
        <translation>%1 从 %2 获取</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="254"/>
        <source>the bundled demo data</source>
        <translation>自带的演示数据</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="266"/>
        <source>demo account %1</source>
        <translation>演示账户 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="269"/>
        <source>address %1 (account %2)</source>
        <extracomment>%1 is an L1 address, %2 the Loopring account id the service resolved it to</extracomment>
        <translation>地址 %1（账户 %2）</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="271"/>
        <source>address %1</source>
        <translation>地址 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="273"/>
        <source>account %1</source>
        <translation>账户 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="275"/>
        <source>%1 (sample data)</source>
        <translation>%1（示例数据）</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="277"/>
        <source>%1 on %2</source>
        <extracomment>%1 is an account (&quot;account 20533&quot;), %2 the service&apos;s host</extracomment>
        <translation>%2 上的%1</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="280"/>
        <source>%1, tokens %2</source>
        <extracomment>%1 is an account on a service, %2 the token filter as typed (&quot;ETH, LRC&quot;)</extracomment>
        <translation>%1，代币 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/balancessession.cpp" line="293"/>
        <source>Balances of %1</source>
        <translation>%1的余额</translation>
    </message>
</context>
<context>
    <name>loopview::Bookmark</name>
    <message>
        <location filename="../src/core/bookmark.cpp" line="39"/>
        <source>Bookmark field &apos;%1&apos; is missing or not text</source>
        <translation>书签字段“%1”缺失或不是文本</translation>
    </message>
    <message>
        <location filename="../src/core/bookmark.cpp" line="84"/>
        <source>A bookmark needs a label</source>
        <translation>书签需要名称</translation>
    </message>
    <message>
        <location filename="../src/core/bookmark.cpp" line="86"/>
        <source>Bookmark &apos;%1&apos; has no valid id</source>
        <translation>书签“%1”没有有效的 ID</translation>
    </message>
    <message>
        <location filename="../src/core/bookmark.cpp" line="133"/>
        <source>Bookmark id &apos;%1&apos; is not a UUID</source>
        <translation>书签 ID“%1”不是 UUID</translation>
    </message>
    <message>
        <location filename="../src/core/bookmark.cpp" line="149"/>
        <source>Unknown network &apos;%1&apos;</source>
        <translation>未知网络“%1”</translation>
    </message>
    <message>
        <location filename="../src/core/bookmark.cpp" line="160"/>
        <source>A custom network bookmark needs a valid base URL</source>
        <translation>自定义网络的书签需要有效的基础 URL</translation>
    </message>
    <message>
        <location filename="../src/core/bookmark.cpp" line="172"/>
        <source>Bookmark date &apos;%1&apos; is not an ISO date</source>
        <translation>书签日期“%1”不是 ISO 日期</translation>
    </message>
</context>
<context>
    <name>loopview::BookmarkDialog</name>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkdialog.cpp" line="122"/>
        <source>A key is stored in the system keyring; type a new one to replace it</source>
        <translation>系统密钥环中已保存密钥；输入新密钥即可替换</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkdialog.cpp" line="124"/>
        <source>A key is kept until Loopview quits; type a new one to replace it</source>
        <translation>已保存密钥，直到 Loopview 退出；输入新密钥即可替换</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkdialog.cpp" line="126"/>
        <source>Optional: kept in the system keyring, never in a file</source>
        <translation>可选：保存在系统密钥环中，绝不写入文件</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkdialog.cpp" line="128"/>
        <source>Optional: kept in memory until Loopview quits (no system keyring), never in a file</source>
        <translation>可选：保存在内存中直到 Loopview 退出（没有系统密钥环），绝不写入文件</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkdialog.cpp" line="130"/>
        <source>A key is stored</source>
        <extracomment>Placeholder of the bookmark&apos;s empty API key field when the keyring already has its key</extracomment>
        <translation>已保存密钥</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkdialog.cpp" line="130"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkdialog.cpp" line="132"/>
        <source>The stored key will be replaced by the one typed above.</source>
        <translation>已存储的密钥将被上面输入的密钥替换。</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkdialog.cpp" line="134"/>
        <source>The stored key will be removed from the keyring when you press OK.</source>
        <translation>按“确定”后，已存储的密钥将从密钥环中删除。</translation>
    </message>
</context>
<context>
    <name>loopview::BookmarkListModel</name>
    <message>
        <location filename="../src/gui/bookmarks/bookmarklistmodel.cpp" line="63"/>
        <source>Tokens: %1</source>
        <translation>代币：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarklistmodel.cpp" line="70"/>
        <source>%1, account %2, %3</source>
        <translation>%1，账户 %2，%3</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarklistmodel.cpp" line="90"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarklistmodel.cpp" line="93"/>
        <source>Account</source>
        <extracomment>An account id or L1 address</extracomment>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarklistmodel.cpp" line="95"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
</context>
<context>
    <name>loopview::BookmarkPanel</name>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="55"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="72"/>
        <source>“%1” was not deleted: %2</source>
        <translation>“%1”未被删除：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="83"/>
        <source>“%1” could not be restored: %2</source>
        <translation>无法恢复“%1”：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="130"/>
        <source>Add c&amp;urrent</source>
        <translation>添加当前查询(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="131"/>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="132"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="133"/>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="235"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="136"/>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="161"/>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="162"/>
        <source>Search bookmarks</source>
        <translation>搜索书签</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="172"/>
        <source>Bookmark list</source>
        <translation>书签列表</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="204"/>
        <source>Add the current query as a bookmark</source>
        <translation>将当前查询添加为书签</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="206"/>
        <source>Edit the selected bookmark</source>
        <translation>编辑所选书签</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="208"/>
        <source>Delete the selected bookmark</source>
        <translation>删除所选书签</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="239"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="331"/>
        <source>A bookmark named “%1” already exists</source>
        <translation>名为“%1”的书签已存在</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="349"/>
        <source>Add bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="377"/>
        <source>Edit bookmark</source>
        <translation>编辑书签</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="407"/>
        <source>The API key could not be removed from the keyring: %1</source>
        <translation>无法从密钥环中删除 API 密钥：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="429"/>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="436"/>
        <source>“%1” was not deleted: its API key could not be removed from the keyring (%2)</source>
        <translation>“%1”未被删除：无法从密钥环中删除其 API 密钥（%2）</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="466"/>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="482"/>
        <source>The API key could not be saved: %1</source>
        <translation>无法保存 API 密钥：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarkpanel.cpp" line="486"/>
        <source>No system keyring available: the key is kept in memory for this session only</source>
        <translation>没有可用的系统密钥环：密钥仅在本次会话中保存在内存里</translation>
    </message>
</context>
<context>
    <name>loopview::BookmarkStore</name>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="290"/>
        <source>it is larger than %1, the most Loopview reads</source>
        <translation>文件大于 %1，超过 Loopview 可读取的上限</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="334"/>
        <source>The bookmarks file %1 was written by a newer Loopview (format %2, this version reads format %3). Bookmarks are shown read-only; changes are disabled so nothing in it is lost.</source>
        <translation>书签文件 %1 由更新版本的 Loopview 写入（格式 %2，本版本读取格式 %3）。书签以只读方式显示；已禁用更改，以免丢失其中的任何内容。</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="343"/>
        <source>The bookmarks file %1 cannot be read (%2). It was left untouched and bookmarks are read-only until it is made smaller or removed.</source>
        <translation>无法读取书签文件 %1（%2）。该文件保持原样，在将其缩小或删除之前，书签为只读。</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="354"/>
        <source>The bookmarks file %1 cannot be read (%2) and could not be locked to move it aside, so it was left untouched; bookmarks are read-only for now.</source>
        <translation>无法读取书签文件 %1（%2），且无法锁定该文件以将其移开，因此保持原样；书签暂时为只读。</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="412"/>
        <source>The bookmarks file %1 cannot be read (%2) and could not be moved aside. It was left untouched and bookmarks are read-only until it is fixed or removed.</source>
        <translation>无法读取书签文件 %1（%2），且无法将其移开。该文件保持原样，在修复或删除之前，书签为只读。</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="418"/>
        <source>The bookmarks file could not be read (%1). It was kept as %2 and Loopview started with the bookmarks it could read.</source>
        <translation>无法读取书签文件（%1）。已将其保留为 %2，Loopview 已使用可读取的书签启动。</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="72"/>
        <location filename="../src/core/bookmarkstore.cpp" line="427"/>
        <source>Cannot create folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="62"/>
        <source>The bookmarks would take %1, more than the %2 Loopview reads back; nothing was written</source>
        <translation>书签将占用 %1，超过 Loopview 可读回的上限 %2；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="79"/>
        <location filename="../src/core/bookmarkstore.cpp" line="580"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="107"/>
        <source> by %1 (process %2)</source>
        <translation>（由 %1 持有，进程 %2）</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="111"/>
        <source>The bookmarks file %1 is locked%2 and stayed locked for %3 s; nothing was changed. Try again.</source>
        <translation>书签文件 %1 已被锁定%2，且 %3 秒后仍未解锁；未做任何更改。请重试。</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="117"/>
        <source>Cannot create the lock file beside %1 (permission denied); nothing was changed</source>
        <translation>无法在 %1 旁边创建锁文件（权限不足）；未做任何更改</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="123"/>
        <source>Cannot lock the bookmarks file %1; nothing was changed</source>
        <translation>无法锁定书签文件 %1；未做任何更改</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="139"/>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>偏移量 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="144"/>
        <source>Not a bookmarks file: the top level is not an object</source>
        <translation>不是书签文件：顶层不是对象</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="149"/>
        <source>Not a bookmarks file: no valid &quot;schema&quot; number</source>
        <translation>不是书签文件：没有有效的“schema”编号</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="154"/>
        <source>Not a bookmarks file: &quot;bookmarks&quot; is not a list</source>
        <translation>不是书签文件：“bookmarks”不是列表</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="159"/>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="163"/>
        <source>entry %1: %2</source>
        <translation>条目 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/bookmarkstore.cpp" line="178"/>
        <source>%n entries could not be read</source>
        <translation>
            <numerusform>有 %n 个条目无法读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/bookmarkstore.cpp" line="183"/>
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="222"/>
        <source>A bookmark with id %1 already exists</source>
        <translation>ID 为 %1 的书签已存在</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="225"/>
        <source>A bookmark named &apos;%1&apos; already exists</source>
        <translation>名为“%1”的书签已存在</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="234"/>
        <source>No bookmark with id %1 (another Loopview may have removed it)</source>
        <translation>没有 ID 为 %1 的书签（可能已被另一个 Loopview 删除）</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="588"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="594"/>
        <source>%1 is larger than %2, the most Loopview imports (and the most it ever exports); nothing was imported</source>
        <translation>%1 大于 %2，超过 Loopview 可导入（也是其导出）的上限；未导入任何内容</translation>
    </message>
    <message>
        <location filename="../src/core/bookmarkstore.cpp" line="607"/>
        <source>These bookmarks were exported by a newer Loopview (format %1); this version reads format %2</source>
        <translation>这些书签由更新版本的 Loopview 导出（格式 %1）；本版本读取格式 %2</translation>
    </message>
</context>
<context>
    <name>loopview::BookmarksIntegration</name>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="58"/>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="68"/>
        <source>Portfolio</source>
        <translation>资产组合</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="81"/>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="83"/>
        <source>&amp;Add current query…</source>
        <translation>添加当前查询(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="87"/>
        <source>Import &amp;wallet export…</source>
        <translation>导入钱包导出文件(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="89"/>
        <source>&amp;Import bookmarks…</source>
        <translation>导入书签(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="91"/>
        <source>&amp;Export bookmarks…</source>
        <translation>导出书签(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="94"/>
        <source>&amp;Refresh all</source>
        <translation>全部刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="99"/>
        <source>E&amp;xport portfolio…</source>
        <translation>导出资产组合(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="109"/>
        <source>&amp;Go to bookmarks list</source>
        <translation>转到书签列表(&amp;G)</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="140"/>
        <source>The API key of “%1” could not be read from the keyring (%2); the key in the form is used.</source>
        <translation>无法从密钥环读取“%1”的 API 密钥（%2）；将使用表单中的密钥。</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="153"/>
        <source>Import Loopring wallet export</source>
        <translation>导入 Loopring 钱包导出文件</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="156"/>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="180"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="177"/>
        <source>Import bookmarks</source>
        <translation>导入书签</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="196"/>
        <source>%1 is not a Loopview bookmarks file: %2</source>
        <translation>%1 不是 Loopview 书签文件：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="204"/>
        <source>Imported %n bookmark(s)</source>
        <translation>
            <numerusform>已导入 %n 个书签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="206"/>
        <source>%n already present</source>
        <translation>
            <numerusform>%n 个已存在</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="213"/>
        <source>Export bookmarks</source>
        <translation>导出书签</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="217"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/bookmarksintegration.cpp" line="224"/>
        <source>Exported %n bookmark(s) (without API keys)</source>
        <translation>
            <numerusform>已导出 %n 个书签（不含 API 密钥）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview::ChangeNotice</name>
    <message>
        <location filename="../src/gui/watch/changenotice.cpp" line="38"/>
        <source>Token #%1</source>
        <extracomment>A token the token list does not know, by its ID (amounts are then in base units)</extracomment>
        <translation>代币 #%1</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/changenotice.cpp" line="51"/>
        <source>Deposit arrived: %1 %2</source>
        <extracomment>Watch notification: &quot;&lt;amount&gt; &lt;symbol&gt;&quot;</extracomment>
        <translation>充值已到账：%1 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/changenotice.cpp" line="55"/>
        <source>Withdrawal completed: %1 %2</source>
        <translation>提现已完成：%1 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/changenotice.cpp" line="58"/>
        <source>New token: %1 %2</source>
        <translation>新代币：%1 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/changenotice.cpp" line="60"/>
        <source>%1 is gone (was %2)</source>
        <translation>%1 已消失（原为 %2）</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/changenotice.cpp" line="63"/>
        <source>%1: %2 → %3 (%4)</source>
        <extracomment>Watch notification: &quot;&lt;symbol&gt;: &lt;old total&gt; → &lt;new total&gt; (&lt;signed difference&gt;)&quot;</extracomment>
        <translation>%1：%2 → %3（%4）</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/changenotice.cpp" line="69"/>
        <source>Balances changed: %1</source>
        <extracomment>Title of a Watch notification; %1 is the account (&quot;20533 on api3.loopring.io&quot;) or a bookmark&apos;s label</extracomment>
        <translation>余额已变化：%1</translation>
    </message>
</context>
<context>
    <name>loopview::CommandLine</name>
    <message>
        <location filename="../src/core/printabletext.cpp" line="156"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <location filename="../src/gui/commandline.cpp" line="31"/>
        <source>Start with the bundled demo data (no network, no API key).</source>
        <translation>以自带的演示数据启动（不联网，无需 API 密钥）。</translation>
    </message>
    <message>
        <location filename="../src/gui/commandline.cpp" line="34"/>
        <source>Show Loopview in this language (%1) instead of the system&apos;s or the one chosen in Preferences.</source>
        <extracomment>%1 lists the language codes, e.g. &quot;de, en, zh_CN&quot;</extracomment>
        <translation>以此语言（%1）显示 Loopview，而不使用系统语言或首选项中选择的语言。</translation>
    </message>
    <message>
        <location filename="../src/gui/commandline.cpp" line="38"/>
        <source>language</source>
        <extracomment>The value of --lang in the help: --lang &lt;language&gt;</extracomment>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../src/gui/commandline.cpp" line="41"/>
        <source>Native desktop viewer for Loopring layer-2 balances</source>
        <translation>Loopring 二层网络余额的原生桌面查看器</translation>
    </message>
</context>
<context>
    <name>loopview::CsvWriter</name>
    <message>
        <location filename="../src/core/csvwriter.cpp" line="157"/>
        <source>The output is not open for writing.</source>
        <translation>输出未以写入方式打开。</translation>
    </message>
    <message>
        <location filename="../src/core/csvwriter.cpp" line="169"/>
        <source>Writing the CSV output failed.</source>
        <translation>写入 CSV 输出失败。</translation>
    </message>
    <message>
        <location filename="../src/core/csvwriter.cpp" line="170"/>
        <source>Writing the CSV output failed: %1</source>
        <translation>写入 CSV 输出失败：%1</translation>
    </message>
</context>
<context>
    <name>loopview::Decimal</name>
    <message>
        <location filename="../src/core/decimal.cpp" line="31"/>
        <source>contains whitespace at position %1</source>
        <translation>在第 %1 个位置包含空白字符</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="33"/>
        <source>has a decimal point out of place at position %1</source>
        <translation>第 %1 个位置的小数点位置不对</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="35"/>
        <source>has a sign &apos;%1&apos; out of place at position %2</source>
        <translation>第 %2 个位置的符号“%1”位置不对</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="37"/>
        <source>has an exponent &apos;%1&apos; out of place at position %2</source>
        <translation>第 %2 个位置的指数“%1”位置不对</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="41"/>
        <source>contains the non-ASCII digit &apos;%1&apos; at position %2; only 0-9 are accepted</source>
        <translation>在第 %2 个位置包含非 ASCII 数字“%1”；只接受 0-9</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="42"/>
        <source>contains &apos;%1&apos; at position %2, which is not part of a decimal number</source>
        <translation>在第 %2 个位置包含“%1”，它不属于十进制数</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="63"/>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="67"/>
        <source>has %1 characters; at most %2 are accepted</source>
        <translation>有 %1 个字符；最多接受 %2 个</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="71"/>
        <source>is negative</source>
        <translation>为负数</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="75"/>
        <source>has a sign; write the digits only</source>
        <translation>带有符号；请只写数字</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="93"/>
        <source>needs digits on both sides of the decimal point</source>
        <translation>在小数点两侧都需要有数字</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="112"/>
        <source>has an exponent without digits</source>
        <translation>的指数缺少数字</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="118"/>
        <source>has an exponent out of range</source>
        <translation>的指数超出范围</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="140"/>
        <source>has %1 digits before the decimal point; at most %2 are accepted</source>
        <translation>在小数点前有 %1 位数字；最多接受 %2 位</translation>
    </message>
    <message>
        <location filename="../src/core/decimal.cpp" line="146"/>
        <source>has %1 digits after the decimal point; at most %2 are accepted</source>
        <translation>在小数点后有 %1 位数字；最多接受 %2 位</translation>
    </message>
</context>
<context>
    <name>loopview::ErrorText</name>
    <message>
        <location filename="../src/gui/errortext.cpp" line="24"/>
        <source>The service is rate-limiting requests (HTTP 429) and kept refusing. Wait a moment, then refresh.</source>
        <translation>服务正在限制请求频率（HTTP 429），并持续拒绝请求。请稍候再刷新。</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="27"/>
        <source>The service is temporarily unavailable (HTTP 503), perhaps for maintenance. Try again later.</source>
        <translation>服务暂时不可用（HTTP 503），可能正在维护。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="30"/>
        <source>The service failed with an internal error (HTTP %1). Try again later.</source>
        <translation>服务发生内部错误（HTTP %1）。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="33"/>
        <source>The service answered with HTTP %1: %2</source>
        <translation>服务返回 HTTP %1：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="42"/>
        <source>The service needs an API key to read balances. Enter your key in the API key field (code 104001).</source>
        <translation>服务需要 API 密钥才能读取余额。请在“API 密钥”栏中输入您的密钥（代码 104001）。</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="46"/>
        <source>The service rejected the API key (code 104002). Check the key in the API key field: it may be mistyped or belong to a reset account.</source>
        <translation>服务拒绝了该 API 密钥（代码 104002）。请检查“API 密钥”栏中的密钥：可能输入有误，或属于已重置的账户。</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="51"/>
        <source>The service does not know this account (code %1). Check the account ID or address and the network.</source>
        <translation>服务找不到此账户（代码 %1）。请检查账户 ID 或地址以及所选网络。</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="55"/>
        <source>The service says the account ID is invalid (code 104003).</source>
        <translation>服务认为该账户 ID 无效（代码 104003）。</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="57"/>
        <source>The service does not support one of the requested token IDs (code 102002). Check the token filter.</source>
        <translation>服务不支持所请求的某个代币 ID（代码 102002）。请检查代币筛选。</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="63"/>
        <source>The service refused the request: %1 (HTTP %2, code %3)</source>
        <translation>服务拒绝了请求：%1（HTTP %2，代码 %3）</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="68"/>
        <source>The service refused the request: %1 (code %2)</source>
        <translation>服务拒绝了请求：%1（代码 %2）</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="73"/>
        <source>The service refused the request: %1</source>
        <translation>服务拒绝了请求：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/errortext.cpp" line="86"/>
        <source>%1 did not answer within %n s. The service may be overloaded or unreachable; press Refresh all to try again.</source>
        <translation>
            <numerusform>%1 在 %n 秒内没有响应。服务可能过载或无法访问；请点击“全部刷新”重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/errortext.cpp" line="91"/>
        <source>%1 did not answer within %n s. The service may be overloaded or unreachable; press F5 to try again.</source>
        <translation>
            <numerusform>%1 在 %n 秒内没有响应。服务可能过载或无法访问；按 F5 重试。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="95"/>
        <source>Could not reach %1. Check your internet connection and the network setting. (%2)</source>
        <translation>无法连接 %1。请检查您的网络连接和网络设置。（%2）</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="102"/>
        <source>The service sent data Loopview cannot read (field %1): %2</source>
        <translation>服务发送了 Loopview 无法读取的数据（字段 %1）：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="104"/>
        <source>The service sent data Loopview cannot read: %1</source>
        <translation>服务发送了 Loopview 无法读取的数据：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="107"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/errortext.cpp" line="115"/>
        <source>The service is rate-limiting us; retrying in %n s…</source>
        <translation>
            <numerusform>服务正在限制请求频率；%n 秒后重试…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/errortext.cpp" line="117"/>
        <source>%1; retrying in %n s…</source>
        <translation>
            <numerusform>%1；%n 秒后重试…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/errortext.cpp" line="151"/>
        <source>Your key is the &quot;apiKey&quot; value that the Loopring wallet&apos;s Export Account shows.</source>
        <translation>您的密钥是 Loopring 钱包的“导出账户”(Export Account) 中显示的“apiKey”值。</translation>
    </message>
</context>
<context>
    <name>loopview::ExportActions</name>
    <message>
        <location filename="../src/gui/export/exportactions.cpp" line="73"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportactions.cpp" line="74"/>
        <source>Copy as CS&amp;V</source>
        <translation>复制为 CS&amp;V</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportactions.cpp" line="79"/>
        <source>Save the balances as a CSV or JSON file</source>
        <translation>将余额保存为 CSV 或 JSON 文件</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportactions.cpp" line="81"/>
        <source>Copy the selected cells as CSV with a header row and exact values</source>
        <translation>将所选单元格复制为带标题行和精确数值的 CSV</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportactions.cpp" line="143"/>
        <source>Exported to %1 (rows: %2)</source>
        <extracomment>Status bar after File ▸ Export…; %1 is the file, %2 the number of rows written</extracomment>
        <translation>已导出到 %1（%2 行）</translation>
    </message>
</context>
<context>
    <name>loopview::ExportDialog</name>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="30"/>
        <source>Account ID</source>
        <translation>账户 ID</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="31"/>
        <source>Token ID</source>
        <translation>代币 ID</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="32"/>
        <source>Symbol</source>
        <translation>符号</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="33"/>
        <source>Decimals</source>
        <translation>小数位数</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="34"/>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="35"/>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="36"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="37"/>
        <source>Pending deposit</source>
        <translation>充值中</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="38"/>
        <source>Pending withdrawal</source>
        <translation>提现中</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="39"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="40"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="41"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="42"/>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="44"/>
        <source>Change</source>
        <extracomment>Export column: the change of the total since the last recorded snapshot.</extracomment>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="46"/>
        <source>Fetched at</source>
        <extracomment>Export column: when a recorded snapshot was taken.</extracomment>
        <translation>获取时间</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="63"/>
        <source>Export problem</source>
        <translation>导出问题</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="68"/>
        <source>CSV (spreadsheets)</source>
        <extracomment>Export file format; &quot;CSV&quot; and &quot;JSON&quot; are format names, keep them as they are.</extracomment>
        <translation>CSV（电子表格）</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="69"/>
        <source>JSON (scripts)</source>
        <translation>JSON（脚本）</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="70"/>
        <source>Comma ( , )</source>
        <translation>逗号 ( , )</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="71"/>
        <source>Semicolon ( ; ) for a decimal comma</source>
        <translation>分号 ( ; )，用于小数逗号</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="72"/>
        <source>Spreadsheets in languages that write 1,5 expect semicolons</source>
        <translation>在以 1,5 表示小数的语言中，电子表格要求使用分号</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="74"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/export/exportdialog.cpp" line="79"/>
        <source>Rows sho&amp;wn in the table (%n)</source>
        <translation>
            <numerusform>表格中显示的行（%n）(&amp;W)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/export/exportdialog.cpp" line="80"/>
        <source>Sele&amp;cted rows (%n)</source>
        <translation>
            <numerusform>选中的行（%n）(&amp;C)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/export/exportdialog.cpp" line="81"/>
        <source>&amp;All rows, including hidden ones (%n)</source>
        <translation>
            <numerusform>全部行，包括隐藏的行（%n）(&amp;A)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/export/exportdialog.cpp" line="82"/>
        <source>&amp;All rows (%n)</source>
        <translation>
            <numerusform>全部行（%n）(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="92"/>
        <source>Tick the columns to export; drag them or use Move Up and Move Down to change their order</source>
        <translation>勾选要导出的列；拖动或使用“上移”“下移”调整顺序</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="95"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="181"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="246"/>
        <source>Choose at least one column.</source>
        <translation>请至少选择一列。</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="248"/>
        <source>There are no rows to export.</source>
        <translation>没有可导出的行。</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="251"/>
        <source>Rows: %1 · Columns: %2</source>
        <extracomment>Summary under the export choices, e.g. &quot;Rows: 5 · Columns: 9&quot;</extracomment>
        <translation>行：%1 · 列：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="271"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="271"/>
        <location filename="../src/gui/export/exportdialog.cpp" line="272"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="272"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="273"/>
        <source>Export Balances</source>
        <translation>导出余额</translation>
    </message>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="282"/>
        <source>The export was not saved. %1 An earlier file of that name, if any, is unchanged.</source>
        <translation>导出未保存。%1 同名的旧文件（如有）保持不变。</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfolioexport.cpp" line="25"/>
        <source>Export Portfolio</source>
        <translation>导出资产组合</translation>
    </message>
</context>
<context>
    <name>loopview::ForgetHistoryAction</name>
    <message>
        <location filename="../src/gui/forgethistoryaction.cpp" line="19"/>
        <source>Forget History</source>
        <translation>忘记历史记录</translation>
    </message>
    <message>
        <location filename="../src/gui/forgethistoryaction.cpp" line="21"/>
        <source>&amp;Forget History</source>
        <translation>忘记历史记录(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/gui/forgethistoryaction.cpp" line="34"/>
        <source>&amp;Forget History of This Account…</source>
        <translation>忘记此账户的历史记录(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../src/gui/forgethistoryaction.cpp" line="38"/>
        <source>Delete every recorded snapshot of the account shown, on its service</source>
        <translation>删除所显示账户在其服务上的所有已记录快照</translation>
    </message>
    <message>
        <location filename="../src/gui/forgethistoryaction.cpp" line="70"/>
        <source>Delete every recorded snapshot of %1? Balances on the service are not affected; the Change column starts again from the next fetch.</source>
        <translation>删除 %1 的所有已记录快照？服务上的余额不受影响；“变化”列将从下一次查询重新开始。</translation>
    </message>
    <message>
        <location filename="../src/gui/forgethistoryaction.cpp" line="48"/>
        <source>The history could not be deleted: %1</source>
        <translation>无法删除历史记录：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/forgethistoryaction.cpp" line="44"/>
        <source>Forgot %n recorded snapshots of %1.</source>
        <translation>
            <numerusform>已删除 %1 的 %n 个已记录快照。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview::FormInput</name>
    <message>
        <location filename="../src/gui/forminput.cpp" line="77"/>
        <source>L1 address, checksum verified</source>
        <translation>L1 地址，校验和已验证</translation>
    </message>
    <message>
        <location filename="../src/gui/forminput.cpp" line="78"/>
        <source>L1 address (no checksum to verify)</source>
        <translation>L1 地址（无校验和可验证）</translation>
    </message>
    <message>
        <location filename="../src/gui/forminput.cpp" line="82"/>
        <source>Addresses start with 0x: add the prefix</source>
        <translation>地址以 0x 开头：请加上此前缀</translation>
    </message>
    <message>
        <location filename="../src/gui/forminput.cpp" line="86"/>
        <source>Loopring account ID</source>
        <translation>Loopring 账户 ID</translation>
    </message>
    <message>
        <location filename="../src/gui/forminput.cpp" line="96"/>
        <source>Symbols are resolved when the token list is loaded</source>
        <translation>代币列表加载后即可解析符号</translation>
    </message>
</context>
<context>
    <name>loopview::HistoryIntegration</name>
    <message>
        <location filename="../src/gui/history/historyintegration.cpp" line="36"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historyintegration.cpp" line="50"/>
        <source>Hi&amp;story</source>
        <translation>历史(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historyintegration.cpp" line="52"/>
        <source>Show the shown account&apos;s value and token amounts over time</source>
        <translation>显示当前账户的价值和代币数量随时间的变化</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historyintegration.cpp" line="62"/>
        <location filename="../src/gui/history/historyintegration.cpp" line="83"/>
        <source>Fetch an account to see its history.</source>
        <translation>获取一个账户以查看其历史。</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historyintegration.cpp" line="78"/>
        <source>Demo data is never recorded, so it has no history.</source>
        <translation>演示数据从不记录，因此没有历史。</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historyintegration.cpp" line="87"/>
        <source>%1 on %2</source>
        <extracomment>The account whose history is shown: &quot;&lt;account id or address&gt; on &lt;host&gt;&quot;</extracomment>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>loopview::HistoryPanel</name>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="52"/>
        <source>Ex&amp;port History…</source>
        <translation>导出历史(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="55"/>
        <source>Balance history</source>
        <translation>余额历史</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="57"/>
        <source>Total value over time</source>
        <translation>总价值随时间的变化</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="60"/>
        <source>Token amount over time</source>
        <translation>代币数量随时间的变化</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="63"/>
        <source>Save every recorded snapshot of this account as a CSV or JSON file</source>
        <translation>将此账户的所有已记录快照保存为 CSV 或 JSON 文件</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="88"/>
        <source>Fetch an account to see its history.</source>
        <translation>获取一个账户以查看其历史。</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="152"/>
        <source>Could not read the history: %1</source>
        <translation>无法读取历史：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="159"/>
        <source>History of %1</source>
        <translation>%1 的历史</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="165"/>
        <source>Nothing is recorded for this account yet: each successful fetch adds a snapshot.</source>
        <translation>此账户尚无记录：每次成功获取都会添加一个快照。</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="167"/>
        <source>No price was recorded with any snapshot of this account, so its value cannot be charted.</source>
        <translation>此账户的快照均未记录价格，因此无法绘制其价值。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/history/historypanel.cpp" line="169"/>
        <source>%n snapshot(s) without a recorded %1 price are left out of the value chart.</source>
        <translation>
            <numerusform>%n 个没有记录 %1 价格的快照未计入价值图表。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="176"/>
        <source>Total value</source>
        <translation>总价值</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="177"/>
        <source>Total value (%1)</source>
        <translation>总价值（%1）</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="179"/>
        <source>No value recorded.</source>
        <translation>没有记录价值。</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="183"/>
        <source>Latest: %1</source>
        <translation>最新：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="191"/>
        <source>Amount of %1</source>
        <translation>%1 的数量</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="192"/>
        <source>Select a token in the table to chart its amount.</source>
        <translation>在表格中选择一个代币以绘制其数量。</translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="204"/>
        <source>Token #%1</source>
        <extracomment>A token the token list did not know, by its ID</extracomment>
        <translation>代币 #%1</translation>
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
            <numerusform>（不含 %n 个没有价格的代币）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/history/historypanel.cpp" line="229"/>
        <source>Export History</source>
        <translation>导出历史</translation>
    </message>
</context>
<context>
    <name>loopview::HistoryStore</name>
    <message>
        <location filename="../src/history/historystore.cpp" line="151"/>
        <source>Could not open the history database %1: %2</source>
        <translation>无法打开历史数据库 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/history/historystore.cpp" line="154"/>
        <source>Could not update the history database %1 to the current layout: %2</source>
        <translation>无法将历史数据库 %1 更新为当前结构：%2</translation>
    </message>
    <message>
        <location filename="../src/history/historystore.cpp" line="157"/>
        <source>Could not read the history database %1: %2</source>
        <translation>无法读取历史数据库 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/history/historystore.cpp" line="160"/>
        <source>Could not write to the history database %1: %2</source>
        <translation>无法写入历史数据库 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/history/historystore.cpp" line="169"/>
        <source>it is not open</source>
        <translation>它未打开</translation>
    </message>
    <message>
        <location filename="../src/history/historystore.cpp" line="170"/>
        <source>it was written by a newer version of Loopview (schema %1)</source>
        <translation>它由更新版本的 Loopview 写入（结构版本 %1）</translation>
    </message>
    <message>
        <location filename="../src/history/historystore.cpp" line="179"/>
        <source>its folder cannot be created</source>
        <translation>无法创建其所在文件夹</translation>
    </message>
    <message>
        <location filename="../src/history/historystore.cpp" line="181"/>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <location filename="../src/history/historystore.cpp" line="370"/>
        <source>snapshot %1 has an amount that is not a whole number (token %2)</source>
        <translation>快照 %1 含有非整数金额（代币 %2）</translation>
    </message>
</context>
<context>
    <name>loopview::KeyStore</name>
    <message>
        <location filename="../src/secrets/qtkeychainbackend.cpp" line="97"/>
        <source>No API key is stored for this bookmark</source>
        <translation>此书签未存储 API 密钥</translation>
    </message>
</context>
<context>
    <name>loopview::KeychainKeyStore</name>
    <message>
        <location filename="../src/secrets/keychainkeystore.cpp" line="29"/>
        <source>No system keyring available: keys are kept in memory for this session only</source>
        <translation>没有可用的系统密钥环：密钥仅在本次会话中保存在内存里</translation>
    </message>
    <message>
        <location filename="../src/secrets/keychainkeystore.cpp" line="95"/>
        <source>The system keyring did not answer within %1 s</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>系统密钥环未在 %1 秒内响应</translation>
    </message>
</context>
<context>
    <name>loopview::KeyringPluginLoader</name>
    <message>
        <location filename="../src/secrets/keyringpluginloader.cpp" line="49"/>
        <source>the keyring plugin %1 is missing</source>
        <translation>缺少密钥环插件 %1</translation>
    </message>
    <message>
        <location filename="../src/secrets/keyringpluginloader.cpp" line="56"/>
        <source>the keyring plugin %1 could not be loaded: %2</source>
        <extracomment>%2 is the system&apos;s reason (from the dynamic loader)</extracomment>
        <translation>无法加载密钥环插件 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/secrets/keyringpluginloader.cpp" line="62"/>
        <source>%1 is not a keyring plugin of this version of Loopview</source>
        <translation>%1 不是此版本 Loopview 的密钥环插件</translation>
    </message>
</context>
<context>
    <name>loopview::LoopringClient</name>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="51"/>
        <source>The service refused the request (HTTP %1, code %2: %3)</source>
        <translation>服务拒绝了请求（HTTP %1，代码 %2：%3）</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="88"/>
        <source>Could not connect to %1: connection refused</source>
        <translation>无法连接 %1：连接被拒绝</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="91"/>
        <source>Could not find the host %1 (name lookup failed)</source>
        <translation>找不到主机 %1（域名解析失败）</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="94"/>
        <source>Could not connect to %1: the connection timed out</source>
        <translation>无法连接 %1：连接超时</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="98"/>
        <source>%1 closed the connection before the answer was complete</source>
        <translation>%1 在响应完成前关闭了连接</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="101"/>
        <source>Could not set up a secure connection to %1: %2</source>
        <translation>无法与 %1 建立安全连接：%2</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="106"/>
        <source>The network is not available: %1</source>
        <translation>网络不可用：%1</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="109"/>
        <source>%1 redirected the request too many times</source>
        <translation>%1 重定向请求的次数过多</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="112"/>
        <source>Refused an insecure redirect from %1 to plain http</source>
        <translation>已拒绝从 %1 到不加密 http 的不安全重定向</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="120"/>
        <source>Could not reach %1 through the proxy: %2</source>
        <translation>无法通过代理访问 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="124"/>
        <source>Network error talking to %1: %2</source>
        <translation>与 %1 通信时发生网络错误：%2</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="138"/>
        <source>Service error (%1)</source>
        <translation>服务错误（%1）</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="141"/>
        <source>The service is limiting requests (%1); try again in a moment</source>
        <translation>服务正在限制请求频率（%1）；请稍后再试</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="144"/>
        <source>The service refused the request (%1)</source>
        <translation>服务拒绝了请求（%1）</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="145"/>
        <source>Unexpected answer from the service (%1)</source>
        <translation>服务返回了意外的响应（%1）</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="153"/>
        <source>The service answered with a web page instead of data (is a proxy or login page in the way?)</source>
        <translation>服务返回的是网页而不是数据（是否有代理或登录页面拦截？）</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="161"/>
        <source>The service did not answer within %1</source>
        <translation>服务未在 %1 内响应</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="169"/>
        <source>The response was larger than %1 and was not read</source>
        <translation>响应大于 %1，未予读取</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="177"/>
        <source>Too many redirects: %1 redirected the request more than %2 times, always to itself (a redirect loop?)</source>
        <extracomment>%2 is at least 2, a small number of redirects (5).</extracomment>
        <translation>重定向过多：%1 将请求重定向了超过 %2 次，且总是指向自身（重定向循环？）</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="185"/>
        <source>The response was sent compressed (%1, %2) and grew past %3 when unpacked; it was not read</source>
        <translation>响应以压缩形式发送（%1，%2），解压后超过 %3；未予读取</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="195"/>
        <source>The response was sent compressed (%1) but the compressed data ends early</source>
        <translation>响应以压缩形式发送（%1），但压缩数据提前结束</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="199"/>
        <source>The response was sent compressed (%1) but could not be unpacked: %2</source>
        <translation>响应以压缩形式发送（%1），但无法解压：%2</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="206"/>
        <source>The response came in an encoding Loopview did not ask for (%1)</source>
        <translation>响应使用了 Loopview 未请求的编码（%1）</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="213"/>
        <source>Refused a redirect to another origin (%1): the API key is only sent to %2</source>
        <translation>已拒绝重定向到其他源（%1）：API 密钥只会发送给 %2</translation>
    </message>
    <message>
        <location filename="../src/net/replyerrors.cpp" line="215"/>
        <source>Refused a redirect to another origin (%1): Loopview only talks to %2</source>
        <translation>已拒绝重定向到其他源（%1）：Loopview 只与 %2 通信</translation>
    </message>
    <message>
        <location filename="../src/net/requestpolicy.cpp" line="88"/>
        <location filename="../src/net/requestpolicy.cpp" line="90"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
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
        <translation>%1 字节</translation>
    </message>
    <message>
        <location filename="../src/net/httpexchange.cpp" line="155"/>
        <source>Rate limited (HTTP 429)</source>
        <translation>请求频率受限（HTTP 429）</translation>
    </message>
    <message>
        <location filename="../src/net/httpexchange.cpp" line="161"/>
        <source>Service briefly unavailable (HTTP %1)</source>
        <translation>服务暂时不可用（HTTP %1）</translation>
    </message>
    <message>
        <location filename="../src/net/loopringclient.cpp" line="110"/>
        <source>An API key is required to read balances</source>
        <translation>读取余额需要 API 密钥</translation>
    </message>
    <message>
        <location filename="../src/net/loopringclient.cpp" line="54"/>
        <source>The API key contains spaces or characters that cannot be sent</source>
        <translation>API 密钥包含空格或无法发送的字符</translation>
    </message>
    <message>
        <location filename="../src/net/loopringclient.cpp" line="137"/>
        <source>An API key is required to read NFTs</source>
        <translation>读取 NFT 需要 API 密钥</translation>
    </message>
    <message>
        <location filename="../src/net/loopringclient.cpp" line="195"/>
        <source>The demo has prices in USD and CNY only, not in %1</source>
        <translation>演示数据只有以 USD 和 CNY 计的价格，没有以 %1 计的价格</translation>
    </message>
</context>
<context>
    <name>loopview::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="86"/>
        <source>Try &amp;Again</source>
        <translation>重试(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="87"/>
        <source>&amp;Leave Demo</source>
        <translation>退出演示(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="94"/>
        <source>Demo data notice</source>
        <translation>演示数据提示</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="99"/>
        <source>Error message</source>
        <translation>错误消息</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="126"/>
        <source>NFT&amp;s</source>
        <translation>NFT(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="156"/>
        <source>The API key could not be remembered: %1</source>
        <translation>无法记住 API 密钥：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="159"/>
        <source>The remembered API key could not be removed: %1</source>
        <translation>无法删除已记住的 API 密钥：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="214"/>
        <source>Hide the API key</source>
        <translation>隐藏 API 密钥</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="214"/>
        <source>Show the API key in clear text</source>
        <translation>以明文显示 API 密钥</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="291"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="295"/>
        <location filename="../src/gui/mainwindow.cpp" line="867"/>
        <source>Shown account</source>
        <translation>显示的账户</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="305"/>
        <source>Total value</source>
        <translation>总价值</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="311"/>
        <source>Request in progress</source>
        <translation>请求进行中</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="347"/>
        <source>About Loopview</source>
        <translation>关于 Loopview</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="348"/>
        <source>&lt;h3&gt;Loopview %1&lt;/h3&gt;&lt;p&gt;A read-only desktop viewer for Loopring layer-2 balances.&lt;/p&gt;&lt;p&gt;Amounts are shown exactly as the service reports them, never rounded. Your API key is sent only to the selected service and is never written to disk by this window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Loopview %1&lt;/h3&gt;&lt;p&gt;只读的 Loopring 二层网络（Layer 2）余额桌面查看器。&lt;/p&gt;&lt;p&gt;金额完全按照服务报告的数值显示，绝不四舍五入。您的 API 密钥只会发送给所选的服务，本窗口绝不会将其写入磁盘。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="356"/>
        <source>Send the request again</source>
        <translation>重新发送请求</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="358"/>
        <source>Clear the demo data and go back to the empty form</source>
        <translation>清除演示数据并返回空白表单</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="662"/>
        <source>The history could not be read, so no changes are shown: %1</source>
        <translation>无法读取历史记录，因此不显示变化：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="119"/>
        <source>The balances could not be recorded in the history: %1</source>
        <translation>无法将余额记录到历史中：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="595"/>
        <source>The history could not be read: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="643"/>
        <source>These balances were recorded %1. Enter the API key and press Fetch to refresh.</source>
        <translation>这些余额记录于 %1。请输入 API 密钥并点击“获取”以刷新。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="741"/>
        <source>Request cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="765"/>
        <source>Demo account %1</source>
        <translation>演示账户 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="769"/>
        <source>Demo data: these are sample balances bundled with Loopview, not a real account. Enter an account and API key and press Fetch to see your own.</source>
        <translation>演示数据：这些是 Loopview 自带的示例余额，并非真实账户。输入账户和 API 密钥并点击“查询”即可查看您自己的余额。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="790"/>
        <source>Press Esc to cancel.</source>
        <translation>按 Esc 取消。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="792"/>
        <source>No balances</source>
        <translation>没有余额</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="793"/>
        <source>The service reports no token balances for account %1.</source>
        <translation>服务报告账户 %1 没有任何代币余额。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="796"/>
        <source>Welcome to Loopview</source>
        <translation>欢迎使用 Loopview</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="797"/>
        <source>Enter a Loopring account ID or L1 address and your API key, then press Fetch. Or look around with sample data first.</source>
        <translation>输入 Loopring 账户 ID 或 L1 地址以及您的 API 密钥，然后点击“查询”。也可以先用示例数据看看。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="801"/>
        <source>No balances shown</source>
        <translation>未显示余额</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="802"/>
        <source>Enter a Loopring account ID or L1 address and your API key, then press Fetch.</source>
        <translation>输入 Loopring 账户 ID 或 L1 地址以及您的 API 密钥，然后点击“查询”。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="836"/>
        <source>Prices from %1, in %2, updated %3. Tokens without a price are left out of the total.</source>
        <extracomment>%1 is where the prices came from, %2 the currency, %3 how old they are (&quot;3 min ago&quot;)</extracomment>
        <translation>价格来自 %1，以 %2 计，更新于%3。没有价格的代币不计入总额。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="837"/>
        <source>the bundled demo data</source>
        <translation>自带的演示数据</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="842"/>
        <source>No %1 prices</source>
        <translation>没有 %1 价格</translation>
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
        <translation>窗口启动时显示上次获取时记录在历史中的余额</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="887"/>
        <source>Stale</source>
        <translation>已过时</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="888"/>
        <source>The last refresh failed; the table shows the last data that arrived</source>
        <translation>上次刷新失败；表格显示的是最后收到的数据</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="889"/>
        <source>Data is stale</source>
        <translation>数据已过时</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="895"/>
        <source>Balances table</source>
        <translation>余额表</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="897"/>
        <location filename="../src/gui/mainwindow.cpp" line="905"/>
        <source>Balances table: %1</source>
        <translation>余额表：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="900"/>
        <source>Balances table: %1, %2</source>
        <extracomment>%1 is &quot;Balances of account 20533 on host&quot;, %2 &quot;Last fetched … — not refreshed yet&quot;</extracomment>
        <translation>余额表：%1，%2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="903"/>
        <source>Balances table: %1, stale</source>
        <extracomment>%1 is &quot;Balances of account 20533 on host&quot;</extracomment>
        <translation>余额表：%1，已过时</translation>
    </message>
</context>
<context>
    <name>loopview::MemoryKeyStore</name>
    <message>
        <location filename="../src/secrets/memorykeystore.cpp" line="18"/>
        <source>No API key is stored for this bookmark</source>
        <translation>此书签未存储 API 密钥</translation>
    </message>
</context>
<context>
    <name>loopview::MessageBar</name>
    <message>
        <location filename="../src/gui/messagebar.cpp" line="72"/>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <location filename="../src/gui/messagebar.cpp" line="73"/>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <location filename="../src/gui/messagebar.cpp" line="83"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>loopview::NftId</name>
    <message>
        <location filename="../src/core/nft.cpp" line="41"/>
        <source>NFT id is empty</source>
        <translation>NFT ID 为空</translation>
    </message>
    <message>
        <location filename="../src/core/nft.cpp" line="44"/>
        <source>NFT id must be hexadecimal and start with 0x</source>
        <translation>NFT ID 必须是十六进制且以 0x 开头</translation>
    </message>
    <message>
        <location filename="../src/core/nft.cpp" line="48"/>
        <source>NFT id has no hex digits after 0x</source>
        <translation>NFT ID 在 0x 之后没有十六进制数字</translation>
    </message>
    <message>
        <location filename="../src/core/nft.cpp" line="54"/>
        <source>NFT id contains &apos;%1&apos; at position %2, which is not a hex digit (0-9, a-f)</source>
        <translation>NFT ID 在第 %2 个位置包含“%1”，它不是十六进制数字（0-9、a-f）</translation>
    </message>
    <message>
        <location filename="../src/core/nft.cpp" line="65"/>
        <source>NFT id has %1 significant hex digits, more than the 64 of a 256-bit number</source>
        <extracomment>%1 is a number of hex digits, more than 64.</extracomment>
        <translation>NFT ID 有 %1 位有效十六进制数字，超过 256 位数的 64 位</translation>
    </message>
</context>
<context>
    <name>loopview::NftPaging</name>
    <message>
        <location filename="../src/core/nftpaging.cpp" line="41"/>
        <source>NFT page at offset %1: %2</source>
        <extracomment>%1 is the offset of a page of NFTs (0, 50, 100, …), %2 what is wrong with it.</extracomment>
        <translation>偏移量 %1 处的 NFT 页：%2</translation>
    </message>
    <message>
        <location filename="../src/core/nftpaging.cpp" line="61"/>
        <source>no more NFTs were asked for</source>
        <translation>没有再请求更多 NFT</translation>
    </message>
    <message>
        <location filename="../src/core/nftpaging.cpp" line="66"/>
        <source>the service now counts %1 NFTs, but counted %2 on the first page; the account&apos;s NFTs changed while they were read, fetch them again</source>
        <translation>服务现在统计有 %1 个 NFT，但第一页统计的是 %2 个；读取期间账户的 NFT 发生了变化，请重新获取</translation>
    </message>
    <message>
        <location filename="../src/core/nftpaging.cpp" line="74"/>
        <source>the page has %1 NFTs, more than the %2 asked for</source>
        <translation>该页有 %1 个 NFT，多于请求的 %2 个</translation>
    </message>
    <message>
        <location filename="../src/core/nftpaging.cpp" line="79"/>
        <source>the page is empty, but the service counts %1 NFTs and %2 arrived so far</source>
        <translation>该页为空，但服务统计有 %1 个 NFT，目前只收到 %2 个</translation>
    </message>
    <message>
        <location filename="../src/core/nftpaging.cpp" line="85"/>
        <source>the page brings the list to %1 NFTs, but the service counts %2</source>
        <translation>该页使列表达到 %1 个 NFT，但服务统计的是 %2 个</translation>
    </message>
    <message>
        <location filename="../src/core/nftpaging.cpp" line="100"/>
        <source>token id %1 was already listed at offset %2; the account&apos;s NFTs changed while they were read, fetch them again</source>
        <translation>代币 ID %1 已在偏移量 %2 处列出；读取期间账户的 NFT 发生了变化，请重新获取</translation>
    </message>
</context>
<context>
    <name>loopview::NftPanel</name>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="60"/>
        <source>Filter by collection, name, NFT ID or token ID</source>
        <translation>按合集、名称、NFT ID 或代币 ID 筛选</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="61"/>
        <source>Filter NFTs</source>
        <translation>筛选 NFT</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="62"/>
        <source>Fi&amp;lter:</source>
        <translation>筛选(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="66"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="93"/>
        <location filename="../src/gui/nft/nftpanel.cpp" line="287"/>
        <source>NFTs</source>
        <translation>NFT</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="119"/>
        <source>NFT pages loaded</source>
        <translation>已加载的 NFT 页</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="121"/>
        <location filename="../src/gui/nft/nftpanel.cpp" line="231"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="165"/>
        <source>Loading the NFTs was cancelled.</source>
        <translation>已取消加载 NFT。</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="205"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="208"/>
        <source>Copy the selected cells with exact values and full NFT IDs</source>
        <translation>复制所选单元格，含精确数值和完整的 NFT ID</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="212"/>
        <source>Copy as CS&amp;V</source>
        <translation>复制为 CS&amp;V</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="213"/>
        <source>Copy the selected cells as CSV with a header row, exact values and full NFT IDs</source>
        <translation>将所选单元格复制为带标题行、精确数值和完整 NFT ID 的 CSV</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="217"/>
        <source>Copy NFT &amp;ID</source>
        <translation>复制 NFT &amp;ID</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="218"/>
        <source>Copy the full 256-bit ID of the NFT in the current row</source>
        <translation>复制当前行 NFT 的完整 256 位 ID</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="222"/>
        <source>Export as C&amp;SV…</source>
        <translation>导出为 C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="224"/>
        <source>Export as &amp;JSON…</source>
        <translation>导出为 &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="281"/>
        <source>%1: the last refresh failed; these are the last NFTs that arrived</source>
        <extracomment>%1 is &quot;NFTs of account 20533 on host&quot;</extracomment>
        <translation>%1：上次刷新失败；显示的是最后收到的 NFT</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="289"/>
        <location filename="../src/gui/nft/nftpanel.cpp" line="291"/>
        <source>NFTs table: %1</source>
        <translation>NFT 表：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="328"/>
        <source>Press Esc to cancel.</source>
        <translation>按 Esc 取消。</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="330"/>
        <source>No NFTs</source>
        <translation>没有 NFT</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="331"/>
        <source>The service reports no NFTs for account %1.</source>
        <translation>服务报告账户 %1 没有 NFT。</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="333"/>
        <source>No NFTs shown</source>
        <translation>未显示 NFT</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="334"/>
        <source>Fetch an account to see the NFTs it holds on Loopring.</source>
        <translation>查询一个账户，即可查看它在 Loopring 上持有的 NFT。</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="460"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="460"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="461"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="462"/>
        <source>Export NFTs</source>
        <translation>导出 NFT</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftpanel.cpp" line="490"/>
        <source>The NFTs were not exported to “%1”: %2. An earlier file of that name, if any, is unchanged.</source>
        <translation>NFT 未导出到“%1”：%2。同名的旧文件（如有）保持不变。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/nft/nftpanel.cpp" line="498"/>
        <source>Exported %n NFT(s) to “%1”.</source>
        <extracomment>%n is the number of NFTs written, %1 the file.</extracomment>
        <translation>
            <numerusform>已将 %n 个 NFT 导出到“%1”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview::NftSession</name>
    <message>
        <location filename="../src/gui/nft/nftsession.cpp" line="60"/>
        <source>Loading NFTs…</source>
        <translation>正在加载 NFT…</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftsession.cpp" line="62"/>
        <source>Loading NFTs: page %1 of %2…</source>
        <extracomment>%1 pages of an NFT list received so far, %2 the pages the whole list takes.</extracomment>
        <translation>正在加载 NFT：第 %1 页，共 %2 页…</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftsession.cpp" line="208"/>
        <source>Updated %1</source>
        <translation>%1更新</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftsession.cpp" line="212"/>
        <source>No NFTs shown: %1 could not be fetched</source>
        <translation>未显示任何 NFT：无法获取%1</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftsession.cpp" line="235"/>
        <source>NFTs of %1</source>
        <extracomment>%1 is an account on a service: &quot;account 20533 on api3.loopring.io&quot;</extracomment>
        <translation>%1的 NFT</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftsession.cpp" line="203"/>
        <source>Showing NFTs from %1 — the last refresh failed</source>
        <translation>显示的是 %1 的 NFT——上次刷新失败</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftsession.cpp" line="206"/>
        <source>NFTs shown: %1 of %2</source>
        <translation>显示的 NFT：%1 / %2</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftsession.cpp" line="214"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftsession.cpp" line="223"/>
        <source>NFTs of account %1 (ID %2), fetched %3 from %4</source>
        <translation>账户 %1（ID %2）的 NFT，%3 从 %4 获取</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nftsession.cpp" line="227"/>
        <source>the bundled demo data</source>
        <translation>自带的演示数据</translation>
    </message>
</context>
<context>
    <name>loopview::NftTable</name>
    <message>
        <location filename="../src/core/nftexport.cpp" line="175"/>
        <source>No NFTs.</source>
        <translation>没有 NFT。</translation>
    </message>
    <message>
        <location filename="../src/core/nftexport.cpp" line="179"/>
        <source>TOKEN ID</source>
        <extracomment>Column headers of the NFT table printed by loopview-cli.</extracomment>
        <translation>代币 ID</translation>
    </message>
    <message>
        <location filename="../src/core/nftexport.cpp" line="179"/>
        <source>COLLECTION</source>
        <translation>合集</translation>
    </message>
    <message>
        <location filename="../src/core/nftexport.cpp" line="179"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/core/nftexport.cpp" line="180"/>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/core/nftexport.cpp" line="180"/>
        <source>NFT ID</source>
        <translation>NFT ID</translation>
    </message>
    <message>
        <location filename="../src/core/nftexport.cpp" line="180"/>
        <source>TOTAL</source>
        <translation>总额</translation>
    </message>
    <message>
        <location filename="../src/core/nftexport.cpp" line="180"/>
        <source>LOCKED</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../src/core/nftexport.cpp" line="181"/>
        <source>AVAILABLE</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../src/core/nftexport.cpp" line="181"/>
        <source>PENDING DEPOSIT</source>
        <translation>充值中</translation>
    </message>
    <message>
        <location filename="../src/core/nftexport.cpp" line="181"/>
        <source>PENDING WITHDRAW</source>
        <translation>提现中</translation>
    </message>
</context>
<context>
    <name>loopview::NftTableModel</name>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="121"/>
        <source>No collection</source>
        <translation>无合集</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="122"/>
        <source>No name</source>
        <translation>无名称</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="213"/>
        <source>The service gave no collection for this NFT.
Contract: %1</source>
        <translation>服务未提供此 NFT 的合集。
合约：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="214"/>
        <source>Contract: %1</source>
        <translation>合约：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="217"/>
        <source>The service gave no name for this NFT.</source>
        <translation>服务未提供此 NFT 的名称。</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="223"/>
        <source>NFT ID %1</source>
        <extracomment>%1 is the full 256-bit NFT id, &quot;0x&quot; followed by 64 hex digits.</extracomment>
        <translation>NFT ID %1</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="226"/>
        <source>ERC-721: a unique token; the account holds it or not</source>
        <translation>ERC-721：独一无二的代币；账户要么持有，要么不持有</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="228"/>
        <source>ERC-1155: several copies of one token can be held</source>
        <translation>ERC-1155：同一代币可以持有多份</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="232"/>
        <source>The service reports more locked than total. Shown exactly as reported.</source>
        <translation>服务报告的锁定金额大于总额。按报告原样显示。</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="235"/>
        <source>Pending deposit: not yet credited on L2</source>
        <translation>充值中：尚未在 L2 入账</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="237"/>
        <source>Pending withdrawal: not yet arrived on L1</source>
        <translation>提现中：尚未到达 L1</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="239"/>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="332"/>
        <source>The NFT&apos;s token slot in this Loopring account</source>
        <translation>此 NFT 在该 Loopring 账户中的代币槽位</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="309"/>
        <source>Collection</source>
        <translation>合集</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="310"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="311"/>
        <source>NFT ID</source>
        <translation>NFT ID</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="312"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="313"/>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="314"/>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="315"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="316"/>
        <source>Pending deposit</source>
        <translation>充值中</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="317"/>
        <source>Pending withdrawal</source>
        <translation>提现中</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="318"/>
        <source>Token ID</source>
        <translation>代币 ID</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="323"/>
        <source>The collection the NFT belongs to, as the service names it</source>
        <translation>此 NFT 所属的合集，名称由服务提供</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="324"/>
        <source>The NFT&apos;s name from its metadata; hover a cell for its description</source>
        <translation>NFT 元数据中的名称；将鼠标悬停在单元格上可查看其描述</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="325"/>
        <source>The NFT&apos;s 256-bit ID on L1, shortened; hover or copy for the full ID</source>
        <translation>NFT 在 L1 上的 256 位 ID（已缩短）；悬停或复制可得完整 ID</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="326"/>
        <source>ERC-721 (unique) or ERC-1155 (several copies)</source>
        <translation>ERC-721（唯一）或 ERC-1155（多份）</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="327"/>
        <source>How many of this NFT the account holds on L2</source>
        <translation>账户在 L2 上持有此 NFT 的数量</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="328"/>
        <source>Part of the total reserved by open orders or pending withdrawals</source>
        <translation>总额中被未成交订单或进行中的提现占用的部分</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="329"/>
        <source>Total minus locked: what the account can use now</source>
        <translation>总额减去锁定：账户当前可用的金额</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="330"/>
        <source>Deposits from L1 not yet credited on L2</source>
        <translation>从 L1 充值、尚未在 L2 入账的金额</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/nfttablemodel.cpp" line="331"/>
        <source>Withdrawals not yet arrived on L1</source>
        <translation>尚未到达 L1 的提现</translation>
    </message>
</context>
<context>
    <name>loopview::OutputFile</name>
    <message>
        <location filename="../src/core/outputfile.cpp" line="49"/>
        <source>no file name was given</source>
        <translation>未提供文件名</translation>
    </message>
    <message>
        <location filename="../src/core/outputfile.cpp" line="64"/>
        <source>it is a folder</source>
        <translation>它是文件夹</translation>
    </message>
    <message>
        <location filename="../src/core/outputfile.cpp" line="66"/>
        <source>it is a block device; only files, FIFOs and character devices are written</source>
        <translation>它是块设备；只能写入文件、FIFO 和字符设备</translation>
    </message>
    <message>
        <location filename="../src/core/outputfile.cpp" line="67"/>
        <source>it is not a file, a FIFO or a character device</source>
        <translation>它不是文件、FIFO 或字符设备</translation>
    </message>
    <message>
        <location filename="../src/core/outputfile.cpp" line="97"/>
        <source>it is a FIFO that no program is reading</source>
        <translation>它是没有程序在读取的 FIFO</translation>
    </message>
    <message>
        <location filename="../src/core/outputfile.cpp" line="103"/>
        <source>it changed while it was being opened</source>
        <translation>它在打开过程中发生了变化</translation>
    </message>
    <message>
        <location filename="../src/core/outputfile.cpp" line="146"/>
        <source>it was not opened</source>
        <translation>它未被打开</translation>
    </message>
    <message>
        <location filename="../src/core/outputfile.cpp" line="185"/>
        <source>not every byte could be written (is the disk full?)</source>
        <translation>未能写入全部字节（磁盘已满？）</translation>
    </message>
</context>
<context>
    <name>loopview::PortfolioModel</name>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="111"/>
        <source>too large to compute</source>
        <translation>过大，无法计算</translation>
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
        <translation>%1 上的总价值：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="121"/>
        <source>(excl. %n tokens without a price)</source>
        <translation>
            <numerusform>（不含 %n 个无价格的代币）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="129"/>
        <source>Per account: %1</source>
        <extracomment>Followed by each account&apos;s total value, separated by &quot; · &quot;</extracomment>
        <translation>各账户：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="153"/>
        <source>No %1 price for this token: it is left out of the totals.</source>
        <translation>该代币没有 %1 价格：不计入总额。</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="274"/>
        <source>overflow</source>
        <extracomment>Shown instead of a sum that exceeds 2^256 − 1 (bad data from the service)</extracomment>
        <translation>溢出</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="276"/>
        <source>The sum exceeds the largest possible token amount; the service&apos;s data cannot be right. See the accounts below for the individual amounts.</source>
        <translation>总和超过了代币金额的最大可能值；服务的数据不可能正确。各项金额请见下方各账户。</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="304"/>
        <source>%1 (token %2)</source>
        <translation>%1（代币 %2）</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="305"/>
        <source>Unknown token %1: amounts in base units</source>
        <translation>未知代币 %1：金额以最小单位显示</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="358"/>
        <source>Token / account</source>
        <translation>代币 / 账户</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="360"/>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="362"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="364"/>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="366"/>
        <source>Pending deposit</source>
        <translation>充值中</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="368"/>
        <source>Pending withdrawal</source>
        <translation>提现中</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="370"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="376"/>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="380"/>
        <source>Value</source>
        <extracomment>Column header; %1 is a currency code (&quot;USD&quot;)</extracomment>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliomodel.cpp" line="380"/>
        <source>Value (%1)</source>
        <translation>价值（%1）</translation>
    </message>
</context>
<context>
    <name>loopview::PortfolioWindow</name>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="45"/>
        <source>&amp;Refresh all</source>
        <translation>全部刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="46"/>
        <source>Ca&amp;ncel</source>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="51"/>
        <source>Portfolio</source>
        <translation>资产组合</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="69"/>
        <source>The token list of %1 could not be loaded: amounts of that service are shown in base units with token ids</source>
        <translation>无法加载 %1 的代币列表：该服务的金额以最小单位和代币 ID 显示</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="75"/>
        <source>Refresh all bookmarks</source>
        <translation>刷新所有书签</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="77"/>
        <source>Cancel the refresh</source>
        <translation>取消刷新</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="78"/>
        <source>Refresh progress</source>
        <translation>刷新进度</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="81"/>
        <source>Refresh summary</source>
        <translation>刷新摘要</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="83"/>
        <source>Portfolio value</source>
        <translation>投资组合价值</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="89"/>
        <source>The prices of %1 could not be loaded, so its values are empty: %2</source>
        <translation>无法加载 %1 的价格，因此其价值为空：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="97"/>
        <source>Status of each bookmark</source>
        <translation>各书签的状态</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="98"/>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="98"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="98"/>
        <source>NFTs</source>
        <translation>NFT</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="99"/>
        <source>How many NFTs each account holds</source>
        <translation>每个账户持有的 NFT 数量</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="106"/>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="331"/>
        <source>Portfolio totals per token</source>
        <translation>按代币汇总的资产组合</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="149"/>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="297"/>
        <source>No bookmarks yet: add one to see a portfolio.</source>
        <translation>还没有书签：添加一个书签即可查看资产组合。</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="166"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="168"/>
        <source>Fetching…</source>
        <translation>正在获取…</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="170"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="172"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="180"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="184"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="213"/>
        <source>NFTs held by this account: %1</source>
        <translation>此账户持有的 NFT：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="220"/>
        <source>The NFTs could not be counted: %1</source>
        <translation>无法统计 NFT：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="267"/>
        <source>Some sums exceed the largest possible token amount: the service&apos;s data cannot be right for those tokens.</source>
        <translation>部分总和超过了代币金额的最大可能值：服务提供的这些代币的数据不可能正确。</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="300"/>
        <source>Partial totals: %1 of %2 accounts fetched so far</source>
        <extracomment>%1 accounts of %2 are in the totals so far</extracomment>
        <translation>部分合计：目前已获取 %2 个账户中的 %1 个</translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="301"/>
        <source>Partial totals: %1 of %2 accounts included</source>
        <translation>部分合计：包含 %2 个账户中的 %1 个</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="302"/>
        <source>%n account(s) refreshed</source>
        <translation>
            <numerusform>已刷新 %n 个账户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="304"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="306"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n 个已取消</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/bookmarks/portfoliowindow.cpp" line="330"/>
        <source>Portfolio totals per token, partial</source>
        <translation>按代币的投资组合合计（部分）</translation>
    </message>
</context>
<context>
    <name>loopview::PreferencesAction</name>
    <message>
        <location filename="../src/gui/preferencesaction.cpp" line="28"/>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesaction.cpp" line="33"/>
        <source>Choose the network at start, the request timeout and the language</source>
        <translation>选择启动时的网络、请求超时和语言</translation>
    </message>
</context>
<context>
    <name>loopview::PreferencesDialog</name>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="24"/>
        <source>Custom URL…</source>
        <translation>自定义 URL…</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="24"/>
        <source>A Loopring-compatible service at a URL you type</source>
        <translation>位于您输入的 URL 上的 Loopring 兼容服务</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="26"/>
        <source>The last one used</source>
        <translation>上次使用的网络</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="32"/>
        <source> s</source>
        <extracomment>Unit after the request timeout, e.g. &quot;15 s&quot;</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="35"/>
        <source>System default</source>
        <extracomment>The language of the operating system, whichever it is</extracomment>
        <translation>系统默认</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/preferencesdialog.cpp" line="44"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="45"/>
        <source>Ask</source>
        <translation>询问</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="46"/>
        <source>Keep watching in the tray</source>
        <translation>在系统托盘中继续监视</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="47"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>loopview::Price</name>
    <message>
        <location filename="../src/core/price.cpp" line="30"/>
        <source>&apos;%1&apos; is not a currency code; use three letters such as USD or CNY</source>
        <translation>“%1”不是货币代码；请使用三个字母，例如 USD 或 CNY</translation>
    </message>
</context>
<context>
    <name>loopview::QueryFormController</name>
    <message>
        <location filename="../src/gui/queryformcontroller.cpp" line="38"/>
        <source>Custom URL…</source>
        <translation>自定义 URL…</translation>
    </message>
    <message>
        <location filename="../src/gui/queryformcontroller.cpp" line="38"/>
        <location filename="../src/gui/queryformcontroller.cpp" line="286"/>
        <source>A Loopring-compatible service at a URL you type</source>
        <translation>位于您输入的 URL 上的 Loopring 兼容服务</translation>
    </message>
    <message>
        <location filename="../src/gui/queryformcontroller.cpp" line="263"/>
        <source>Re&amp;member key in the system keyring</source>
        <translation>在系统密钥环中记住密钥(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/gui/queryformcontroller.cpp" line="264"/>
        <source>Remember API key in the system keyring</source>
        <translation>在系统密钥环中记住 API 密钥</translation>
    </message>
    <message>
        <location filename="../src/gui/queryformcontroller.cpp" line="265"/>
        <source>After a successful fetch the key is stored in the system keyring for this service and account, and filled in next time. Untick and fetch again to remove it. It is never written to Loopview&apos;s settings.</source>
        <translation>查询成功后，密钥会按此服务和账户保存在系统密钥环中，下次自动填入。取消勾选并再次查询即可删除。它绝不会写入 Loopview 的设置。</translation>
    </message>
    <message>
        <location filename="../src/gui/queryformcontroller.cpp" line="270"/>
        <source>Re&amp;member key for this session only</source>
        <extracomment>Shown when no system keyring is available (the tooltip says so); kept short for 1024 px screens</extracomment>
        <translation>仅在本次会话中记住密钥(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/gui/queryformcontroller.cpp" line="271"/>
        <source>Remember API key for this session</source>
        <translation>在本次会话中记住 API 密钥</translation>
    </message>
    <message>
        <location filename="../src/gui/queryformcontroller.cpp" line="272"/>
        <source>No system keyring is available, so the key is kept in memory for this service and account until Loopview quits. It is never written to disk.</source>
        <translation>没有可用的系统密钥环，因此密钥会按此服务和账户保存在内存中，直到 Loopview 退出。它绝不会写入磁盘。</translation>
    </message>
    <message>
        <location filename="../src/gui/queryformcontroller.cpp" line="437"/>
        <source>Enter an account ID or an L1 address (0x…).</source>
        <translation>请输入账户 ID 或 L1 地址（0x…）。</translation>
    </message>
    <message>
        <location filename="../src/gui/queryformcontroller.cpp" line="485"/>
        <source>Enter your API key: the service requires one to read balances.</source>
        <translation>请输入您的 API 密钥：服务需要它来读取余额。</translation>
    </message>
</context>
<context>
    <name>loopview::RelativeTime</name>
    <message>
        <location filename="../src/gui/relativetime.cpp" line="26"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/relativetime.cpp" line="29"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/relativetime.cpp" line="32"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/relativetime.cpp" line="36"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopview::Service</name>
    <message>
        <location filename="../src/core/service.cpp" line="67"/>
        <source>Base URL must not contain a user name or password (…@ before the host): Loopview&apos;s only credential is the API key</source>
        <translation>基础 URL 不得包含用户名或密码（主机前的 …@）：Loopview 唯一的凭据是 API 密钥</translation>
    </message>
    <message>
        <location filename="../src/core/service.cpp" line="128"/>
        <source>Mainnet</source>
        <translation>主网</translation>
    </message>
    <message>
        <location filename="../src/core/service.cpp" line="130"/>
        <source>Test network</source>
        <translation>测试网</translation>
    </message>
    <message>
        <location filename="../src/core/service.cpp" line="134"/>
        <source>Custom service</source>
        <translation>自定义服务</translation>
    </message>
    <message>
        <location filename="../src/core/service.cpp" line="140"/>
        <source>Base URL is empty</source>
        <translation>基础 URL 为空</translation>
    </message>
    <message>
        <location filename="../src/core/service.cpp" line="142"/>
        <source>Base URL is not a valid URL: %1</source>
        <translation>基础 URL 不是有效的 URL：%1</translation>
    </message>
    <message>
        <location filename="../src/core/service.cpp" line="146"/>
        <source>Base URL has port 0, which nothing can be reached on</source>
        <translation>基础 URL 的端口为 0，无法访问</translation>
    </message>
    <message>
        <location filename="../src/core/service.cpp" line="150"/>
        <source>Base URL must start with https:// (got &apos;%1&apos;)</source>
        <translation>基础 URL 必须以 https:// 开头（收到的是“%1”）</translation>
    </message>
    <message>
        <location filename="../src/core/service.cpp" line="152"/>
        <source>Base URL has no host name: &apos;%1&apos;</source>
        <translation>基础 URL 没有主机名：“%1”</translation>
    </message>
    <message>
        <location filename="../src/core/service.cpp" line="155"/>
        <source>Refusing plain http:// to remote host %1: use https:// (http is allowed only for loopback)</source>
        <translation>拒绝以不加密的 http:// 连接远程主机 %1：请使用 https://（http 仅允许用于本机回环地址）</translation>
    </message>
    <message>
        <location filename="../src/core/service.cpp" line="160"/>
        <source>Base URL must not contain a query (?…) or fragment (#…): &apos;%1&apos;</source>
        <translation>基础 URL 不得包含查询（?…）或片段（#…）：“%1”</translation>
    </message>
    <message>
        <location filename="../src/core/service.cpp" line="186"/>
        <source>Base URL has an empty port (nothing after the &apos;:&apos;): give the port number or leave the &apos;:&apos; out</source>
        <translation>基础 URL 的端口为空（“:”后没有内容）：请填写端口号或去掉“:”</translation>
    </message>
</context>
<context>
    <name>loopview::ThumbnailLoader</name>
    <message>
        <location filename="../src/gui/nft/thumbnailloader.cpp" line="48"/>
        <source>The image is not in a format Loopview shows (PNG, JPEG, GIF, WebP)</source>
        <translation>图片格式不是 Loopview 可显示的格式（PNG、JPEG、GIF、WebP）</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/thumbnailloader.cpp" line="55"/>
        <source>The image&apos;s size cannot be read</source>
        <translation>无法读取图片尺寸</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/thumbnailloader.cpp" line="58"/>
        <source>The image is %1 x %2 pixels, more than the %3 x %4 allowed</source>
        <extracomment>%1 x %2 is the image&apos;s size in pixels, %3 x %4 the largest allowed.</extracomment>
        <translation>图片为 %1 x %2 像素，超过允许的 %3 x %4</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/thumbnailloader.cpp" line="72"/>
        <source>The image could not be decoded</source>
        <translation>无法解码图片</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/thumbnailloader.cpp" line="138"/>
        <source>Only https addresses are loaded</source>
        <translation>只加载 https 地址</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/thumbnailloader.cpp" line="164"/>
        <location filename="../src/gui/nft/thumbnailloader.cpp" line="176"/>
        <source>The image is larger than %1</source>
        <extracomment>%1 is a size such as &quot;2 MiB&quot;.</extracomment>
        <translation>图片大于 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/thumbnailloader.cpp" line="189"/>
        <source>The image&apos;s host redirected to an address that is not https</source>
        <translation>图片主机重定向到了非 https 地址</translation>
    </message>
    <message>
        <location filename="../src/gui/nft/thumbnailloader.cpp" line="204"/>
        <source>The image&apos;s host answered HTTP %1</source>
        <translation>图片主机返回 HTTP %1</translation>
    </message>
</context>
<context>
    <name>loopview::ThumbnailUrl</name>
    <message>
        <location filename="../src/net/thumbnailurl.cpp" line="81"/>
        <source>Enter the gateway&apos;s address, such as https://ipfs.io/ipfs/</source>
        <translation>请输入网关地址，例如 https://ipfs.io/ipfs/</translation>
    </message>
    <message>
        <location filename="../src/net/thumbnailurl.cpp" line="84"/>
        <source>This is not a valid web address</source>
        <translation>这不是有效的网址</translation>
    </message>
    <message>
        <location filename="../src/net/thumbnailurl.cpp" line="86"/>
        <source>The gateway must use https://</source>
        <translation>网关必须使用 https://</translation>
    </message>
    <message>
        <location filename="../src/net/thumbnailurl.cpp" line="88"/>
        <source>The gateway&apos;s address has no host name</source>
        <translation>网关地址没有主机名</translation>
    </message>
    <message>
        <location filename="../src/net/thumbnailurl.cpp" line="90"/>
        <source>The gateway&apos;s address cannot have a user name, a query (?) or a fragment (#)</source>
        <translation>网关地址不能包含用户名、查询（?）或片段（#）</translation>
    </message>
</context>
<context>
    <name>loopview::TokenFilter</name>
    <message>
        <location filename="../src/core/tokenfilter.cpp" line="49"/>
        <source>Token ID %1 is out of range (0 to %2)</source>
        <translation>代币 ID %1 超出范围（0 到 %2）</translation>
    </message>
    <message>
        <location filename="../src/core/tokenfilter.cpp" line="67"/>
        <source>Token symbols such as &quot;%1&quot; need the token list, which is not loaded; use token IDs or try again when the service is reachable</source>
        <translation>像“%1”这样的代币符号需要代币列表，但代币列表尚未加载；请使用代币 ID，或在服务可访问时重试</translation>
    </message>
    <message>
        <location filename="../src/core/tokenfilter.cpp" line="73"/>
        <source>Unknown token symbol &quot;%1&quot;</source>
        <translation>未知的代币符号“%1”</translation>
    </message>
    <message>
        <location filename="../src/core/tokenfilter.cpp" line="55"/>
        <source>&quot;%1&quot; is neither a token id nor a token symbol</source>
        <translation>“%1”既不是代币 ID 也不是代币符号</translation>
    </message>
</context>
<context>
    <name>loopview::TokenTable</name>
    <message>
        <location filename="../src/core/tokenexport.cpp" line="57"/>
        <source>No tokens.</source>
        <translation>没有代币。</translation>
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
        <translation>符号</translation>
    </message>
    <message>
        <location filename="../src/core/tokenexport.cpp" line="60"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/core/tokenexport.cpp" line="61"/>
        <source>DECIMALS</source>
        <translation>小数位数</translation>
    </message>
    <message>
        <location filename="../src/core/tokenexport.cpp" line="61"/>
        <source>ADDRESS</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>loopview::WalletExport</name>
    <message>
        <location filename="../src/core/walletexport.cpp" line="58"/>
        <source>accountId is too large</source>
        <translation>accountId 过大</translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="60"/>
        <source>accountId is not a whole number</source>
        <translation>accountId 不是整数</translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="65"/>
        <source>accountId is neither a number nor text</source>
        <translation>accountId 既不是数字也不是文本</translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="105"/>
        <source>Wallet %1</source>
        <translation>钱包 %1</translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="106"/>
        <source>Account %1</source>
        <translation>账户 %1</translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="110"/>
        <source>Imported from a wallet export (owner %1)</source>
        <translation>从钱包导出文件导入（所有者 %1）</translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="120"/>
        <source>This file is not a Loopring wallet export (not a JSON object)</source>
        <translation>此文件不是 Loopring 钱包导出文件（不是 JSON 对象）</translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="125"/>
        <source>This file is not a Loopring wallet export (no &quot;address&quot; or &quot;accountAddress&quot;)</source>
        <translation>此文件不是 Loopring 钱包导出文件（没有“address”或“accountAddress”）</translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="137"/>
        <source>The export&apos;s address is not valid: %1</source>
        <translation>导出文件中的地址无效：%1</translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="146"/>
        <source>apiKey is not text</source>
        <translation>apiKey 不是文本</translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="162"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/core/walletexport.cpp" line="168"/>
        <source>This file is too large to be a Loopring wallet export</source>
        <translation>此文件太大，不可能是 Loopring 钱包导出文件</translation>
    </message>
</context>
<context>
    <name>loopview::WatchController</name>
    <message>
        <location filename="../src/gui/watch/watchcontroller.cpp" line="143"/>
        <source>%1 on %2</source>
        <extracomment>The watched account in a notification: &quot;&lt;account id or address&gt; on &lt;host&gt;&quot;</extracomment>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>loopview::WatchIntegration</name>
    <message>
        <location filename="../src/gui/watch/watchintegration.cpp" line="37"/>
        <source>Keep Watching?</source>
        <translation>继续监视？</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/watchintegration.cpp" line="38"/>
        <source>Loopview is watching for changes. Keep watching in the system tray after the window is closed?</source>
        <translation>Loopview 正在监视变化。关闭窗口后是否在系统托盘中继续监视？</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/watchintegration.cpp" line="41"/>
        <source>Keep Watching in Tray</source>
        <translation>在托盘中继续监视</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/watchintegration.cpp" line="42"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/watchintegration.cpp" line="44"/>
        <source>Do not ask again</source>
        <translation>不再询问</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/watchintegration.cpp" line="63"/>
        <source>&amp;Watch for Changes</source>
        <translation>监视变化(&amp;W)</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/watchintegration.cpp" line="83"/>
        <source>Refresh the shown account automatically and notify about its changes</source>
        <translation>自动刷新当前账户并通知其变化</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/watch/watchintegration.cpp" line="117"/>
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>每 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/watch/watchintegration.cpp" line="129"/>
        <source>Watching %1</source>
        <extracomment>Status bar: &quot;Watching every 5 minutes&quot;</extracomment>
        <translation>正在监视（%1）</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/watchintegration.cpp" line="132"/>
        <source>Watch paused: offline</source>
        <translation>监视已暂停：离线</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/watchintegration.cpp" line="195"/>
        <source>&amp;Show Loopview</source>
        <translation>显示 Loopview(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/gui/watch/watchintegration.cpp" line="196"/>
        <source>Stop Watching and &amp;Quit</source>
        <translation>停止监视并退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>loopview::WhoseData</name>
    <message>
        <location filename="../src/gui/whosedata.cpp" line="100"/>
        <source>Showing %1 while %2 loads</source>
        <extracomment>%1 is the data on screen, %2 the one being fetched; both &quot;account 20533 on host&quot;</extracomment>
        <translation>正在显示%1，%2 正在加载</translation>
    </message>
    <message>
        <location filename="../src/gui/whosedata.cpp" line="102"/>
        <source>Showing %1: %2 could not be fetched</source>
        <translation>正在显示%1：无法获取%2</translation>
    </message>
    <message>
        <location filename="../src/gui/whosedata.cpp" line="104"/>
        <source>Showing %1: the fetch of %2 was cancelled</source>
        <translation>正在显示%1：%2 的获取已取消</translation>
    </message>
</context>
<context>
    <name>loopview::accessibleparts</name>
    <message>
        <location filename="../src/gui/accessibleparts.cpp" line="31"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../src/gui/accessibleparts.cpp" line="32"/>
        <source>Clear the field</source>
        <translation>清除此栏</translation>
    </message>
    <message>
        <location filename="../src/gui/accessibleparts.cpp" line="41"/>
        <source>Select all cells</source>
        <translation>选择所有单元格</translation>
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
        <translation>布尔值</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="44"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="45"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="46"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="47"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="50"/>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="74"/>
        <source>The response body is empty.</source>
        <translation>响应正文为空。</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="79"/>
        <source>%1 at byte offset %2</source>
        <translation>%1（字节偏移量 %2）</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="84"/>
        <source>The response is an HTML page, not JSON (%1).</source>
        <translation>响应是 HTML 页面，而不是 JSON（%1）。</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="86"/>
        <source>The response is not valid JSON: %1.</source>
        <translation>响应不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="92"/>
        <source>The response gives the key %1 twice in one object.</source>
        <translation>响应在同一个对象中两次给出键 %1。</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="140"/>
        <source>%1: field %2 is an empty string</source>
        <translation>%1：字段 %2 是空字符串</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="158"/>
        <source>%1: field %2 should be true or false, not %3</source>
        <translation>%1：字段 %2 应为 true 或 false，而不是%3</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="175"/>
        <source>%1: field %2 is not a base-unit integer: %3</source>
        <translation>%1：字段 %2 不是最小单位整数：%3</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="197"/>
        <source>%1: field %2 is a number whose digits could not be read</source>
        <translation>%1：字段 %2 是一个无法读出其数字的数</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="203"/>
        <source>%1: field %2 should be a decimal string or number, not %3</source>
        <translation>%1：字段 %2 应为十进制字符串或数字，而不是%3</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="211"/>
        <source>%1: field %2 %3</source>
        <extracomment>%3 says what is wrong with the number, e.g. &quot;is negative&quot; or &quot;contains whitespace at position 1&quot;</extracomment>
        <translation>%1：字段 %2 %3</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="224"/>
        <source>%1: field %2 should be an object, not %3</source>
        <translation>%1：字段 %2 应为对象，而不是%3</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="237"/>
        <source>%1: field %2 should be an array, not %3</source>
        <translation>%1：字段 %2 应为数组，而不是%3</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="273"/>
        <source>%1: field %2 is missing</source>
        <translation>%1：缺少字段 %2</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="280"/>
        <source>%1: field %2 should be a string, not %3</source>
        <translation>%1：字段 %2 应为字符串，而不是%3</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="290"/>
        <source>%1: field %2 should be a number, not %3</source>
        <translation>%1：字段 %2 应为数字，而不是%3</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="297"/>
        <source>%1: field %2 is not a whole number</source>
        <translation>%1：字段 %2 不是整数</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="301"/>
        <source>%1: field %2 is out of range (%3 to %4)</source>
        <translation>%1：字段 %2 超出范围（%3 到 %4）</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="336"/>
        <location filename="../src/core/loopringjson.cpp" line="520"/>
        <location filename="../src/core/loopringjson.cpp" line="653"/>
        <source>%1 should be an object, not %2</source>
        <translation>%1 应为对象，而不是%2</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="371"/>
        <source>Expected a JSON array of balances.</source>
        <translation>应为余额的 JSON 数组。</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="381"/>
        <source>balance %1</source>
        <translation>余额 %1</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="396"/>
        <location filename="../src/core/loopringjson.cpp" line="688"/>
        <source>%1: field accountId is %2, but account %3 was asked for</source>
        <translation>%1：字段 accountId 为 %2，但请求的是账户 %3</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="403"/>
        <source>%1: field accountId is %2, but balance 1 is of account %3; one request answers for one account</source>
        <translation>%1：字段 accountId 为 %2，但余额 1 属于账户 %3；一个请求只对应一个账户</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="412"/>
        <source>%1: token id %2 appears more than once (also in balance %3)</source>
        <translation>%1：代币 ID %2 出现了不止一次（也在余额 %3 中）</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="425"/>
        <source>Expected a JSON array of tokens.</source>
        <translation>应为代币的 JSON 数组。</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="435"/>
        <source>token %1</source>
        <translation>代币 %1</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="460"/>
        <source>%1: token id %2 appears more than once</source>
        <translation>%1：代币 ID %2 出现了不止一次</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="476"/>
        <source>Expected a JSON object describing an account.</source>
        <translation>应为描述账户的 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="478"/>
        <source>account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="489"/>
        <source>account: field owner is not an Ethereum address: %1</source>
        <translation>账户：字段 owner 不是以太坊地址：%1</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="500"/>
        <source>Expected a JSON object with a list of prices.</source>
        <translation>应为包含价格列表的 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="504"/>
        <source>price list: field prices is missing</source>
        <translation>价格列表：缺少字段 prices</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="506"/>
        <source>price list: field prices should be an array, not %1</source>
        <translation>价格列表：字段 prices 应为数组，而不是%1</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="517"/>
        <source>price %1</source>
        <translation>价格 %1</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="539"/>
        <source>%1: symbol %2 appears more than once (also in price %3)</source>
        <translation>%1：符号 %2 出现了不止一次（也在价格 %3 中）</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="635"/>
        <source>Expected a JSON object with totalNum and data (a page of NFTs).</source>
        <translation>应为包含 totalNum 和 data 的 JSON 对象（一页 NFT）。</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="639"/>
        <source>NFT page</source>
        <translation>NFT 页</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="651"/>
        <source>NFT %1</source>
        <translation>NFT %1</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="681"/>
        <source>%1: field nftId is not a 256-bit hex id: %2</source>
        <translation>%1：字段 nftId 不是 256 位十六进制 ID：%2</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="696"/>
        <source>%1: token id %2 appears more than once (also in NFT %3)</source>
        <translation>%1：代币 ID %2 出现了不止一次（也在 NFT %3 中）</translation>
    </message>
    <message>
        <location filename="../src/core/loopringjson.cpp" line="707"/>
        <source>NFT page: field totalNum is %1, but the page alone has %2 NFTs</source>
        <translation>NFT 页：字段 totalNum 为 %1，但仅此页就有 %2 个 NFT</translation>
    </message>
</context>
</TS>
