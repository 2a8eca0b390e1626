/**
 * The provider's interaction pages (devInteractions are off):
 *   GET  /oidc/interaction/:uid        login: one button per test account; consent: granted at once
 *   POST /oidc/interaction/:uid/login  account=<sub> → signs in with the acr the client asked for
 *   POST /oidc/interaction/:uid/abort  → access_denied back to the client
 * Consent is automatic because every client is one of the sandbox's pre-registered ones.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { errors, type InteractionResults } from 'oidc-provider';
import { findTestAccount } from './accounts.js';
import { acrFor, amrFor } from './assurance.js';
import { errorPage, loginPage, pageLocale, PAGE_HEADERS } from './pages.js';
import { CLIENT_IDS, OIDC_BASE_PATH } from './provider.js';

const ROUTE = new RegExp(`^${OIDC_BASE_PATH}/interaction/([A-Za-z0-9_-]+)(?:/(login|abort))?$`);
const MAX_FORM_BYTES = 16 * 1024;

type Interaction = Awaited<ReturnType<Provider['interactionDetails']>>;

export function isInteractionPath(pathname: string): boolean {
  return ROUTE.test(pathname);
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, PAGE_HEADERS);
  res.end(html);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) throw new errors.InvalidRequest('form too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

async function renderLogin(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  interaction: Interaction,
  url: URL,
  status = 200,
  error?: 'unknown_account',
): Promise<void> {
  const clientId = String(interaction.params.client_id ?? '');
  const client = await provider.Client.find(clientId);
  const locale = pageLocale(url.searchParams.get('lang'), interaction.params.ui_locales, req.headers['accept-language']);
  const base = `${OIDC_BASE_PATH}/interaction/${interaction.uid}`;
  send(
    res,
    status,
    loginPage({
      locale,
      loginAction: `${base}/login?lang=${locale}`,
      abortAction: `${base}/abort`,
      languageHref: `${base}?lang=${locale === 'vi' ? 'en' : 'vi'}`,
      clientName: client?.clientName ?? clientId,
      acr: acrFor(interaction.params.acr_values),
      ...(error ? { error } : {}),
    }),
  );
}

/** Grants exactly what the consent prompt says is missing, then resumes the authorization. */
async function grantConsent(provider: Provider, req: IncomingMessage, res: ServerResponse, interaction: Interaction) {
  const clientId = String(interaction.params.client_id);
  const accountId = interaction.session?.accountId;
  if (!accountId || !(CLIENT_IDS as readonly string[]).includes(clientId)) {
    throw new errors.AccessDenied('consent is only granted automatically to pre-registered clients');
  }
  const grant =
    (interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined) ??
    new provider.Grant({ accountId, clientId });
  const details = interaction.prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  if (details.missingOIDCScope) grant.addOIDCScope(details.missingOIDCScope.join(' '));
  if (details.missingOIDCClaims) grant.addOIDCClaims(details.missingOIDCClaims);
  for (const [resource, scopes] of Object.entries(details.missingResourceScopes ?? {})) {
    grant.addResourceScope(resource, scopes.join(' '));
  }
  const grantId = await grant.save();
  const result: InteractionResults = { consent: { grantId } };
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: true });
}

/** Handles one request under /oidc/interaction/. Errors become the provider's error page. */
export async function handleInteraction(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
  const match = ROUTE.exec(url.pathname);
  const locale = pageLocale(url.searchParams.get('lang'), undefined, req.headers['accept-language']);
  try {
    if (!match) throw new errors.InvalidRequest('unknown interaction route');
    const [, uid, action] = match;
    const method = req.method ?? 'GET';
    if ((action === undefined && method !== 'GET') || (action !== undefined && method !== 'POST')) {
      res.writeHead(405, { allow: action === undefined ? 'GET' : 'POST', ...PAGE_HEADERS });
      res.end(errorPage(locale, 'method_not_allowed'));
      return;
    }
    const interaction = await provider.interactionDetails(req, res);
    // The cookie names the interaction in progress; an older tab's uid is stale.
    if (interaction.uid !== uid) throw new errors.SessionNotFound('interaction does not match the session');

    if (action === 'abort') {
      await provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'End-User cancelled the sign-in' },
        { mergeWithLastSubmission: false },
      );
      return;
    }

    if (action === 'login') {
      if (interaction.prompt.name !== 'login') throw new errors.InvalidRequest('no sign-in is pending');
      const sub = (await readForm(req)).get('account') ?? '';
      if (!findTestAccount(sub)) {
        await renderLogin(provider, req, res, interaction, url, 400, 'unknown_account');
        return;
      }
      const acr = acrFor(interaction.params.acr_values);
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: sub, acr, amr: amrFor(acr) } },
        { mergeWithLastSubmission: false },
      );
      return;
    }

    if (interaction.prompt.name === 'consent') {
      await grantConsent(provider, req, res, interaction);
      return;
    }
    await renderLogin(provider, req, res, interaction, url);
  } catch (error) {
    const known = error instanceof errors.OIDCProviderError;
    if (!known) console.error('sandbox oidc interaction failed', error);
    const status = known ? error.statusCode : 500;
    send(res, status, errorPage(locale, known ? error.error : 'server_error', known ? error.error_description : undefined));
  }
}
