import { describe, expect, it } from 'vitest';
import { formPathOf, readSectionForm, renderSectionForm, type FieldSpec } from './sectionForm';
import { submitted } from './testing/submittedForm';

const rules: FieldSpec = {
  path: ['routing', 'rules'],
  label: 'Rules, in order',
  kind: 'rows',
  itemLabel: 'Rule',
  ordered: true,
  columns: [
    { path: ['name'], label: 'Rule name', kind: 'text' },
    {
      path: ['when'],
      label: 'Conditions',
      kind: 'rows',
      itemLabel: 'Condition',
      columns: [
        { path: ['fact'], label: 'Fact', kind: 'select', options: ['', 'tier', 'language'] },
        { path: ['op'], label: 'Test', kind: 'select', options: ['', 'eq', 'in', 'gte'] },
        { path: ['value'], label: 'Value', kind: 'value' },
      ],
    },
    { path: ['queue'], label: 'Queue', kind: 'select', options: ['', 'sales', 'support'] },
    { path: ['stop'], label: 'Stop after this rule', kind: 'checkbox' },
  ],
};

const config = {
  routing: {
    rules: [
      { name: 'Spanish speakers', when: [{ fact: 'language', op: 'in', value: ['Spanish'] }], queue: 'support', stop: false },
      { name: 'Promoters', when: [{ fact: 'tier', op: 'gte', value: 9 }], queue: 'sales', stop: true },
    ],
  },
};

describe('console forms over lists (routing rules, dispositions)', () => {
  it('reads back what it shows, the empty items offered for adding left out', () => {
    const body = submitted(renderSectionForm({ action: '/admin/routing', fields: [rules], config }));
    expect(body['routing.rules.__count']).toBe('3');
    expect(body['routing.rules[0].when.__count']).toBe('2');
    const read = readSectionForm([rules], body);
    expect(read.errors).toEqual([]);
    expect(read.values).toEqual([[['routing', 'rules'], config.routing.rules]]);
  });

  it('orders rules by their Order, drops removed ones, and adds a filled new one', () => {
    const body = submitted(renderSectionForm({ action: '/admin/routing', fields: [rules], config }));
    Object.assign(body, {
      'routing.rules[0].__remove': 'on',
      'routing.rules[2].name': 'Gold to sales',
      'routing.rules[2].__order': '0',
      'routing.rules[2].when[0].fact': 'tier',
      'routing.rules[2].when[0].op': 'eq',
      'routing.rules[2].when[0].value': 'Gold',
      'routing.rules[2].queue': 'vip',
    });
    const read = readSectionForm([rules], body);
    const saved = read.values[0][1] as { name: string }[];
    expect(saved.map((r) => r.name)).toEqual(['Gold to sales', 'Promoters']);
    expect(saved[0]).toEqual({ name: 'Gold to sales', when: [{ fact: 'tier', op: 'eq', value: 'Gold' }], queue: 'vip', stop: false });
    // The server names the new rule rules[0]; the form shows it third.
    expect(formPathOf('routing.rules[0].queue', read.renamed)).toBe('routing.rules[2].queue');
    expect(formPathOf('routing.rules[1].when[0].value', read.renamed)).toBe('routing.rules[1].when[0].value');
  });

  it('after a refusal shows what was typed, with the error beside its field', () => {
    const body = submitted(renderSectionForm({ action: '/admin/routing', fields: [rules], config }));
    body['routing.rules[1].when[0].value'] = 'lots';
    const read = readSectionForm([rules], body);
    const html = renderSectionForm({ action: '/admin/routing', fields: [rules], config, typed: read.typed, errors: [{ path: 'routing.rules[1].when[0].value', message: "'gte' needs a number" }] });
    expect(html).toMatch(/id="f-routing-rules-1--when-0--value" name="routing.rules\[1\].when\[0\].value" aria-describedby="f-routing-rules-1--when-0--value-error" aria-invalid="true" value="lots"/);
    expect(html).toContain(`<div class="slds-form-element__help" id="f-routing-rules-1--when-0--value-error">routing.rules[1].when[0].value: &#39;gte&#39; needs a number</div>`);
    expect(html).not.toContain('role="alert">routing');
  });
});
