import { z } from 'zod';

const queueKey = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a queue key is lowercase letters, digits and -');
const skillName = z.string().trim().min(1, 'a skill needs a name').max(40);

/** Names listed twice (case-insensitive), each with its path, so the admin sees which one. */
function duplicates(values: readonly string[], path: (i: number) => (string | number)[], ctx: z.RefinementCtx, what: string) {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    const key = value.toLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: path(i), message: `${what} '${value}' is listed twice` });
    seen.add(key);
  });
}

/**
 * The contact center's setup that routing rules name (§7.3): its queues, its skills and each
 * agent's queues and skills. An agent can only be given queues and skills that are listed.
 */
export const routingSetupSchema = z
  .object({
    queues: z.array(z.object({ key: queueKey, name: z.string().trim().min(1, 'a queue needs a name').max(80) })).min(1, 'at least one queue').max(100),
    skills: z.array(skillName).max(200),
    /** Agents left out keep their queues and skills. */
    agents: z.array(z.object({ id: z.string().min(1).max(64), queues: z.array(queueKey).max(100), skills: z.array(skillName).max(200) })).max(500).default([]),
  })
  .superRefine((setup, ctx) => {
    duplicates(setup.queues.map((q) => q.key), (i) => ['queues', i, 'key'], ctx, 'queue');
    duplicates(setup.skills, (i) => ['skills', i], ctx, 'skill');
    const queues = new Set(setup.queues.map((q) => q.key));
    const skills = new Set(setup.skills.map((s) => s.toLowerCase()));
    setup.agents.forEach((agent, i) => {
      agent.queues.forEach((q, j) => queues.has(q) || ctx.addIssue({ code: 'custom', path: ['agents', i, 'queues', j], message: `unknown queue '${q}'` }));
      agent.skills.forEach((s, j) => skills.has(s.toLowerCase()) || ctx.addIssue({ code: 'custom', path: ['agents', i, 'skills', j], message: `unknown skill '${s}'` }));
    });
  });

export type RoutingSetupChange = z.infer<typeof routingSetupSchema>;
