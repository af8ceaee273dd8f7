#!/usr/bin/env node
// Checks that RingCentral's official JS SDK (@ringcentral/sdk, pinned in package.json) works
// against callwatch-sim unchanged: JWT login, extension info, both active-calls endpoints with
// paging, the 403 a standard user gets for company calls, the SDK's own recovery from a 401,
// and logout.
//
//   node sdk-check.mjs path/to/callwatch-sim      (or CALLWATCH_SIM=path/to/callwatch-sim)
//
// Prints one `ok - ...` / `not ok - ...` line per check and ends with `N passed, M failed`.
// Exits 0 only when every check passed. The simulator is always killed, and a watchdog bounds
// the whole run so it can never hang.
//
// Rate limits (per client id + user, 60 s windows) and what this script spends of them, on a
// fresh simulator of its own:
//   Auth  (5):  admin: login, refresh, revoke = 3;      user: login, revoke = 2
//   Heavy (10): admin: company, extension, <= 6 pages;  user: extension, company (403) = 2
// So the paging walk picks its perPage to end in at most a handful of pages (see checkPaging).

import {spawn} from 'node:child_process';
import {accessSync, constants as fsConstants, readFileSync} from 'node:fs';
import {createInterface} from 'node:readline';

const RUN_TIMEOUT_MS = 60_000; // the whole run; CTest's own TIMEOUT is larger
const STARTUP_TIMEOUT_MS = 10_000; // until the simulator prints its address
const REQUEST_TIMEOUT_MS = 10_000; // one HTTP request, SDK or raw
const MAX_PAGES = 6; // Heavy budget left for the paging walk (see above)

// Made-up credentials: the simulator accepts the JWT strings passed by flag verbatim.
const CLIENT_ID = 'sdk-check-client-id';
const CLIENT_SECRET = 'sdk-check-client-secret';
const ADMIN_JWT = 'eyJhbGciOiJub25lIn0.c2RrLWNoZWNrIGFkbWluIEpXVA.c2RrLWNoZWNr';
const USER_JWT = 'eyJhbGciOiJub25lIn0.c2RrLWNoZWNrIHVzZXIgSldU.c2RrLWNoZWNr';

const EXTENSION = '/restapi/v1.0/account/~/extension/~';
const EXTENSION_CALLS = '/restapi/v1.0/account/~/extension/~/active-calls';
const COMPANY_CALLS = '/restapi/v1.0/account/~/active-calls';

// ---------------------------------------------------------------------------------------------
// Reporting

let passed = 0;
let failed = 0;
let finishing = false;

function check(description, condition, ...diagnostics) {
    if (finishing)
        return false; // the summary is being written: late results would land after it
    if (condition) {
        passed += 1;
        console.log(`ok - ${description}`);
    } else {
        failed += 1;
        console.log(`not ok - ${description}`);
        for (const line of diagnostics.flatMap(d => String(d).split('\n')))
            console.log(`  # ${line}`);
    }
    return Boolean(condition);
}

// Describes a failed SDK call precisely enough to tell what the simulator answered.
async function describeError(error) {
    if (!(error instanceof Error))
        return String(error);
    const lines = [`${error.name ?? 'Error'}: ${error.message}`];
    if (error.request)
        lines.push(`request: ${error.request.method} ${error.request.url}`);
    if (error.response) {
        lines.push(`response: HTTP ${error.response.status} ${error.response.statusText ?? ''}`.trimEnd());
        try {
            lines.push(`body: ${(await error.response.clone().text()).slice(0, 2000)}`);
        } catch {
            // The body was already read elsewhere; status and message are enough then.
        }
    }
    return lines.join('\n');
}

// Runs one group of checks; an exception fails the group with its cause instead of the run.
async function step(description, body) {
    try {
        return await body();
    } catch (error) {
        check(`${description}: no unexpected error`, false, await describeError(error));
        return undefined;
    }
}

// ---------------------------------------------------------------------------------------------
// The simulator process

let sim = null;
let simExitedEarly = null; // set when the simulator dies while we still need it
const simStderr = []; // last lines, for diagnostics

