import fs from 'node:fs';
import path from 'node:path';
import { baseEnvSchema, DEFAULT_PORTS, envPrefix, parseEnv, REPO_ROOT, SUBGRAPHS } from '@par/platform';
import { gatewayEnvSchema } from '@par/gateway/src/config';
import { schemaErrors } from './support/k8s-schema';
import { kustomize, podContainers, podTemplate, readYamlDocuments, type Container, type K8sObject } from './support/kustomize';

/**
 * deploy/k8s cannot be applied on this machine, so it is checked offline: every overlay rendered
 * as Kustomize would, every object validated against the Kubernetes API schemas
 * (`kubernetes-models`), and cross-checked against the code: selectors against pod labels, ports
 * and URLs against the ports the services read, every variable against the configuration schema
 * the service parses at start, the image and its commands against the Dockerfile and the build.
 */
const K8S = path.join(REPO_ROOT, 'deploy', 'k8s');
const OVERLAYS = fs.readdirSync(path.join(K8S, 'overlays'));
const APPS = [...SUBGRAPHS, 'gateway'] as const;
const dockerfile = fs.readFileSync(path.join(REPO_ROOT, 'Dockerfile'), 'utf8');
const docs = fs.readFileSync(path.join(K8S, 'README.md'), 'utf8');

const rendered = Object.fromEntries(OVERLAYS.map((o) => [o, kustomize(path.join(K8S, 'overlays', o))]));
const base = kustomize(path.join(K8S, 'base'));
const ofKind = (objects: K8sObject[], kind: string) => objects.filter((o) => o.kind === kind);
const deployment = (objects: K8sObject[], name: string) => objects.find((o) => o.kind === 'Deployment' && o.metadata.name === name)!;
const matches = (selector: Record<string, string>, labels: Record<string, string> = {}) => Object.entries(selector).every(([k, v]) => labels[k] === v);

/** The values an operator puts in the secrets (deploy/k8s/README.md), to check the variables parse. */
const SECRET_VALUES: Record<string, string> = {
  DATABASE_URL: 'postgres://par:secret@db.example:5432/postgres',
  DATABASE_REPLICA_URLS: 'postgres://par:secret@db-replica.example:5432/postgres',
  REDIS_URL: 'redis://redis.example:6379',
  METRICS_TOKEN: 'm'.repeat(40),
};

/** A container's environment as the kubelet builds it: envFrom ConfigMaps first, then env; secrets by their documented values. */
function environment(objects: K8sObject[], c: Container): Record<string, string> {
  const env: Record<string, string> = {};
  for (const from of c.envFrom ?? []) {
    const map = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === from.configMapRef?.name);
    if (!map) throw new Error(`${c.name}: envFrom names ConfigMap ${from.configMapRef?.name ?? '(a secret)'}, which is not rendered`);
    Object.assign(env, map.data);
  }
  for (const e of c.env ?? []) {
    if (e.value !== undefined) env[e.name] = e.value;
    else if (e.valueFrom?.secretKeyRef) env[e.name] = SECRET_VALUES[e.valueFrom.secretKeyRef.key];
  }
  return env;
}

test('there is a province overlay, and each renders the whole base', () => {
  expect(OVERLAYS.length).toBeGreaterThan(0);
  for (const objects of Object.values(rendered)) expect(objects.length).toBeGreaterThanOrEqual(base.length);
});

test.each(OVERLAYS)('overlay %s: every object validates against the Kubernetes API schemas, unknown fields included', (overlay) => {
  const problems = rendered[overlay].flatMap((o) => schemaErrors(o).map((e) => `${o.kind}/${o.metadata.name}: ${e}`));
  expect(problems).toEqual([]);
});

