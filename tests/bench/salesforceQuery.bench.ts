import { runSoql, runSosl } from '../../emulator/salesforce/query';
import { createMemorySource } from '../../emulator/salesforce/query/testing/fixtureSource';
import { fixtureSchemas } from '../../emulator/salesforce/query/testing/schemas';
import type { SfRecord } from '../../emulator/salesforce/model/types';
import { median, timeRuns, type Benchmark, type Figure } from './figure';

const contacts = 100_000;
const runs = 60;

/** Phone formats as agents and imports type them. */
function messyPhone(i: number): string {
  const n = String(1_000_000 + i).slice(-7);
  const formats = [`(415) ${n.slice(0, 3)}-${n.slice(3)}`, `+1 415 ${n.slice(0, 3)} ${n.slice(3)}`, `415.${n.slice(0, 3)}.${n.slice(3)}`, `+1415${n}`];
  return formats[i % formats.length];
}

const bench: Benchmark = {
  title: 'Salesforce SOQL/SOSL (100k Contacts)',
  async run(): Promise<Figure[]> {
    const source = createMemorySource(fixtureSchemas);
    for (let i = 0; i < contacts; i++) {
      source.insert('Contact', { FirstName: `First${i}`, LastName: `Last${i}`, Name: `First${i} Last${i}`, Email: `person${i}@example.com`, Phone: messyPhone(i), CreatedDate: '2024-01-01T00:00:00.000+0000' });
    }
    const target = 73_421;
    const soql = `SELECT Id, Name FROM Contact WHERE Email = 'person${target}@example.com'`;
    const sosl = `FIND {415-${String(1_000_000 + target).slice(-7, -4)}-${String(1_000_000 + target).slice(-4)}} IN PHONE FIELDS RETURNING Contact(Id, Name)`;
    if (runSoql(soql, source).totalSize !== 1 || runSosl(sosl, source).searchRecords.length !== 1) throw new Error('benchmark queries found nothing');
    runSosl('FIND {warmup} RETURNING Contact', source);

    const all = [...source.records('Contact')];
    const scanEmail = () => all.filter((r: SfRecord) => String(r.Email).toLowerCase() === `person${target}@example.com`);
    const wanted = String(4_150_000_000 + 1_000_000 + target).slice(-10);
    const scanPhone = () => all.filter((r: SfRecord) => String(r.Phone).replace(/\D/g, '').endsWith(wanted));

    const soqlMs = median(await timeRuns(() => runSoql(soql, source), runs));
    const soqlScanMs = median(await timeRuns(scanEmail, runs));
    const soslMs = median(await timeRuns(() => runSosl(sosl, source), runs));
    const soslScanMs = median(await timeRuns(scanPhone, runs));
    return [
      { name: 'SOQL selective query (Email =), median', value: soqlMs, unit: 'ms', goal: '<= 20 ms', met: soqlMs <= 20, baseline: { value: soqlScanMs, what: 'linear scan' } },
      { name: 'SOSL phone search (IN PHONE FIELDS), median', value: soslMs, unit: 'ms', goal: '<= 10 ms', met: soslMs <= 10, baseline: { value: soslScanMs, what: 'linear scan' } },
    ];
  },
};

export default bench;