function startSimulator(path) {
    const args = ['--port', '0', '--seed', '7', '--calls', '30', '--client-id', CLIENT_ID,
                  '--client-secret', CLIENT_SECRET, '--admin-jwt', ADMIN_JWT, '--user-jwt', USER_JWT];
    sim = spawn(path, args, {stdio: ['ignore', 'pipe', 'pipe']});
    createInterface({input: sim.stderr}).on('line', line => {
        simStderr.push(line);
        if (simStderr.length > 40)
            simStderr.shift();
    });
    sim.on('exit', (code, signal) => {
        simExitedEarly ??= `exit code ${code}, signal ${signal}`;
    });

    return new Promise((resolve, reject) => {
        const timer = setTimeout(
            () => reject(new Error(`no address from the simulator within ${STARTUP_TIMEOUT_MS} ms`)),
            STARTUP_TIMEOUT_MS);
        sim.on('error', error => {
            clearTimeout(timer);
            reject(error);
        });
        sim.on('exit', () => {
            clearTimeout(timer);
            reject(new Error(`the simulator exited before listening (${simExitedEarly})`));
        });
        // readline keeps draining stdout after the first line, so the pipe never fills up.
        const lines = createInterface({input: sim.stdout});
        lines.once('line', line => {
            clearTimeout(timer);
            const match = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line.trim());
            if (match)
                resolve(match[1]);
            else
                reject(new Error(`unexpected first line from the simulator: ${JSON.stringify(line)}`));
        });
    });
}

const simRunning = () => sim !== null && sim.exitCode === null && sim.signalCode === null;

function killSimulator() {
    if (simRunning()) {
        simExitedEarly = 'stopped by the check'; // not a failure from here on
        sim.kill('SIGKILL');
    }
}

// Kills the simulator and waits (briefly) until it is reaped, so no zombie outlives the check.
async function stopSimulator() {
    if (!simRunning())
        return;
    const exited = new Promise(resolve => sim.once('exit', resolve));
    killSimulator();
    await Promise.race([exited, new Promise(resolve => setTimeout(resolve, 2000))]);
}

// ---------------------------------------------------------------------------------------------
// Helpers

// A request that does not go through the SDK: the control endpoint, and proof about old tokens.
async function rawFetch(url, init = {}) {
    return fetch(url, {...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)});
}

function newSdk(SDK, server, cachePrefix) {
    // All SDK instances in one Node process share one in-memory localStorage, so each needs a
    // cache prefix of its own or the second login would overwrite the first one's tokens.
    // node-fetch has no timeout by default; this one keeps a silent server from hanging a step.
    return new SDK({server, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, cachePrefix,
                    appName: 'CallWatchSdkCheck', appVersion: '1.0',
                    defaultRequestInit: {timeout: REQUEST_TIMEOUT_MS}});
}

function isAbsoluteHttpUri(uri, server) {
    try {
        const url = new URL(uri);
        return url.protocol === 'http:' && url.origin === new URL(server).origin;
    } catch {
        return false;
    }
}

function checkTokenJson(who, json) {
    check(`${who}: token_type is "bearer"`, json?.token_type === 'bearer',
          `token_type: ${JSON.stringify(json?.token_type)}`);
    check(`${who}: token has access_token, refresh_token and a positive expires_in`,
          typeof json?.access_token === 'string' && json.access_token.length > 0 &&
              typeof json?.refresh_token === 'string' && json.refresh_token.length > 0 && json?.expires_in > 0,
          `fields: ${Object.keys(json ?? {}).join(', ')}`);
    // Without it the SDK decides locally that the refresh token has expired and never refreshes.
    check(`${who}: token has a positive refresh_token_expires_in`,
          typeof json?.refresh_token_expires_in === 'number' && json.refresh_token_expires_in > 0,
          `refresh_token_expires_in: ${JSON.stringify(json?.refresh_token_expires_in)}`);
}

