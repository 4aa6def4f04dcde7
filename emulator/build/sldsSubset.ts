import postcss from 'postcss';

/** The SLDS classes some code can put on an element: named whole, or built from a prefix at run time. */
export interface ClassUsage {
  classes: Set<string>;
  /** `slds-icon_` of `` `slds-icon_${size}` `` or `'slds-icon_' + size`: any class that starts so may be used. */
  prefixes: Set<string>;
}

export const emptyUsage = (): ClassUsage => ({ classes: new Set(), prefixes: new Set() });

/** Adds the SLDS class names in `code` (a template, a component, minified bundle code, page markup) to `usage`. */
export function addClassesIn(code: string, usage: ClassUsage): ClassUsage {
  for (const [name] of code.matchAll(/slds-[\w-]*\w/g)) usage.classes.add(name);
  // A name cut at a separator (`slds-icon_`, `slds-icon-`) and followed by an interpolation or
  // a `+` is completed at run time; a whole name before a `+` is one class among others.
  for (const [, prefix] of code.matchAll(/(slds-[\w-]*[_-])(?:\$\{|['"`]\s*\+)/g)) usage.prefixes.add(prefix);
  return usage;
}

const isUsed = (name: string, usage: ClassUsage) => usage.classes.has(name) || [...usage.prefixes].some((prefix) => name.startsWith(prefix));

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
