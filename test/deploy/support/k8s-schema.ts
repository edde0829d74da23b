import fs from 'node:fs';
import path from 'node:path';
import type { K8sObject } from './kustomize';

/**
 * Validation against the Kubernetes API schemas shipped by `kubernetes-models` (offline: the
 * schemas are compiled into the package). Its validators check types, formats and required
 * fields but, as the OpenAPI schemas they come from, let unknown fields through; the API server's
 * strict field validation refuses them, so the unknown-field check walks the package's type
 * declarations (one interface per schema) alongside the object.
 */
export function schemaErrors(o: K8sObject): string[] {
  const modulePath = `kubernetes-models/${o.apiVersion}/${o.kind}`;
  let Model: new (data: unknown) => { validate(): void };
  try {
    Model = (require(modulePath) as Record<string, typeof Model>)[o.kind];
  } catch {
    return [`${o.kind} ${o.apiVersion} is not a Kubernetes API type`];
  }
  const errors: string[] = [];
  try {
    new Model(o).validate();
  } catch (err) {
    errors.push((err as Error).message);
  }
  const declaration = require.resolve(modulePath).replace(/\.js$/, '.d.ts');
  unknownFields(o, declaration, '', errors);
  return errors;
}

interface Declared {
  fields: Map<string, string | null>;
}
const cache = new Map<string, Declared>();

/** The fields of the file's first interface, each with the declaration file of its object type (null: a scalar or a map). */
function declared(file: string): Declared {
  const hit = cache.get(file);
  if (hit) return hit;
  const text = fs.readFileSync(file, 'utf8');
  const imports = new Map<string, string>();
  for (const m of text.matchAll(/import \{ ([^}]+) \} from "([^"]+)";/g)) for (const name of m[1].split(',')) imports.set(name.trim(), m[2]);
  const body = /export interface I\w+(?: extends [^{]+)? \{\n([\s\S]*?)\n\}/.exec(text)?.[1] ?? '';
  const fields = new Map<string, string | null>();
  // A map type spans lines (`"labels"?: {`): its keys are free.
  for (const m of body.matchAll(/^ {4}"([^"]+)"\??: (.+?);?$/gm)) {
    const typeName = /^(?:Array<)?(I\w+)>?$/.exec(m[2])?.[1];
    const from = typeName && imports.get(typeName);
    fields.set(m[1], from ? resolveDeclaration(from, path.dirname(file)) : null);
  }
  const result = { fields };
  cache.set(file, result);
  return result;
}

function resolveDeclaration(spec: string, dir: string): string {
  const js = spec.startsWith('.') ? require.resolve(path.join(dir, spec)) : require.resolve(spec);
  return js.replace(/\.js$/, '.d.ts');
}

function unknownFields(value: unknown, file: string, at: string, errors: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => unknownFields(v, file, `${at}/${i}`, errors));
    return;
  }
  if (!value || typeof value !== 'object') return;
  const { fields } = declared(file);
  for (const [key, v] of Object.entries(value)) {
    if (!fields.has(key)) errors.push(`${at}/${key}: unknown field`);
    else if (fields.get(key)) unknownFields(v, fields.get(key)!, `${at}/${key}`, errors);
  }
}
