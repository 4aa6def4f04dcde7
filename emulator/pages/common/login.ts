import express, { Router } from 'express';
import { CSRF_COOKIE, setSessionCookies } from '../../contact-center/auth/csrf';
import { clientAddress } from '../../contact-center/auth/routes';
import { SESSION_COOKIE, signIn, signOut } from '../../contact-center/auth/sessions';
import { readCookie } from '../../http/cookies';
import { openContactCenterData } from '../../contact-center/data';
import type { ServiceContext } from '../../service';
import { openCrmSessions } from './crmSessions';
import { escapeHtml, renderPage, safeReturnPath } from './html';

/** What sign-in fills in, where it leads, and whether it opens the emulated CRMs' sessions too. */
export interface LoginSetup {
  prefill: { username: string; password: string };
  home: string;
  crmSessions: boolean;
}

/** The emulator's demo: the seeded agent filled in (one click away), the local Lightning console after. */
export const DEMO_LOGIN: LoginSetup = { prefill: { username: 'agent@customercard.example', password: 'emulator' }, home: '/lightning/page/home', crmSessions: true };

/** `npm run serve`: nothing filled in (no seeded password), ticket search after, no emulated CRM. */
export const SERVICE_LOGIN: LoginSetup = { prefill: { username: '', password: '' }, home: '/tickets', crmSessions: false };

interface LoginForm {
  username: string;
  password: string;
  startURL: string;
  error?: string;
}

function loginPage({ username, password, startURL, error }: LoginForm): string {
  const alert = error
    ? `<div class="slds-notify slds-notify_alert slds-alert_error slds-m-bottom_medium" role="alert"><h2>${escapeHtml(error)}</h2></div>`
    : '';
  return renderPage({
    title: 'Login | Customer Card',
    signedOut: true,
    shaded: true,
    body: `<main class="slds-grid slds-grid_align-center slds-p-top_xx-large slds-p-horizontal_small">
<div class="slds-box slds-theme_default slds-size_1-of-1 slds-medium-size_1-of-3">
<h1 class="slds-text-heading_large slds-m-bottom_large">Log in to Customer Card</h1>
${alert}
<form method="post" action="/login" class="slds-form" novalidate>
<input type="hidden" name="startURL" value="${escapeHtml(startURL)}">
<div class="slds-form-element slds-m-bottom_small">
<label class="slds-form-element__label" for="username">Username</label>
<div class="slds-form-element__control"><input class="slds-input" id="username" name="username" type="email" autocomplete="username" required value="${escapeHtml(username)}"></div>
</div>
<div class="slds-form-element slds-m-bottom_medium">
<label class="slds-form-element__label" for="password">Password</label>
<div class="slds-form-element__control"><input class="slds-input" id="password" name="password" type="password" autocomplete="current-password" required value="${escapeHtml(password)}"></div>
</div>
<button class="slds-button slds-button_brand slds-button_stretch" type="submit">Log In</button>
</form>
</div>
</main>`,
  });
}

/** `GET/POST /login`: one sign-in for the contact center and, in the emulator's demo, both CRMs' local pages. */
export function loginRoutes(context: ServiceContext, setup: LoginSetup = DEMO_LOGIN): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '16kb' });

  router.get('/login', (req, res) => {
    const startURL = safeReturnPath(req.query.startURL, setup.home);
    res.type('html').send(loginPage({ ...setup.prefill, startURL }));
  });

  router.post('/login', form, async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const username = typeof body.username === 'string' ? body.username : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const startURL = safeReturnPath(body.startURL, setup.home);
    const previousToken = readCookie(req, SESSION_COOKIE);
    const session = await signIn(openContactCenterData(context.store), { username, password, address: clientAddress(req), previousToken });
    if ('refused' in session) {
      const throttled = session.refused === 'throttled';
      if (throttled) res.set('Retry-After', String(session.retryAfter));
      const error = throttled
        ? `Too many failed logins. Try again in ${session.retryAfter} seconds.`
        : 'Please check your username and password. If you still can’t log in, contact your administrator.';
      res.status(throttled ? 429 : 401).type('html').send(loginPage({ username, password: '', startURL, error }));
      return;
    }
    setSessionCookies(req, res, session.token);
    if (setup.crmSessions) await openCrmSessions(context, res);
    res.redirect(303, startURL);
  });

  // The Sign out button of every page (finding 5); the CSRF guard has checked the form.
  router.post('/logout', async (req, res) => {
    const token = readCookie(req, SESSION_COOKIE);
    if (token) await signOut(openContactCenterData(context.store), token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.clearCookie(CSRF_COOKIE, { path: '/' });
    res.redirect(303, '/login');
  });

  return router;
}
