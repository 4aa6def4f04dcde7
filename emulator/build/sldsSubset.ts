import postcss from 'postcss';

/** The SLDS classes some code can put on an element: named whole, or built from a prefix at run time. */
export interface ClassUsage {
  classes: Set<string>;
  /** `slds-icon_` of `` `slds-icon_${size}` `` or `'slds-icon_' + size`: any class that starts so may be used. */
  prefixes: Set<string>;
  /** The icons code names (`standard:log_a_call`), as their colour classes (`slds-icon-standard-log-a-call`). */
  iconColours: Set<string>;
  /** Icon categories whose names code builds at run time (`` `utility:${name}` ``): any of their colours may be used. */
  iconCategories: Set<string>;
}

export const emptyUsage = (): ClassUsage => ({ classes: new Set(), prefixes: new Set(), iconColours: new Set(), iconCategories: new Set() });

/**
 * SLDS colours an icon's container by a class built from the icon's name: `standard:log_a_call`
 * is `slds-icon-standard-log-a-call`. Code builds that class at run time
 * (`` `slds-icon-${name}` ``, as lightning-icon and the record page do), so the prefix
 * `slds-icon-` alone would keep the colour of every icon SLDS has (139 KB of the console's
 * subset). Instead, a colour is kept when some code names its icon.
 */
const ICON_CATEGORIES = 'standard|utility|custom|action|doctype';
const ICON_NAME = new RegExp(`\\b(${ICON_CATEGORIES}):([a-z][a-z0-9_]*)\\b`, 'g');
const BUILT_ICON_NAME = new RegExp(`\\b(${ICON_CATEGORIES}):(?:\\$\\{|['"\`]\\s*\\+)`, 'g');
const ICON_COLOUR = new RegExp(`^slds-icon-(${ICON_CATEGORIES})-`);
const iconColourOf = (category: string, name: string) => `slds-icon-${category}-${name.replace(/_/g, '-')}`;

/** Adds the SLDS class names in `code` (a template, a component, minified bundle code, page markup) to `usage`. */
export function addClassesIn(code: string, usage: ClassUsage): ClassUsage {
  for (const [name] of code.matchAll(/slds-[\w-]*\w/g)) usage.classes.add(name);
  // A name cut at a separator (`slds-icon_`, `slds-icon-`) and followed by an interpolation or
  // a `+` is completed at run time; a whole name before a `+` is one class among others.
  for (const [, prefix] of code.matchAll(/(slds-[\w-]*[_-])(?:\$\{|['"`]\s*\+)/g)) usage.prefixes.add(prefix);
  for (const [, category, name] of code.matchAll(ICON_NAME)) usage.iconColours.add(iconColourOf(category, name));
  for (const [, category] of code.matchAll(BUILT_ICON_NAME)) usage.iconCategories.add(category);
  return usage;
}

function isUsed(name: string, usage: ClassUsage): boolean {
  if (usage.classes.has(name)) return true;
  const colourOf = ICON_COLOUR.exec(name)?.[1];
  if (colourOf) return usage.iconColours.has(name) || usage.iconCategories.has(colourOf);
  return [...usage.prefixes].some((prefix) => name.startsWith(prefix));
}

/**
 * Whether a selector can match with only the used classes. Classes inside functional
 * pseudo-classes (`:not(.slds-x)`, `:is()`, `:where()`, `:has()`) are not required for a
 * match, so they never remove a selector; nor do classes that are not SLDS's.
 */
function canMatch(selector: string, usage: ClassUsage): boolean {
  let required = selector;
  // Innermost first: `:not(:is(.a))` unwinds one level per pass.
  for (let previous = ''; previous !== required; ) [previous, required] = [required, required.replace(/:[\w-]+\([^()]*\)/g, '')];
  return [...required.matchAll(/\.(slds-[\w-]*\w)/g)].every(([, name]) => isUsed(name, usage));
}

/**
 * SLDS with only the rules a page can use: a selector that names an SLDS class no code of the
 * page uses is dropped, and so is a rule left with no selector and an at-rule left empty.
 * Everything else stays as SLDS ships it: element rules, design tokens (`:root`), keyframes,
 * font faces, and the order of the rules.
 */
export function sldsSubset(css: string, usage: ClassUsage): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
    const kept = rule.selectors.filter((selector) => canMatch(selector, usage));
    if (!kept.length) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  // Innermost first, so a `@media` inside an emptied `@supports` goes with it.
  const atRules: postcss.AtRule[] = [];
  root.walkAtRules((atRule) => void atRules.push(atRule));
  for (const atRule of atRules.reverse()) if (atRule.nodes && !atRule.nodes.length) atRule.remove();
  return root.toString();
}