test('the schema check is real: a typo, a wrong type and a missing field are each refused', () => {
  const good = deployment(base, 'gateway');
  const spoil = (f: (d: any) => void) => {
    const d = structuredClone(good) as any;
    f(d);
    return schemaErrors(d);
  };
  expect(spoil((d) => (d.spec.template.spec.containers[0].readinesProbe = d.spec.template.spec.containers[0].readinessProbe))).toContainEqual(
    expect.stringMatching(/readinesProbe: unknown field/),
  );
  expect(spoil((d) => (d.spec.template.spec.containers[0].ports[0].containerPort = '4000'))).toContainEqual(
    expect.stringMatching(/containerPort must be integer/),
  );
  expect(spoil((d) => delete d.spec.selector)).toContainEqual(expect.stringMatching(/selector/));
  expect(schemaErrors({ apiVersion: 'apps/v1', kind: 'Deploymnet', metadata: { name: 'x' } })).toEqual(['Deploymnet apps/v1 is not a Kubernetes API type']);
});

test.each(OVERLAYS)('overlay %s: the gateway, the four subgraphs and the migration Job, namespaced, each Service selecting exactly its pods', (overlay) => {
  const objects = rendered[overlay];
  expect(
    ofKind(objects, 'Deployment')
      .map((d) => d.metadata.name)
      .sort(),
  ).toEqual([...APPS].sort());
  expect(ofKind(objects, 'Job').map((j) => j.metadata.name)).toEqual(['par-hub-migrate']);
  const ns = ofKind(objects, 'Namespace').map((n) => n.metadata.name);
  expect(ns).toHaveLength(1);
  for (const o of objects.filter((x) => x.kind !== 'Namespace')) expect(o.metadata.namespace).toBe(ns[0]);
  const workloads = [...ofKind(objects, 'Deployment'), ...ofKind(objects, 'Job')];
  for (const d of workloads) {
    const selector = (d.spec as { selector?: { matchLabels: Record<string, string> } }).selector;
    if (selector) expect(matches(selector.matchLabels, podTemplate(d)!.metadata.labels)).toBe(true);
  }
  for (const svc of ofKind(objects, 'Service')) {
    const selector = (svc.spec as { selector: Record<string, string> }).selector;
    const selected = workloads.filter((w) => matches(selector, podTemplate(w)!.metadata.labels));
    expect(selected.map((w) => w.metadata.name)).toEqual([svc.metadata.name]);
  }
  expect(
    ofKind(objects, 'Service')
      .map((s) => s.metadata.name)
      .sort(),
  ).toEqual([...APPS].sort());
});

