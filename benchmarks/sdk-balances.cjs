// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Loopview authors

// The job of `loopview-cli balances --format csv`, done with the official JavaScript SDK
// (@loopring-web/loopring-sdk), for benchmarks/compare-sdk.sh:
//   node sdk-balances.cjs BASE_URL ACCOUNT_ID API_KEY > out.csv
// The token list, then the balances (in that order, as loopview-cli does), through the SDK's own
// calls and maps; every amount scaled exactly with BigInt by the token's decimals, trailing zeros
// dropped; tokens the list does not know in base units with an empty symbol. Same columns as
// loopview-cli's CSV. NODE_PATH must name the node_modules the SDK was installed into.
'use strict';
const sdk = require('@loopring-web/loopring-sdk');

function scaled(baseUnits, decimals) {
    if (decimals === undefined)
        return baseUnits.toString();
    const negative = baseUnits < 0n;
    const magnitude = negative ? -baseUnits : baseUnits;
    const unit = 10n ** BigInt(decimals);
    const whole = (magnitude / unit).toString();
    const fraction = decimals > 0 ? (magnitude % unit).toString().padStart(decimals, '0').replace(/0+$/, '') : '';
    return (negative ? '-' : '') + (fraction ? whole + '.' + fraction : whole);
}

function cell(text) {
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

async function main() {
    const [baseUrl, accountId, apiKey] = process.argv.slice(2);
    const exchange = new sdk.ExchangeAPI({ chainId: sdk.ChainId.MAINNET, baseUrl });
    const user = new sdk.UserAPI({ chainId: sdk.ChainId.MAINNET, baseUrl });

    const tokens = await exchange.getTokens();
    if (!tokens.tokensMap)
        throw new Error('token list: ' + JSON.stringify(tokens));
    const reply = await user.getUserBalances({ accountId: Number(accountId) }, apiKey);
    if (!reply.userBalances)
        throw new Error('balances: ' + JSON.stringify(reply));

    const lines = ['account_id,token_id,symbol,decimals,total,locked,available,pending_deposit,pending_withdraw'];
    // raw_data keeps the service's order, as loopview-cli does; userBalances is keyed by id.
    for (const row of reply.raw_data) {
        const balance = reply.userBalances[row.tokenId];
        const symbol = tokens.idIndex[balance.tokenId];
        const token = symbol === undefined ? undefined : tokens.tokensMap[symbol];
        const decimals = token ? token.decimals : undefined;
        const total = BigInt(balance.total);
        const locked = BigInt(balance.locked);
        lines.push([accountId, balance.tokenId, cell(token ? symbol : ''), decimals ?? '',
                    scaled(total, decimals), scaled(locked, decimals), scaled(total - locked, decimals),
                    scaled(BigInt(balance.pending.deposit), decimals),
                    scaled(BigInt(balance.pending.withdraw), decimals)].join(','));
    }
    process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error) => {
    process.stderr.write('sdk-balances: ' + (error && error.message ? error.message : error) + '\n');
    process.exit(1);
});
