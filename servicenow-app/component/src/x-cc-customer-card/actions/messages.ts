import type { FeatureDisabled } from '../../../../../shared/config/requireFeature';

/** The message an agent sees for a failed call: the CRM's or the service's own words. */
export const errorText = (error: unknown): string => (error instanceof Error && error.message ? error.message : 'Something went wrong.');

const REFUSALS: Record<string, string> = {
  'not-relatable': 'This record cannot be related to the case.',
  'not-current': 'Only the current relation can be removed here.',
  'not-related': 'This record is not related to the case.',
  'feature-disabled': 'This feature is switched off by your administrator.',
  'no-record': 'Open a record first.',
  'type-not-allowed': 'Your administrator does not allow creating this type.',
};

export const refusalText = (refusal: { refused: string } | FeatureDisabled): string => REFUSALS[refusal.refused] ?? refusal.refused;