test.each(OVERLAYS)('overlay %s: ports, probes and URLs agree with the ports the services read', (overlay) => {
  const objects = rendered[overlay];
  for (const app of APPS) {
    const d = deployment(objects, app);
    const [c] = podTemplate(d)!.spec.containers;
    const env = environment(objects, c);
    const port = DEFAULT_PORTS[app];
    expect(env[`${envPrefix(app)}_PORT`]).toBe(String(port));
    expect(c.ports).toEqual([{ name: 'http', containerPort: port }]);
    const svc = objects.find((o) => o.kind === 'Service' && o.metadata.name === app)!;
    expect((svc.spec as { ports: unknown[] }).ports).toEqual([{ name: 'http', port, targetPort: 'http' }]);
    expect(env.HOST).toBe('0.0.0.0');
    // Liveness asks whether the process is up; readiness whether a subgraph's database answers. The gateway's
    // readiness is /healthz too: its /readyz fails with any one subgraph down, while it still answers the rest.
    expect(c.livenessProbe?.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(c.readinessProbe?.httpGet).toEqual({ path: app === 'gateway' ? '/healthz' : '/readyz', port: 'http' });
    if (c.startupProbe) expect(c.startupProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
  }
  const gatewayEnv = environment(objects, podTemplate(deployment(objects, 'gateway'))!.spec.containers[0]);
  for (const s of SUBGRAPHS) expect(gatewayEnv[`${envPrefix(s)}_URL`]).toBe(`http://${s}:${DEFAULT_PORTS[s]}/graphql`);
});

test.each(OVERLAYS)('overlay %s: every variable is one the service reads, every one production needs is there, and the values pass its schema', (overlay) => {
  const objects = rendered[overlay];
  const containers = [...ofKind(objects, 'Deployment'), ...ofKind(objects, 'Job')].flatMap((w) => podContainers(w));
  for (const c of containers) {
    const env = environment(objects, c);
    const service = c.command ? /subgraphs\/([a-z-]+)\//.exec(c.command.join(' '))![1] : env.SERVICE;
    const schema = service === 'gateway' ? gatewayEnvSchema : baseEnvSchema;
    const known = new Set([...Object.keys(schema.shape), 'SERVICE', `${envPrefix(service)}_PORT`]);
    expect({ container: c.name, unknown: Object.keys(env).filter((k) => !known.has(k)) }).toEqual({ container: c.name, unknown: [] });
    const parsed = parseEnv(schema, env);
    expect(parsed.NODE_ENV).toBe('production');
    // Production refuses to start without the issuer's key, and every gateway shares cache and limits in Redis.
    expect(Boolean(parsed.JWT_JWKS_URL || parsed.JWT_PUBLIC_KEY)).toBe(true);
    if (service !== 'gateway') expect(env.DATABASE_URL).toBeDefined();
    if (!c.command) {
      expect(env.SERVICE).toBe(c.name);
      expect(env.REDIS_URL).toBeDefined();
    }
  }
});

test('every secret key a manifest reads is in deploy/k8s/README.md, and none is committed', () => {
  const all = Object.values(rendered).flat();
  expect(ofKind(all, 'Secret')).toEqual([]);
  const refs = new Set<string>();
  for (const c of all.flatMap((o) => podContainers(o))) {
    for (const e of c.env ?? []) if (e.valueFrom?.secretKeyRef) refs.add(`${e.valueFrom.secretKeyRef.name} ${e.valueFrom.secretKeyRef.key}`);
    expect(c.envFrom?.some((f) => f.secretRef)).toBeFalsy();
  }
  for (const ref of refs) {
    const [name, key] = ref.split(' ');
    expect({ ref, documented: new RegExp(`\\|\\s*\`${name}\`\\s*\\|\\s*\`${key}\``).test(docs) }).toEqual({ ref, documented: true });
    expect(SECRET_VALUES[key]).toBeDefined();
  }
});

test("images and commands are the Dockerfile's: one image, its non-root user, entry points the build produces", () => {
  expect(dockerfile).toMatch(/^USER node$/m); // uid 1000 in the official node images
  expect(dockerfile).toMatch(/exec node gateway\/src\/main\.js; else exec node subgraphs\/\$SERVICE\/src\/main\.js/);
  for (const objects of Object.values(rendered)) {
    const containers = [...ofKind(objects, 'Deployment'), ...ofKind(objects, 'Job')].flatMap((w) => podContainers(w));
    expect(new Set(containers.map((c) => c.image)).size).toBe(1);
    for (const c of containers) {
      // The image's own CMD picks the service; a command must name files `npm run build` compiles.
      for (const arg of c.command ?? []) {
        if (arg.endsWith('.js')) expect(fs.existsSync(path.join(REPO_ROOT, arg.replace(/\.js$/, '.ts')))).toBe(true);
      }
    }
  }
  expect(
    ofKind(base, 'Job')[0] &&
      podContainers(ofKind(base, 'Job')[0])
        .map((c) => c.name)
        .sort(),
  ).toEqual([...SUBGRAPHS].sort());
  expect(new Set(podContainers(deployment(base, 'gateway')).map((c) => c.image))).toEqual(new Set(['par-data-hub']));
});

test.each(OVERLAYS)("overlay %s: pods run as the image's non-root user on a read-only filesystem, without privileges, with resources set", (overlay) => {
  for (const w of [...ofKind(rendered[overlay], 'Deployment'), ...ofKind(rendered[overlay], 'Job')]) {
    const spec = podTemplate(w)!.spec;
    expect(spec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
    expect(spec.enableServiceLinks).toBe(false);
    expect(spec.automountServiceAccountToken).toBe(false);
    for (const c of spec.containers) {
      expect(c.securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
      expect(c.resources?.requests).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
      expect(c.resources?.limits).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
      // Node and the services write temporary files only under /tmp, a volume of its own.
      expect(c.volumeMounts).toEqual([{ name: 'tmp', mountPath: '/tmp' }]);
    }
    expect(spec.volumes?.find((v) => v.name === 'tmp')?.emptyDir).toBeDefined();
  }
});

test.each(OVERLAYS)('overlay %s: subgraphs are reachable only from the gateway; the gateway scales and keeps one pod through disruptions', (overlay) => {
  const objects = rendered[overlay];
  const policies = ofKind(objects, 'NetworkPolicy') as Array<
    K8sObject & {
      spec: {
        podSelector: { matchLabels?: Record<string, string> };
        policyTypes: string[];
        ingress?: Array<{ from?: Array<Record<string, unknown>>; ports?: Array<{ port: number }> }>;
      };
    }
  >;
  // Everything is denied unless allowed.
  expect(policies.some((p) => Object.keys(p.spec.podSelector).length === 0 && p.spec.policyTypes.includes('Ingress') && !p.spec.ingress?.length)).toBe(true);
  const gatewayLabels = podTemplate(deployment(objects, 'gateway'))!.metadata.labels;
  for (const s of SUBGRAPHS) {
    const labels = podTemplate(deployment(objects, s))!.metadata.labels;
    const rules = policies.filter((p) => matches(p.spec.podSelector.matchLabels ?? {}, labels)).flatMap((p) => p.spec.ingress ?? []);
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(rule.from?.length).toBeGreaterThan(0);
      for (const peer of rule.from!) {
        expect(Object.keys(peer)).toEqual(['podSelector']);
        expect(matches((peer.podSelector as { matchLabels: Record<string, string> }).matchLabels, gatewayLabels)).toBe(true);
      }
      expect(rule.ports).toEqual([{ protocol: 'TCP', port: DEFAULT_PORTS[s] }]);
    }
  }
  const [hpa] = ofKind(objects, 'HorizontalPodAutoscaler') as Array<
    K8sObject & { spec: { scaleTargetRef: { kind: string; name: string }; minReplicas: number; maxReplicas: number } }
  >;
  expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: 'gateway' });
  expect(hpa.spec.maxReplicas).toBeGreaterThanOrEqual(hpa.spec.minReplicas);
  // The autoscaler owns the gateway's count; a fixed one would be fought over at every apply.
  expect((deployment(objects, 'gateway').spec as { replicas?: number }).replicas).toBeUndefined();
  for (const app of APPS) {
    const pods = app === 'gateway' ? hpa.spec.minReplicas : ((deployment(objects, app).spec as { replicas?: number }).replicas ?? 1);
    // A province keeps two of everything, so a pod lost or drained leaves one answering.
    if (overlay !== 'development') expect({ app, enough: pods >= 2 }).toEqual({ app, enough: true });
    const pdbs = ofKind(objects, 'PodDisruptionBudget').filter((p) =>
      matches((p.spec as { selector: { matchLabels: Record<string, string> } }).selector.matchLabels, podTemplate(deployment(objects, app))!.metadata.labels),
    );
    expect(pdbs).toHaveLength(1);
    const budget = pdbs[0].spec as { minAvailable?: number; maxUnavailable?: number };
    // One pod stays through a drain, yet the budget never forbids every eviction (a node could then never be drained).
    if (budget.minAvailable !== undefined) expect({ app, allowed: pods - budget.minAvailable }).toEqual({ app, allowed: pods - 1 });
    else expect({ app, maxUnavailable: budget.maxUnavailable }).toEqual({ app, maxUnavailable: 1 });
  }
});

test('the base files are plain YAML Kubernetes objects (no templating left in them)', () => {
  for (const file of fs.readdirSync(path.join(K8S, 'base')).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml')) {
    for (const o of readYamlDocuments(path.join(K8S, 'base', file))) {
      expect(JSON.stringify(o)).not.toMatch(/\$\{|\{\{/);
      expect(o.metadata.labels?.['app.kubernetes.io/part-of']).toBe('par-data-hub');
    }
  }
});
