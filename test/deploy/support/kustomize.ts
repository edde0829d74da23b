import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

/**
 * The part of Kustomize the hub's manifests use, rendered in-process so the tests need no kubectl
 * and no network: `resources` (files and folders with their own kustomization), `namespace`,
 * `images`, `replicas` and `patches` as JSON 6902 operations on a target kind and name. A kustomization using
 * anything else is refused, so a manifest can never pass because its overlay was half-read.
 */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

interface Kustomization {
  apiVersion?: string;
  kind?: string;
  namespace?: string;
  resources?: string[];
  images?: Array<{ name: string; newName?: string; newTag?: string }>;
  replicas?: Array<{ name: string; count: number }>;
  patches?: Array<{ target: { kind: string; name: string }; patch: string }>;
}
const KNOWN = new Set(['apiVersion', 'kind', 'namespace', 'resources', 'images', 'replicas', 'patches']);
const SCALABLE = new Set(['Deployment', 'StatefulSet', 'ReplicaSet']);
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'PersistentVolume', 'StorageClass', 'PriorityClass']);

export function readYamlDocuments(file: string): K8sObject[] {
  return YAML.parseAllDocuments(fs.readFileSync(file, 'utf8'))
    .map((d) => {
      if (d.errors.length) throw new Error(`${file}: ${d.errors.map((e) => e.message).join('; ')}`);
      return d.toJS() as K8sObject | null;
    })
    .filter((o): o is K8sObject => o !== null);
}

export function kustomize(dir: string): K8sObject[] {
  const k = YAML.parse(fs.readFileSync(path.join(dir, 'kustomization.yaml'), 'utf8')) as Kustomization;
  const unknown = Object.keys(k).filter((key) => !KNOWN.has(key));
  if (unknown.length) throw new Error(`${dir}/kustomization.yaml uses ${unknown.join(', ')}, which this renderer does not apply`);
  let objects = (k.resources ?? []).flatMap((r) => {
    const p = path.join(dir, r);
    return fs.statSync(p).isDirectory() ? kustomize(p) : readYamlDocuments(p);
  });
  for (const { target, patch } of k.patches ?? []) {
    const ops = YAML.parse(patch) as unknown;
    if (!Array.isArray(ops)) throw new Error(`${dir}: only JSON 6902 patches (a list of operations) are rendered`);
    const hits = objects.filter((o) => o.kind === target.kind && o.metadata.name === target.name);
    if (hits.length !== 1) throw new Error(`${dir}: patch target ${target.kind}/${target.name} matches ${hits.length} objects`);
    objects = objects.map((o) => (o === hits[0] ? applyJsonPatch(o, ops as JsonPatchOp[]) : o));
  }
  for (const { name, count } of k.replicas ?? []) {
    const hits = objects.filter((o) => SCALABLE.has(o.kind) && o.metadata.name === name);
    if (hits.length !== 1) throw new Error(`${dir}: replicas of ${name} matches ${hits.length} objects`);
    (hits[0].spec as { replicas?: number }).replicas = count;
  }
  for (const o of objects) {
    if (k.namespace && !CLUSTER_SCOPED.has(o.kind)) o.metadata.namespace = k.namespace;
    for (const image of k.images ?? []) {
      for (const c of podContainers(o)) {
        if (c.image.replace(/[:@].*$/, '') === image.name) c.image = `${image.newName ?? image.name}${image.newTag ? `:${image.newTag}` : ''}`;
      }
    }
  }
  return objects;
}

export interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: Array<{ name?: string; containerPort: number }>;
  env?: Array<{
    name: string;
    value?: string;
    valueFrom?: { secretKeyRef?: { name: string; key: string; optional?: boolean }; configMapKeyRef?: { name: string; key: string } };
  }>;
  envFrom?: Array<{ configMapRef?: { name: string }; secretRef?: { name: string } }>;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: { allowPrivilegeEscalation?: boolean; readOnlyRootFilesystem?: boolean; capabilities?: { drop?: string[] } };
  volumeMounts?: Array<{ name: string; mountPath: string }>;
}
export interface Probe {
  httpGet?: { path: string; port: string | number };
}
export interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
  enableServiceLinks?: boolean;
  automountServiceAccountToken?: boolean;
  volumes?: Array<{ name: string; emptyDir?: unknown }>;
}

/** The pod template of a workload (Deployment, StatefulSet, DaemonSet, Job). */
export function podTemplate(o: K8sObject): { metadata: { labels: Record<string, string> }; spec: PodSpec } | undefined {
  return (o.spec as { template?: { metadata: { labels: Record<string, string> }; spec: PodSpec } } | undefined)?.template;
}
export function podContainers(o: K8sObject): Container[] {
  const spec = podTemplate(o)?.spec;
  return spec ? [...(spec.initContainers ?? []), ...spec.containers] : [];
}

interface JsonPatchOp {
  op: 'add' | 'replace' | 'remove';
  path: string;
  value?: unknown;
}
function applyJsonPatch<T>(doc: T, ops: JsonPatchOp[]): T {
  const copy = structuredClone(doc) as unknown as Record<string, unknown>;
  for (const { op, path: pointer, value } of ops) {
    const keys = pointer
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = keys.pop()!;
    let parent: Record<string, unknown> = copy;
    for (const key of keys) {
      if (parent[key] === undefined) throw new Error(`patch path ${pointer} does not exist`);
      parent = parent[key] as Record<string, unknown>;
    }
    if (op !== 'add' && !(last in parent)) throw new Error(`patch ${op} of ${pointer}: nothing there`);
    if (Array.isArray(parent)) {
      const i = last === '-' ? parent.length : Number(last);
      if (op === 'remove') parent.splice(i, 1);
      else parent.splice(i, op === 'replace' ? 1 : 0, value);
    } else if (op === 'remove') delete parent[last];
    else parent[last] = value;
  }
  return copy as unknown as T;
}
