#!/usr/bin/env node
// `callwatch --once` done with RingCentral's official JS SDK instead: the Node side of
// bench/once-vs-sdk.sh. Same inputs (RC_SERVER_URL, RC_APP_CLIENT_ID, RC_APP_CLIENT_SECRET,
// RC_USER_JWT), same requests (JWT login, every page of the company active-calls list with
// perPage=1000 following navigation.nextPage, revoke), same CSV on stdout.
//
//   RC_SERVER_URL=http://127.0.0.1:PORT ... node bench/sdk-once.mjs > calls.csv
//
// The point is a fair comparison, so the work per record mirrors callwatch's: parse every field
// it reads (src/core/calls/activecall.cpp), merge duplicate keys and sort like CallBoard, and write
// each row with the rules of CsvWriter (RFC 4180, formula-injection prefix, CRLF, no BOM).
// Exit codes follow callwatch's: 0 ok, 2 usage, 3 authentication failed, 4 permission denied,
// 5 network or server error, with a one-line reason on stderr that never holds a secret.

import {createRequire} from 'node:module';

// One pinned install for the whole tree: the SDK the check in tests/sdk runs, not a copy here.
const require = createRequire(new URL('../tests/sdk/package.json', import.meta.url));

const COMPANY_CALLS = '/restapi/v1.0/account/~/active-calls';
const PER_PAGE = 1000;
// A paging loop that never ends (a server whose nextPage points back) must not hang the bench.
const MAX_PAGES = 1000;

const EXIT = {ok: 0, usage: 2, auth: 3, forbidden: 4, server: 5};

// The columns of src/core/export/snapshotexport.cpp, in its order.
const COLUMNS = [
    'id', 'status', 'direction', 'from_name', 'from_number', 'from_extension', 'to_name', 'to_number',
    'to_extension', 'extension_id', 'start_time', 'duration_seconds', 'type', 'action', 'result', 'reason',
    'transport', 'session_id', 'telephony_session_id', 'party_id',
];

class Failure extends Error {
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}

// ---------------------------------------------------------------------------------------------
// Records, read the way ActiveCall::fromJson reads them

// Ids and enum values may arrive as numbers; anything else that is not text counts as absent.
function textOf(value) {
    switch (typeof value) {
    case 'string':
        return value;
    case 'number':
        return Number.isFinite(value) ? String(value) : '';
    case 'boolean':
        return value ? 'true' : 'false';
    default:
        return '';
    }
}

// A count as a number or numeric text; -1 when absent or junk (fractions truncate).
function integerOf(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? Math.trunc(value) : -1;
    if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value))
        return Number.parseInt(value, 10);
    return -1;
}

// The ISO-8601 shapes the platform sends (`Z`, `+0000`, `+00:00`, none = UTC). Date.parse alone
// would read a timestamp without an offset as local time, so the fields are taken apart here.
const ISO = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;

function parseTimestamp(text) {
    const m = ISO.exec(text);
    if (!m)
        return NaN;
    const millis = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
    let ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], millis);
    if (m[9])
        ms -= (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11])) * 60_000;
    return ms;
}

function partyOf(party) {
    const p = party !== null && typeof party === 'object' ? party : {};
    return {phoneNumber: textOf(p.phoneNumber), extensionNumber: textOf(p.extensionNumber), name: textOf(p.name)};
}

// The row key of ActiveCall::key(); '' means the record cannot be shown and is dropped.
function keyOf(call) {
    if (call.id)
        return call.id;
    if (call.telephonySessionId && call.partyId)
        return `${call.telephonySessionId}/${call.partyId}`;
    return call.sessionId || call.telephonySessionId;
}

function readCall(record) {
    if (record === null || typeof record !== 'object')
        return null;
    const extension = record.extension !== null && typeof record.extension === 'object' ? record.extension : {};
    const call = {
        id: textOf(record.id),
        sessionId: textOf(record.sessionId),
        telephonySessionId: textOf(record.telephonySessionId),
        partyId: textOf(record.partyId),
        startMs: parseTimestamp(textOf(record.startTime)),
        durationSeconds: integerOf(record.duration),
        durationMs: integerOf(record.durationMs),
        type: textOf(record.type),
        direction: textOf(record.direction),
        action: textOf(record.action),
        result: textOf(record.result),
        reason: textOf(record.reason),
        transport: textOf(record.transport),
        from: partyOf(record.from),
        to: partyOf(record.to),
        extensionId: textOf(extension.id),
        finished: typeof record.finished === 'boolean' ? record.finished : undefined,
    };
    call.key = keyOf(call);
    return call.key ? call : null;
}

// Ended calls linger with their final result, so "listed" is not "live" (ActiveCall::isLive).
function isLive(call) {
    if (call.finished === true)
        return false;
    return call.result === '' || call.result.toLowerCase() === 'in progress';
}

// ---------------------------------------------------------------------------------------------
// CSV, written the way CsvWriter and snapshotRow() write it

