import type { FieldSpec } from './sectionForm';

/** The setup the Queues and skills page edits, as `GET /cc/v1/agents` shows it. */
export interface SetupView {
  queues: { key: string; name: string }[];
  skills: string[];
  agents: { id: string; name: string; role: string; queues: string[]; skills: string[] }[];
}

/** The page's form: the queues (added and removed as rows), the skills, then each agent's queues and skills. */
export function setupFields(setup: SetupView): FieldSpec[] {
  const queueKeys = setup.queues.map((q) => q.key).join(', ');
  return [
    {
      path: ['queues'],
      label: 'Queues',
      kind: 'rows',
      itemLabel: 'Queue',
      help: 'Routing rules name a queue by its key. Fill the empty queue at the end to add one.',
      columns: [
        { path: ['key'], label: 'Key', kind: 'text' },
        { path: ['name'], label: 'Name', kind: 'text' },
      ],
    },
    { path: ['skills'], label: 'Skills', kind: 'list', help: 'Comma separated.' },
    ...setup.agents.flatMap((agent, i): FieldSpec[] => [
      { path: ['agents', String(i), 'queues'], label: `Queues of ${agent.name} (${agent.role})`, kind: 'list', help: `Comma separated, from: ${queueKeys}` },
      { path: ['agents', String(i), 'skills'], label: `Skills of ${agent.name} (${agent.role})`, kind: 'list', help: 'Comma separated, from the skills above.' },
    ]),
  ];
}

/** The `PUT /cc/v1/routing-setup` body of what the form read; agents keep their place in the list, so errors name them as shown. */
export function setupBody(setup: SetupView, values: [string[], unknown][]) {
  const at = (...path: string[]) => values.find(([p]) => p.join('.') === path.join('.'))?.[1];
  return {
    queues: (at('queues') ?? []) as { key: string; name: string }[],
    skills: (at('skills') ?? []) as string[],
    agents: setup.agents.map((agent, i) => ({ id: agent.id, queues: (at('agents', String(i), 'queues') ?? []) as string[], skills: (at('agents', String(i), 'skills') ?? []) as string[] })),
  };
}
