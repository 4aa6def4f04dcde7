import type { Feature, Features } from './features';

/** PRODUCT.md §1.3: a disabled feature's action is refused by the logic, not only hidden. */
export interface FeatureDisabled {
  refused: 'feature-disabled';
  feature: Feature;
}

/** Anything carrying the feature switches: the whole configuration or just its `features`. */
export type FeatureSwitches = { features: Features };

export function requireFeature(config: FeatureSwitches, feature: Feature): FeatureDisabled | null {
  return config.features[feature].enabled ? null : { refused: 'feature-disabled', feature };
}

/** The same configuration with one feature switched on or off (an admin's toggle). */
export function switchFeature<C extends FeatureSwitches>(config: C, feature: Feature, enabled: boolean): C {
  return { ...config, features: { ...config.features, [feature]: { ...config.features[feature], enabled } } };
}