function checkCallList(what, body, server) {
    check(`${what}: records is an array`, Array.isArray(body?.records),
          `body keys: ${Object.keys(body ?? {}).join(', ')}`);
    check(`${what}: paging has page 1 and a perPage`,
          body?.paging?.page === 1 && Number.isInteger(body?.paging?.perPage),
          `paging: ${JSON.stringify(body?.paging)}`);
    check(`${what}: navigation.firstPage.uri is absolute`,
          isAbsoluteHttpUri(body?.navigation?.firstPage?.uri, server),
          `navigation: ${JSON.stringify(body?.navigation)}`);
}

// Follows navigation.nextPage from page 1 to the end. The simulator's calls come and go in real
// time, so the pages are not one frozen snapshot: the checks are on each page's own consistency
// and on the sort order, and the total is compared with the unpaged listing with some slack.
async function checkPaging(platform, server, unpagedCount) {
    // A perPage that makes about five pages keeps the walk within the Heavy budget: perPage=5
    // would take some 13 pages for the ~60 records of --calls 30, more than the 10 allowed.
    const perPage = Math.max(2, Math.ceil(unpagedCount / 5));
    const pages = [];
    let response = await platform.get(COMPANY_CALLS, {perPage});
    for (;;) {
        const body = await response.json();
        pages.push(body);
        const next = body?.navigation?.nextPage?.uri;
        if (!next || pages.length >= MAX_PAGES || !isAbsoluteHttpUri(next, server))
            break;
        response = await platform.get(next); // the SDK takes an absolute URI as it is
    }

    const problems = [];
    const pageOf = uri => (uri ? Number(new URL(uri).searchParams.get('page')) : NaN);
    pages.forEach((body, index) => {
        const page = index + 1;
        const records = body?.records ?? [];
        const last = index === pages.length - 1;
        const {paging = {}, navigation = {}} = body ?? {};
        if (paging.page !== page || paging.perPage !== perPage)
            problems.push(`page ${page}: paging ${JSON.stringify(paging)}`);
        if (records.length > perPage || (!last && records.length !== perPage))
            problems.push(`page ${page}: ${records.length} records for perPage ${perPage}`);
        const start = index * perPage;
        if (records.length > 0 && (paging.pageStart !== start || paging.pageEnd !== start + records.length - 1))
            problems.push(`page ${page}: pageStart/pageEnd ${paging.pageStart}/${paging.pageEnd}`);
        if (!last && pageOf(navigation.nextPage?.uri) !== page + 1)
            problems.push(`page ${page}: nextPage ${JSON.stringify(navigation.nextPage)}`);
        if (last && navigation.nextPage)
            problems.push(`page ${page}: the walk stopped at a nextPage that is not absolute or beyond `
                          + `${MAX_PAGES} pages: ${navigation.nextPage.uri}`);
        if (last && pageOf(navigation.lastPage?.uri) !== page)
            problems.push(`page ${page}: is the end but lastPage is ${JSON.stringify(navigation.lastPage)}`);
        if (page > 1 && pageOf(navigation.previousPage?.uri) !== page - 1)
            problems.push(`page ${page}: previousPage ${JSON.stringify(navigation.previousPage)}`);
    });

    const records = pages.flatMap(body => body?.records ?? []);
    // Each page is ordered; across pages the list may have moved on between two reads (calls
    // that begin meanwhile push a page's last records onto the next), as on the platform.
    const sorted = pages.every(body => {
        const times = (body?.records ?? []).map(r => Date.parse(r.startTime));
        return times.every((t, i) => Number.isFinite(t) && (i === 0 || t <= times[i - 1]));
    });
    if (pages.length < 2)
        problems.push(`only ${pages.length} page(s) for ${unpagedCount} records`);
    check(`paging with perPage=${perPage} walked ${pages.length} pages to the end`, problems.length === 0, ...problems);
    check('each page is ordered by startTime, newest first', sorted);
    // A few calls may start or drop off the list while the pages are read.
    check(`paged records (${records.length}) match the unpaged listing (${unpagedCount}) within 3`,
          Math.abs(records.length - unpagedCount) <= 3);
}

// ---------------------------------------------------------------------------------------------
// The checks

