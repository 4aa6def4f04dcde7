import {
  buildCardIndex,
  cardId,
  decideRouting,
  findDuplicates,
  interactionId,
  parseConfig,
  rankFacts,
  type CardFacts,
  type CustomerCard,
} from '../../shared';
import { median, timeRuns, type Benchmark, type Figure } from './figure';

const CARDS = 100_000;
const PROBES = 30;
const FIRST = ['Ana', 'José', 'Zoë', 'Jordi', 'Léa', 'Mika', 'Søren', 'Fatima', 'Yuki', 'Liam', 'Chloé', 'Mateo', 'Ingrid', 'Omar', 'Priya', 'Björn', 'Aiko', 'Noah', 'Elena', 'Tomás'];
const LAST = ['Müller', 'García', 'Dubois', 'Rossi', 'Tanaka', 'Nowak', 'Jensen', 'Silva', 'Kowalski', 'Novak', 'Costa', 'Fischer', 'Moreau', 'Sato', 'Bianchi', 'Lindqvist', 'Haddad', 'Patel', 'van der Berg', 'Ó Briain'];
const CHANNELS = ['voice', 'email', 'chat', 'sms', 'whatsapp'] as const;

/** A deterministic pseudo-random sequence so every run measures the same cards. */
function random(seed: number) {
  let s = seed;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

function generateCards(): CustomerCard[] {
  const rnd = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const cards: CustomerCard[] = [];
  for (let i = 0; i < CARDS; i++) {
    // Every person has two or three cards (one per channel), as in PRODUCT.md §6.1.
    const person = Math.floor(i / 2.5);
    const name = `${FIRST[person % FIRST.length]}${person % 7 === 0 ? '' : ` ${String.fromCharCode(65 + (person % 26))}.`} ${LAST[Math.floor(person / FIRST.length) % LAST.length]}${person % 400}`;
    const phone = `(${200 + (person % 700)}) 555-${String(person % 10_000).padStart(4, '0')}`;
    const channel = pick(CHANNELS);
    cards.push({
      id: cardId(`card-${i}`),
      channel,
      name: rnd() < 0.1 ? name.toLowerCase() : name,
      identityPoints: channel === 'email' ? [{ kind: 'email', value: `p${person}@example.com` }] : [{ kind: 'phone', value: phone }],
      interactionIds: [interactionId(`int-${i}`)],
      links: rnd() < 0.3 ? [{ crm: 'salesforce', object: 'Contact', id: `003${String(person).padStart(12, '0')}` }] : [],
      createdAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    });
  }
  return cards;
}

function routingFigure(): Figure {
  const levels = ['Gold', 'Silver', 'Bronze', 'Platinum'];
  const rules = [
    ...levels.map((level, i) => ({ name: level, when: [{ field: 'Subscription_Level__c', op: 'eq', value: level }], queue: `${level} Care`, skills: [{ name: level.toLowerCase(), priority: i + 1 }] })),
    ...['es', 'fr', 'de', 'ja', 'it', 'pt'].map((lang) => ({ when: [{ field: 'Preferred_Language__c', op: 'in', value: [lang] }], skills: [{ name: `lang-${lang}`, priority: 1 }] })),
    { when: [{ field: 'NPS__c', op: 'lte', value: 6 }], skills: [{ name: 'retention', priority: 2 }] },
    { when: [{ field: 'Account.Priority__c', op: 'eq', value: true }], queue: 'Priority', skills: [{ name: 'escalation', priority: 1 }] },
    { when: [{ field: 'Products__c', op: 'contains', value: 'TV Plus' }], skills: [{ name: 'tv', priority: 3 }] },
    { when: [{ field: 'Products__c', op: 'contains', value: 'Fibre 10G' }], skills: [{ name: 'fibre', priority: 3 }] },
  ];
  const parsed = parseConfig({ routing: { rules } });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const rnd = random(7);
  const records = Array.from({ length: 1000 }, () => ({
    Subscription_Level__c: levels[Math.floor(rnd() * 4)],
    Preferred_Language__c: ['es', 'fr', 'en', 'ja'][Math.floor(rnd() * 4)],
    NPS__c: Math.floor(rnd() * 11),
    Account: { Priority__c: rnd() < 0.2 },
    Products__c: rnd() < 0.5 ? 'Fibre 10G;TV Plus' : 'Fibre 1G',
  }));
  const rounds = 200;
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const record of records) decideRouting(parsed.config.routing, record, parsed.config);
  const perSecond = (rounds * records.length) / ((performance.now() - start) / 1000);
  return { name: `routing decisions per second (${rules.length} rules)`, value: Math.round(perSecond), unit: 'decisions/s' };
}

/** Issue 6: duplicate ranking over 100k cards (≤ 50 ms for one card) and routing throughput. */
const domain: Benchmark = {
  title: 'Domain decisions',
  async run() {
    const cards = generateCards();
    const buildStart = performance.now();
    const index = buildCardIndex(cards);
    const buildMs = performance.now() - buildStart;
    const probes = Array.from({ length: PROBES }, (_, i) => cards[Math.floor((i * CARDS) / PROBES) + 7]);
    const all = [...index.facts.values()];
    let p = 0;
    const indexed = await timeRuns(() => findDuplicates(index, probes[p++ % PROBES]), PROBES);
    p = 0;
    const linear = await timeRuns(() => rankFacts(index.facts.get(probes[p++ % PROBES].id) as CardFacts, all), PROBES);
    const found = findDuplicates(index, probes[0]).length;
    const value = median(indexed);
    // Blocking may miss a name misspelt in every word; measure how much of the full scan it keeps.
    let kept = 0;
    let total = 0;
    for (const probe of probes) {
      const fromIndex = new Set(findDuplicates(index, probe).map((d) => d.card.id));
      const fromScan = rankFacts(index.facts.get(probe.id) as CardFacts, all);
      total += fromScan.length;
      kept += fromScan.filter((d) => fromIndex.has(d.card.id)).length;
    }
    return [
      { name: `build card index over ${CARDS} cards`, value: buildMs, unit: 'ms' },
      {
        name: `rank duplicates of one card among ${CARDS} (median of ${PROBES}, ${found} duplicates for the first probe)`,
        value,
        unit: 'ms',
        goal: '<= 50 ms',
        met: value <= 50,
        baseline: { value: median(linear), what: 'linear scan scoring every card' },
      },
      { name: 'duplicates found by the index / by the linear scan', value: (100 * kept) / total, unit: '%' },
      routingFigure(),
    ];
  },
};

export default domain;
