import type { CrmRecord } from '../vocabulary/crmRecord';

export const GREETING_LANGUAGES = ['en', 'es', 'fr', 'de', 'ja'] as const;
export type GreetingLanguage = (typeof GREETING_LANGUAGES)[number];

const KNOWN: Record<GreetingLanguage, (name: string, company: string) => string> = {
  en: (name, company) => `Hello ${name}, welcome back to ${company}.`,
  es: (name, company) => `Hola ${name}, le damos de nuevo la bienvenida a ${company}.`,
  fr: (name, company) => `Bonjour ${name}, nous sommes heureux de vous retrouver chez ${company}.`,
  de: (name, company) => `Hallo ${name}, willkommen zurück bei ${company}.`,
  ja: (name, company) => `${name}様、${company}にお電話いただきありがとうございます。`,
};

const UNKNOWN: Record<GreetingLanguage, (company: string) => string> = {
  en: (company) => `Welcome to ${company}.`,
  es: (company) => `Bienvenido a ${company}.`,
  fr: (company) => `Bienvenue chez ${company}.`,
  de: (company) => `Willkommen bei ${company}.`,
  ja: (company) => `${company}へようこそ。`,
};

/** Language names as CRM picklists hold them, in English and in the language itself. */
const NAMES: Record<string, GreetingLanguage> = {
  english: 'en', spanish: 'es', español: 'es', espanol: 'es', castellano: 'es', french: 'fr', français: 'fr', francais: 'fr',
  german: 'de', deutsch: 'de', japanese: 'ja', 日本語: 'ja',
};

/** The greeting language for a preferred-language value ("es_MX", "fr-CH", "Deutsch"), or the fallback. */
export function greetingLanguage(preferred: string | null | undefined, fallback: GreetingLanguage = 'en'): GreetingLanguage {
  const value = (preferred ?? '').trim().toLowerCase();
  const code = value.split(/[-_]/)[0];
  if ((GREETING_LANGUAGES as readonly string[]).includes(code)) return code as GreetingLanguage;
  return NAMES[value] ?? fallback;
}

/** How the IVR addresses the caller: the first name when the record has one. */
export function greetingName(record: Pick<CrmRecord, 'name' | 'fields'>): string {
  const first = record.fields?.FirstName ?? record.fields?.first_name;
  if (typeof first === 'string' && first.trim()) return first.trim();
  return record.name.trim().split(/\s+/)[0] ?? '';
}

/** PRODUCT.md §7.2: an identified caller is greeted by name, in their preferred language when known. */
export function greetingText(facts: { name?: string; language?: string | null; company: string; fallbackLanguage?: GreetingLanguage }): string {
  const language = greetingLanguage(facts.language, facts.fallbackLanguage);
  const name = facts.name?.trim();
  return name ? KNOWN[language](name, facts.company) : UNKNOWN[language](facts.company);
}