async function adminChecks(server, sdk) {
    const platform = sdk.platform();
    let me = null;

    const loggedIn = await step('admin login', async () => {
        const response = await platform.login({jwt: ADMIN_JWT});
        check('admin: login with the JWT succeeds', response.ok, `HTTP ${response.status}`);
        checkTokenJson('admin', await response.json());
        return true;
    });
    if (!loggedIn)
        return false;

    await step('admin extension info', async () => {
        me = await (await platform.get(EXTENSION)).json();
        check('admin: extension info has permissions.admin.enabled true', me?.permissions?.admin?.enabled === true,
              `permissions: ${JSON.stringify(me?.permissions)}`);
        check('admin: extension id is above 2^32',
              typeof me?.id === 'number' && me.id > 2 ** 32 && Number.isSafeInteger(me.id),
              `id: ${JSON.stringify(me?.id)}`);
    });

    let unpagedCount = 0;
    await step('admin company active calls', async () => {
        const body = await (await platform.get(COMPANY_CALLS)).json();
        checkCallList('admin: company active-calls', body, server);
        unpagedCount = body?.records?.length ?? 0;
    });

    await step('admin extension active calls', async () => {
        const body = await (await platform.get(EXTENSION_CALLS)).json();
        checkCallList('admin: extension active-calls', body, server);
        const strangers = (body?.records ?? []).filter(r => r?.extension?.id !== me?.id);
        check('admin: extension active-calls lists only the admin\'s own calls', me && strangers.length === 0,
              `${strangers.length} record(s) of other extensions`);
    });

    await step('admin company active calls paging', () => checkPaging(platform, server, unpagedCount));
    return true;
}

async function userChecks(SDK, server) {
    const sdk = newSdk(SDK, server, 'rc-user-');
    const platform = sdk.platform();

    const loggedIn = await step('user login', async () => {
        const response = await platform.login({jwt: USER_JWT});
        check('user: login with the JWT succeeds', response.ok, `HTTP ${response.status}`);
        const json = await response.json();
        check('user: token_type is "bearer"', json?.token_type === 'bearer',
              `token_type: ${JSON.stringify(json?.token_type)}`);
        return true;
    });
    if (!loggedIn)
        return;

    await step('user extension info', async () => {
        const me = await (await platform.get(EXTENSION)).json();
        check('user: extension info has permissions.admin.enabled false', me?.permissions?.admin?.enabled === false,
              `permissions: ${JSON.stringify(me?.permissions)}`);
    });

    await step('user extension active calls', async () => {
        const response = await platform.get(EXTENSION_CALLS);
        check('user: extension active-calls answers 200', response.status === 200, `HTTP ${response.status}`);
        checkCallList('user: extension active-calls', await response.json(), server);
    });

    await step('user company active calls', async () => {
        let error = null;
        try {
            await platform.get(COMPANY_CALLS);
        } catch (e) {
            error = e;
        }
        const status = error?.response?.status;
        check('user: company active-calls is refused with HTTP 403', status === 403,
              error ? await describeError(error) : 'the request succeeded');
        if (status !== 403)
            return;
        const body = await error.response.json();
        const first = body?.errors?.[0];
        check('user: the 403 body has errors[0].errorCode CMN-408', first?.errorCode === 'CMN-408',
              `body: ${JSON.stringify(body)}`);
        check('user: the 403 body has errors[0].permissionName ReadCompanyCallLog',
              first?.permissionName === 'ReadCompanyCallLog', `body: ${JSON.stringify(body)}`);
    });

    // Not a check: ends the user's session so it does not outlive the test.
    await step('user logout', () => platform.logout());
}

