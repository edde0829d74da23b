import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from './paths';

// The platform names no service: which subgraphs exist, their ports, URL variables, databases and owners
// are declared once in services.json at the repository root, read here, and checked so that a mistake
// there stops every command with the entry at fault rather than surfacing as a wrong port later.

const port = z.number().int().min(1).max(65535);
const owner = z.array(z.string().regex(/^@[\w.-]+\/[\w.-]+$/, 'a team handle such as @org/team')).min(1);

const subgraphEntry = z.object({
  name: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case letters, digits and -'),
  port,
  urlEnv: z.string().regex(/^[A-Z][A-Z0-9_]*_URL$/, 'an environment variable name ending in _URL'),
  database: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and _'),
  owner,
  dir: z.string().min(1),
});

const registrySchema = z
  .object({
    gateway: z.object({ port, dir: z.string().min(1), owner }),
    subgraphs: z.array(subgraphEntry).min(1),
  })
  .superRefine((r, ctx) => {
    const seen = (values: Array<string | number>, what: string) => {
      const dup = values.find((v, i) => values.indexOf(v) !== i);
      if (dup !== undefined) ctx.addIssue({ code: 'custom', message: `two services share the ${what} ${dup}` });
    };
    seen(r.subgraphs.map((s) => s.name).concat('gateway'), 'name');
    seen([r.gateway.port, ...r.subgraphs.map((s) => s.port)], 'port');
    seen(
      r.subgraphs.map((s) => s.urlEnv),
      'URL variable',
    );
    seen(
      r.subgraphs.map((s) => s.database),
      'database',
    );
  });

export type SubgraphEntry = z.infer<typeof subgraphEntry>;
export type ServiceRegistry = z.infer<typeof registrySchema>;

const REGISTRY_FILE = path.join(REPO_ROOT, 'services.json');

export function readRegistry(file = REGISTRY_FILE): ServiceRegistry {
  const parsed = registrySchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new Error(`${path.relative(REPO_ROOT, file)} is not a valid service registry:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const SERVICE_REGISTRY: ServiceRegistry = readRegistry();

/** The registry's entry of a subgraph; an unknown name is a programming error. */
export function subgraphEntryOf(name: string): SubgraphEntry {
  const entry = SERVICE_REGISTRY.subgraphs.find((s) => s.name === name);
  if (!entry) throw new Error(`no subgraph named ${JSON.stringify(name)} in services.json`);
  return entry;
}

/** The workspace folder of a service (`gateway` or a subgraph), absolute. */
export function serviceDir(service: string): string {
  return path.join(REPO_ROOT, service === 'gateway' ? SERVICE_REGISTRY.gateway.dir : subgraphEntryOf(service).dir);
}
