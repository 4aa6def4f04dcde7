import { describe, expect, it } from 'vitest';
import { ticketLanguage } from './ticketLanguage';

describe('the language a ticket is indexed in', () => {
  it('is told from common words', () => {
    expect(ticketLanguage('My router is not working since the update, please help')).toBe('english');
    expect(ticketLanguage('Der Router ist seit dem Update nicht erreichbar, bitte um Hilfe')).toBe('german');
    expect(ticketLanguage('La facture est arrivée deux fois et je ne comprends pas pour quoi')).toBe('french');
  });

  it('falls back to word-for-word indexing when the text shows no language clearly', () => {
    expect(ticketLanguage('router fibre ref4242')).toBe('simple');
    expect(ticketLanguage('')).toBe('simple');
  });
});