const NEEDS_QUOTES = /[",\r\n]/;
const LOOKS_LIKE_FORMULA = /^[=+\-@\t\r]/;

function cell(text) {
    const guarded = LOOKS_LIKE_FORMULA.test(text) ? `'${text}` : text;
    return NEEDS_QUOTES.test(text) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

function row(call, nowMs) {
    const live = isLive(call);
    let duration = call.durationSeconds >= 0 ? call.durationSeconds
        : call.durationMs >= 0             ? Math.trunc(call.durationMs / 1000)
                                           : -1;
    if (live && Number.isFinite(call.startMs)) // a start ahead of our clock counts as just started
        duration = Math.max(duration, Math.max(Math.trunc((nowMs - call.startMs) / 1000), 0));
    return [
        call.id, live ? 'live' : 'ended', call.direction, call.from.name, call.from.phoneNumber,
        call.from.extensionNumber, call.to.name, call.to.phoneNumber, call.to.extensionNumber, call.extensionId,
        Number.isFinite(call.startMs) ? new Date(call.startMs).toISOString() : '',
        duration >= 0 ? String(duration) : '', call.type, call.action, call.result, call.reason, call.transport,
        call.sessionId, call.telephonySessionId, call.partyId,
    ].map(cell).join(',');
}

// Resolves once the bytes are handed to the OS, so exiting right after loses nothing.
function writeOut(text) {
    return new Promise((resolve, reject) => process.stdout.write(text, error => (error ? reject(error) : resolve())));
}

async function writeCsv(calls, nowMs) {
    const ROWS_PER_WRITE = 1000; // bounded chunks: one giant string would only add a peak
    let chunk = [COLUMNS.join(',')];
    for (const call of calls) {
        chunk.push(row(call, nowMs));
        if (chunk.length >= ROWS_PER_WRITE) {
            await writeOut(chunk.join('\r\n') + '\r\n');
            chunk = [];
        }
    }
    if (chunk.length > 0)
        await writeOut(chunk.join('\r\n') + '\r\n');
}

// ---------------------------------------------------------------------------------------------
// The job

function environment() {
    const {RC_SERVER_URL: server, RC_APP_CLIENT_ID: clientId, RC_APP_CLIENT_SECRET: clientSecret = '',
           RC_USER_JWT: jwt} = process.env;
    for (const [name, value] of [['RC_SERVER_URL', server], ['RC_APP_CLIENT_ID', clientId], ['RC_USER_JWT', jwt]]) {
        if (!value)
            throw new Failure(EXIT.usage, `${name} is not set`);
    }
    return {server, clientId, clientSecret, jwt};
}

// An SDK error as callwatch would classify it; the message is the server's, never a token.
function classify(error, during) {
    const status = error?.response?.status;
    const reason = `${during}: ${status ? `HTTP ${status}: ` : ''}${error?.message ?? error}`;
    if (status === 401 || (during === 'login' && (status === 400 || status === 403)))
        return new Failure(EXIT.auth, `authentication failed: ${reason}`);
    if (status === 403)
        return new Failure(EXIT.forbidden, `permission denied: ${reason}`);
    return new Failure(EXIT.server, reason);
}

async function fetchAllPages(platform) {
    const calls = new Map(); // by key: a record listed twice while the pages shift counts once
    let response = await platform.get(COMPANY_CALLS, {page: 1, perPage: PER_PAGE});
    for (let pages = 1; ; ++pages) {
        const body = await response.json();
        if (!Array.isArray(body?.records))
            throw new Failure(EXIT.server, `page ${pages}: the answer has no records array`);
        for (const record of body.records) {
            const call = readCall(record);
            if (call)
                calls.set(call.key, call); // the later one wins, as on CallBoard
        }
        const next = body.navigation?.nextPage?.uri;
        if (!next)
            break;
        if (pages >= MAX_PAGES)
            throw new Failure(EXIT.server, `more than ${MAX_PAGES} pages`);
        response = await platform.get(next); // the SDK sends an absolute URI as it is
    }
    return [...calls.values()];
}

async function main() {
    const {server, clientId, clientSecret, jwt} = environment();
    const {SDK} = require('@ringcentral/sdk');
    // cachePrefix: the SDK keeps tokens in one process-wide store; a prefix of our own keeps this
    // instance independent of any other (see tests/sdk/sdk-check.mjs).
    const sdk = new SDK({server, clientId, clientSecret, cachePrefix: 'callwatch-bench-',
                         appName: 'CallWatchBench', appVersion: '1.0'});
    const platform = sdk.platform();

    try {
        await platform.login({jwt});
    } catch (error) {
        throw classify(error, 'login');
    }
    let outcome = null;
    try {
        let calls;
        try {
            calls = await fetchAllPages(platform);
        } catch (error) {
            throw error instanceof Failure ? error : classify(error, 'active-calls');
        }
        const nowMs = Date.now();
        // CallBoard's order: newest start first, no start time last, then by key.
        calls.sort((a, b) => {
            const as = Number.isFinite(a.startMs) ? a.startMs : -Infinity;
            const bs = Number.isFinite(b.startMs) ? b.startMs : -Infinity;
            return as !== bs ? bs - as : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
        });
        await writeCsv(calls, nowMs);
    } catch (error) {
        outcome = error;
    }
    // Revoke even after a failure, like callwatch; the platform asks clients to ignore its errors.
    try {
        await platform.logout();
    } catch {
        // Nothing to do: the tokens expire on their own.
    }
    if (outcome)
        throw outcome;
}

main().then(
    () => process.exit(EXIT.ok),
    error => {
        const failure = error instanceof Failure ? error : new Failure(EXIT.server, String(error?.message ?? error));
        process.stderr.write(`sdk-once: ${failure.message}\n`);
        process.exit(failure.code);
    });
