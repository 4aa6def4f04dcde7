/** The URL of one SLDS icon (`category:name`) for `<use href>` (iconHref.js). */
export function iconHref(iconName: string): string;
