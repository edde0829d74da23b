import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_PORTS, databaseNameOf, readRegistry, serviceDir, SUBGRAPHS, subgraphUrlEnv } from '../src';

/** services.json is the one place that names the hub's services; what the platform exports comes from it. */
const registry = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'services.json'), 'utf8'));

test('the platform exports exactly what services.json declares, and every folder it names exists', () => {
  expect(SUBGRAPHS).toEqual(registry.subgraphs.map((s: { name: string }) => s.name));
  expect(DEFAULT_PORTS.gateway).toBe(registry.gateway.port);
  for (const s of registry.subgraphs) {
    expect([DEFAULT_PORTS[s.name], subgraphUrlEnv(s.name), databaseNameOf(s.name, 'p_')]).toEqual([s.port, s.urlEnv, `p_${s.database}`]);
    expect(fs.existsSync(path.join(serviceDir(s.name), 'src', 'main.ts'))).toBe(true);
    expect(fs.existsSync(path.join(serviceDir(s.name), 'src', 'subgraph.ts'))).toBe(true);
  }
  expect(fs.existsSync(path.join(serviceDir('gateway'), 'src', 'main.ts'))).toBe(true);
});

test('a registry with a shared port or a malformed entry is refused, naming what is wrong', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-'));
  const write = (content: unknown) => {
    const file = path.join(dir, 'services.json');
    fs.writeFileSync(file, JSON.stringify(content));
    return file;
  };
  const [first, second] = registry.subgraphs;
  expect(() => readRegistry(write({ ...registry, subgraphs: [first, { ...second, port: first.port }] }))).toThrow(`two services share the port ${first.port}`);
  expect(() => readRegistry(write({ ...registry, subgraphs: [{ ...first, urlEnv: 'institutions' }] }))).toThrow(/subgraphs\.0\.urlEnv/);
  expect(() => readRegistry(write({ ...registry, subgraphs: [{ ...first, owner: [] }] }))).toThrow(/subgraphs\.0\.owner/);
  expect(readRegistry(write(registry)).subgraphs).toHaveLength(registry.subgraphs.length);
  fs.rmSync(dir, { recursive: true, force: true });
});
