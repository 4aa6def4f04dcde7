import { Router, type Request } from 'express';
import { requireSession, sessionIdOf, sessionOf, verifySession } from '../auth/sessions';
import { identityUrl, type AuthContext } from '../auth/context';
import { openSalesforceData } from '../records/data';
import type { SfRecord } from '../model/types';

/**
 * The identity URL (`GET /id/{orgId}/{userId}`) and OpenID Connect's UserInfo endpoint. The
 * identity service takes the token from `Authorization` or `oauth_token`, answers 403
 * `Bad_OAuth_Token` without a valid one and `Bad_Id` for another user's URL; its `urls` keep
 * the literal `{version}` placeholder, as documented.
 * https://help.salesforce.com/s/articleView?id=sf.remoteaccess_using_openid.htm
 */
function identity(origin: string, orgId: string, user: SfRecord) {
  const api = (path: string) => `${origin}/services/data/v{version}/${path}`;
  return {
    id: identityUrl(origin, orgId, user.Id), asserted_user: true, user_id: user.Id, organization_id: orgId,
    username: user.Username, nick_name: user.CommunityNickname ?? user.Alias, display_name: user.Name, email: user.Email, email_verified: true,
    first_name: user.FirstName, last_name: user.LastName, timezone: user.TimeZoneSidKey,
    photos: { picture: `${origin}/profilephoto/005/F`, thumbnail: `${origin}/profilephoto/005/T` },
    addr_street: user.Street ?? null, addr_city: user.City ?? null, addr_state: user.State ?? null, addr_country: user.Country ?? null, addr_zip: user.PostalCode ?? null,
    mobile_phone: user.MobilePhone ?? null, mobile_phone_verified: false, is_lightning_login_user: false,
    status: { created_date: null, body: null },
    urls: {
      enterprise: `${origin}/services/Soap/c/{version}/${orgId}`, metadata: `${origin}/services/Soap/m/{version}/${orgId}`,
      partner: `${origin}/services/Soap/u/{version}/${orgId}`, rest: api(''), sobjects: api('sobjects/'), search: api('search/'),
      query: api('query/'), recent: api('recent/'), tooling_soap: `${origin}/services/Soap/T/{version}/${orgId}`, tooling_rest: api('tooling/'),
      profile: `${origin}/${user.Id}`, feeds: api('chatter/feeds'), groups: api('chatter/groups'), users: api('chatter/users'),
      feed_items: api('chatter/feed-items'), feed_elements: api('chatter/feed-elements'), custom_domain: origin,
    },
    active: user.IsActive !== false, user_type: 'STANDARD', language: user.LanguageLocaleKey ?? 'en_US', locale: user.LocaleSidKey ?? 'en_US',
    utcOffset: 0, last_modified_date: user.LastModifiedDate, is_app_installed: true,
  };
}

const tokenOf = (req: Request) => sessionIdOf(req.headers.authorization, undefined) ?? (typeof req.query.oauth_token === 'string' ? req.query.oauth_token : undefined);

export function identityRouter(ctx: AuthContext): Router {
  const router = Router();
  router.get('/id/:orgId/:userId', (req, res) => {
    const session = verifySession(ctx.store, tokenOf(req), ctx.sessionTimeoutMs);
    if (!session) return res.status(403).type('text/plain').send('Bad_OAuth_Token');
    const { orgId } = openSalesforceData(ctx.store).data;
    const user = ctx.records.byId(req.params.userId);
    if (req.params.orgId !== orgId || !user || user.Id !== session.userId) return res.status(403).type('text/plain').send('Bad_Id');
    res.json(identity(ctx.selfUrl(), orgId, user));
  });

  router.get('/services/oauth2/userinfo', requireSession(ctx.store, ctx.sessionTimeoutMs), (_req, res) => {
    const { userId } = sessionOf(res.locals);
    const user = ctx.records.byId(userId);
    const { orgId } = openSalesforceData(ctx.store).data;
    if (!user) return res.status(403).type('text/plain').send('Bad_OAuth_Token');
    const full = identity(ctx.selfUrl(), orgId, user);
    res.json({
      sub: full.id, user_id: userId, organization_id: orgId, preferred_username: user.Username, nickname: full.nick_name, name: user.Name,
      email: user.Email, email_verified: true, given_name: user.FirstName, family_name: user.LastName, zoneinfo: user.TimeZoneSidKey,
      photos: full.photos, profile: full.urls.profile, picture: full.photos.picture, address: {}, urls: full.urls, active: full.active,
      user_type: 'STANDARD', language: full.language, locale: full.locale, utcOffset: 0, updated_at: user.LastModifiedDate, is_app_installed: true,
    });
  });
  return router;
}
