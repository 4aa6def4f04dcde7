import { X509Certificate, type KeyObject } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { hashSecret } from './secrets';

/**
 * Connected apps are metadata, as in an org: one `<Name>.connectedApp.json` per app, with the
 * fields of the Metadata API's ConnectedApp / ConnectedAppOauthConfig types.
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_connectedapp.htm
 */
const SCOPE_ENUM = z.enum(['Address', 'Api', 'Basic', 'Chatter', 'CustomApplications', 'CustomPermissions', 'Email', 'Full', 'OfflineAccess', 'OpenID', 'Phone', 'Profile', 'RefreshToken', 'Web']);

const metadata = z.object({
  fullName: z.string().min(1),
  label: z.string().min(1),
  contactEmail: z.string().optional(),
  description: z.string().optional(),
  oauthConfig: z.object({
    consumerKey: z.string().min(1),
    consumerSecret: z.string().min(1),
    /** One URL per line, as Setup's "Callback URL" box takes them. */
    callbackUrl: z.string().default(''),
    scopes: z.array(SCOPE_ENUM).min(1),
    /** PEM X.509 certificate whose key signs JWT bearer assertions. */
    certificate: z.string().optional(),
    isClientCredentialEnabled: z.boolean().default(false),
    oauthClientCredentialUser: z.string().optional(),
    isPkceRequired: z.boolean().default(false),
    isSecretRequiredForRefreshToken: z.boolean().default(true),
    /** "Require Secret for Web Server Flow" turned off: PKCE clients redeem codes without it. */
    isConsumerSecretOptional: z.boolean().default(false),
    /** "Admin approved users are pre-authorized": JWT bearer needs no earlier consent. */
    isAdminApproved: z.boolean().default(false),
  }),
});

/** The scope tokens each Setup scope grants (remoteaccess_oauth_tokens_scopes.htm). */
const SCOPE_TOKENS: Record<z.infer<typeof SCOPE_ENUM>, string[]> = {
  Address: ['address'], Api: ['api'], Basic: ['id', 'profile', 'email', 'address', 'phone'], Chatter: ['chatter_api'],
  CustomApplications: ['visualforce'], CustomPermissions: ['custom_permissions'], Email: ['email'], Full: ['full'],
  OfflineAccess: ['offline_access'], OpenID: ['openid'], Phone: ['phone'], Profile: ['profile'],
  RefreshToken: ['refresh_token', 'offline_access'], Web: ['web'],
};

export interface ConnectedApp {
  name: string;
  label: string;
  clientId: string;
  /** Kept for the token response's `signature` (an HMAC keyed with the secret). */
  secret: string;
  secretHash: Promise<string>;
  callbackUrls: string[];
  scopes: Set<string>;
  publicKey?: KeyObject;
  certificate?: X509Certificate;
  clientCredentialUser?: string;
  pkceRequired: boolean;
  secretRequiredForRefresh: boolean;
  secretOptional: boolean;
  adminApproved: boolean;
}

export const CONNECTED_APP_SUFFIX = '.connectedApp.json';

export function parseConnectedApp(source: string, text: string): ConnectedApp {
  const parsed = metadata.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${source}: not a connected app: ${z.prettifyError(parsed.error)}`);
  const { fullName, label, oauthConfig: o } = parsed.data;
  const certificate = o.certificate ? new X509Certificate(o.certificate) : undefined;
  return {
    name: fullName, label, clientId: o.consumerKey, secret: o.consumerSecret, secretHash: hashSecret(o.consumerSecret),
    callbackUrls: o.callbackUrl.split(/\s+/).filter(Boolean),
    scopes: new Set(o.scopes.flatMap((s) => SCOPE_TOKENS[s])),
    certificate, publicKey: certificate?.publicKey,
    clientCredentialUser: o.isClientCredentialEnabled ? o.oauthClientCredentialUser : undefined,
    pkceRequired: o.isPkceRequired, secretRequiredForRefresh: o.isSecretRequiredForRefreshToken, secretOptional: o.isConsumerSecretOptional, adminApproved: o.isAdminApproved,
  };
}

/** Every connected app in the given folders, by client id; a malformed file stops the start with its name. */
export function loadConnectedApps(dirs: string[]): Map<string, ConnectedApp> {
  const apps = new Map<string, ConnectedApp>();
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith(CONNECTED_APP_SUFFIX)).sort()) {
      const app = parseConnectedApp(file, readFileSync(join(dir, file), 'utf8'));
      if (apps.has(app.clientId)) throw new Error(`${file}: consumer key ${app.clientId} is already used by another connected app`);
      apps.set(app.clientId, app);
    }
  }
  return apps;
}

/**
 * Whether a redirect_uri is one of the app's callback URLs: exact, except that a loopback
 * callback registered without a port matches any port (RFC 8252 §7.3), so that local tools
 * on ephemeral ports can use the seeded app.
 */
export function isCallbackUrl(app: ConnectedApp, redirectUri: string): boolean {
  if (app.callbackUrls.includes(redirectUri)) return true;
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' || !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) || !url.port) return false;
  url.port = '';
  return app.callbackUrls.includes(url.href);
}
