/**
 * The account of one server (the selected thread's, else the first): `account$`, the rate limits
 * (a read, then `account/rateLimits/updated`) as gauges, and the login actions, each with its own
 * error slot. An observe page has no action controls at all.
 */
import { BehaviorSubject, catchError, defer, EMPTY, ignoreElements, map, merge, Observable, switchMap, tap } from 'rxjs';
import type { Account, RateLimitSnapshot } from 'codex-rx/types';
import type { Live, Server } from './fleet.js';
import type { Selection } from './threads.js';
import { $, el } from './dom.js';
import { showError } from './errors.js';
import { gauges } from './plots.js';

/** Binds a button to an action: its error shows in its slot, in plain words; cleared on the next try. */
export function bind(button: HTMLButtonElement, slot: HTMLElement, run: () => Promise<unknown>, onError: (error: unknown) => void = () => {}): () => void {
  button.disabled = false;
  button.onclick = () => {
    showError(slot, null);
    button.ariaBusy = 'true';
    run()
      .catch((error: unknown) => (showError(slot, error), onError(error)))
      .finally(() => (button.ariaBusy = 'false'));
  };
  return () => ((button.disabled = true), (button.onclick = null));
}

export function accountPanel(servers: Server[], selected: BehaviorSubject<Selection>, observed: (server: Server, error: unknown) => void): Observable<never> {
  const which = $('account-server');
  return selected.pipe(
    map((s) => servers[s?.server ?? 0]!),
    switchMap((server) => {
      which.textContent = servers.length > 1 ? `— ${server.target.name}` : '';
      return server.live$.pipe(switchMap((live) => merge(account(live), server.target.role === 'observe' ? EMPTY : logins(live, (e) => observed(server, e)))));
    }),
    ignoreElements(),
  );
}

function account({ codex }: Live): Observable<unknown> {
  const panel = $('account');
  const limits = $('rate-limits');
  const limitsNote = $('rate-limits-note');
  const showLimits = (r: RateLimitSnapshot) => {
    limitsNote.textContent = r.primary || r.secondary ? '' : 'No rate limits reported.';
    limits.replaceChildren(gauges(r));
  };
  return merge(
    codex.account$.pipe(
      tap((a: Account | null) => {
        panel.textContent = a === null ? 'not logged in' : a.type === 'chatgpt' ? `chatgpt ${a.email ?? ''} (${a.planType})` : a.type;
        panel.dataset.account = a?.type ?? 'none';
        // A login's messages belong to the login that made them: gone after a logout.
        if (a === null) for (const id of ['auth-url', 'user-code']) document.getElementById(id)?.replaceChildren(); // (absent on an observe page)
      }),
    ),
    // Read them again whenever the account changes; the updates in between come as notifications.
    codex.account$.pipe(
      switchMap((a) =>
        a === null
          ? (limits.replaceChildren(), (limitsNote.textContent = 'Rate limits show after a login.'), EMPTY)
          : defer(() => codex.request('account/rateLimits/read')).pipe(
              map((r) => r.rateLimits),
              catchError((error: unknown) => (showError(limitsNote, error), EMPTY)),
            ),
      ),
    ),
    codex.rateLimits$.pipe(map((r) => r.rateLimits)),
  ).pipe(tap((x) => x && typeof x === 'object' && 'primary' in x && showLimits(x as RateLimitSnapshot)));
}

/** The login buttons, bound to the connected client; unbound when it goes. */
function logins({ codex }: Live, onError: (error: unknown) => void): Observable<never> {
  return new Observable<never>(() => {
    const slot = (id: string) => $(`${id}-error`);
    const unbind = [
      bind($('login-api-key'), slot('login-api-key'), async () => {
        const input = $<HTMLInputElement>('api-key');
        await codex.loginApiKey(input.value);
        input.value = '';
      }, onError),
      bind($('login-chatgpt'), slot('login-chatgpt'), async () => {
        const login = await codex.loginChatgpt();
        const link = el('a', { href: login.authUrl, target: '_blank', rel: 'noopener', id: 'auth-link' }, 'Open the ChatGPT login page');
        link.title = login.authUrl;
        $('auth-url').replaceChildren(link);
        const done = await login.wait();
        $('auth-url').textContent = done.success ? 'ChatGPT login: logged in' : `ChatGPT login failed: ${done.error ?? ''}`;
      }, onError),
      bind($('login-device'), slot('login-device'), async () => {
        const login = await codex.loginChatgptDeviceCode();
        $('user-code').textContent = `${login.userCode} at ${login.verificationUrl}`;
        const done = await login.wait();
        $('user-code').textContent = done.success ? 'device code: logged in' : `device code: login failed: ${done.error ?? ''}`;
      }, onError),
      bind($('logout'), slot('logout'), () => codex.logout(), onError),
    ];
    return () => unbind.forEach((u) => u());
  });
}