async function recoveryChecks(server, sdk) {
    const platform = sdk.platform();
    const client = sdk.client();
    const refreshes = [];
    const statuses = [];
    const onRefresh = response => refreshes.push(response);
    const onError = error => statuses.push(error?.response?.status);
    platform.on(platform.events.refreshSuccess, onRefresh);
    client.on(client.events.requestError, onError);
    try {
        const before = (await platform.auth().data()).access_token;
        const control = await rawFetch(`${server}/sim/control/expire-access-tokens`, {method: 'POST'});
        check('the simulator expires access tokens on request', control.ok,
              `HTTP ${control.status}: ${await control.text()}`);

        // The SDK still believes its token is good for an hour, so it sends it, gets a 401,
        // refreshes on its own and retries once. A Light endpoint: the Heavy budget is spent.
        const response = await platform.get(EXTENSION);
        check('after a 401 the same SDK call succeeds', response.ok, `HTTP ${response.status}`);
        check('the SDK saw the 401', statuses.includes(401), `request errors seen: ${JSON.stringify(statuses)}`);
        check('the SDK refreshed exactly once (refreshSuccess)', refreshes.length === 1,
              `refreshSuccess events: ${refreshes.length}`);
        const after = (await platform.auth().data()).access_token;
        check('the SDK holds a new access token', after && after !== before);
        if (refreshes.length > 0)
            checkTokenJson('refresh', await refreshes[0].clone().json());
    } finally {
        platform.removeListener(platform.events.refreshSuccess, onRefresh);
        client.removeListener(client.events.requestError, onError);
    }
}

async function logoutChecks(server, sdk) {
    const platform = sdk.platform();
    const old = (await platform.auth().data()).access_token;
    const response = await platform.logout();
    check('admin: logout (revoke) succeeds', response?.ok === true, `HTTP ${response?.status}`);
    check('admin: the SDK forgot its tokens', !(await platform.auth().data()).access_token);
    // Straight to the server: the SDK would refuse to send anything without a token.
    const raw = await rawFetch(`${server}${EXTENSION}`, {headers: {Authorization: `bearer ${old}`}});
    check('the revoked access token is refused with 401', raw.status === 401,
          `HTTP ${raw.status}: ${await raw.text()}`);
}

// ---------------------------------------------------------------------------------------------
// Main

async function loadSdk() {
    const hint = 'run `npm ci --prefix tests/sdk` from the source tree first';
    let SDK;
    try {
        ({SDK} = await import('@ringcentral/sdk'));
    } catch (error) {
        check('@ringcentral/sdk is installed', false, `${error.code ?? error.message}: ${hint}`);
        return null;
    }
    // A stale node_modules would test another SDK than the one pinned here.
    const manifest = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
    const pinned = manifest.dependencies['@ringcentral/sdk'];
    if (!check(`@ringcentral/sdk ${pinned} is installed`, SDK.version === pinned, `installed: ${SDK.version}; ${hint}`))
        return null;
    return SDK;
}

// The one way out once the checks have started: the watchdog, a signal or the end of main().
async function finish() {
    if (finishing)
        return;
    finishing = true;
    await stopSimulator();
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

async function main() {
    const simPath = process.argv[2] ?? process.env.CALLWATCH_SIM;
    if (!simPath) {
        console.error('usage: node sdk-check.mjs path/to/callwatch-sim   (or set CALLWATCH_SIM)');
        process.exit(2);
    }
    try {
        accessSync(simPath, fsConstants.X_OK);
    } catch {
        console.error(`sdk-check: not an executable file: ${simPath}`);
        process.exit(2);
    }

    const SDK = await loadSdk();
    if (!SDK)
        return;

    const server = await startSimulator(simPath);
    check(`the simulator listens on ${server}`, true);
    const admin = newSdk(SDK, server, 'rc-admin-');

    const adminLoggedIn = await adminChecks(server, admin);
    await userChecks(SDK, server);
    if (adminLoggedIn) {
        await step('401 recovery', () => recoveryChecks(server, admin));
        await step('logout', () => logoutChecks(server, admin));
    }
    if (simExitedEarly !== null)
        check('the simulator kept running', false, simExitedEarly, ...simStderr);
}

// The watchdog, and cleanup on every way out.
setTimeout(() => {
    check(`the whole check finished within ${RUN_TIMEOUT_MS / 1000} s`, false, ...simStderr.slice(-10));
    finish();
}, RUN_TIMEOUT_MS);
process.on('exit', killSimulator); // last resort: exit handlers cannot wait
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
        check(`the check was not interrupted (${signal})`, false);
        finish();
    });
}
process.on('unhandledRejection', async error => {
    check('no unhandled error', false, await describeError(error));
    finish();
});

main().then(finish, async error => {
    check('the check ran to the end', false, await describeError(error), ...simStderr.slice(-10));
    finish();
});
