import type { SfRecord } from '../model/types';
import { tag } from './envelope';

/**
 * The GetUserInfoResult fields, as `login` returns them in `userInfo` and `getUserInfo()` as its result.
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_getuserinfo_getuserinforesult.htm
 */
export function userInfoXml(orgId: string, user: SfRecord): string {
  return [
    tag('accessibilityMode', false), tag('currencySymbol', '$'), tag('orgDefaultCurrencyIsoCode', 'USD'),
    tag('organizationId', orgId), tag('organizationMultiCurrency', false), tag('organizationName', 'Customer Card Emulator'),
    tag('profileId', '00eDn000000CCardIAA'), tag('userDefaultCurrencyIsoCode', ''), tag('userEmail', user.Email),
    tag('userFullName', user.Name), tag('userId', user.Id), tag('userLanguage', 'en_US'), tag('userLocale', 'en_US'),
    tag('userName', user.Username), tag('userTimeZone', user.TimeZoneSidKey), tag('userType', 'Standard'), tag('userUiSkin', 'Theme3'),
  ].join('');
}
