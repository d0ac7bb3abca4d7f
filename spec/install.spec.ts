import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

const root = join(__dirname, '..');
const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

describe('install hygiene', () => {
  test('every package npm ci installs accepts every Node that package.json supports, so no install prints EBADENGINE', () => {
    const supported: string = read('package.json').engines.node;
    // The lowest Node allowed, the first release of each later LTS line (even majors), and the
    // Node running this.
    const lowest = semver.minVersion(supported)!;
    const majors = [0, 2, 4, 6].map((n) => `${lowest.major + (lowest.major % 2) + n}.0.0`);
    const nodes = [lowest.version, ...majors, process.versions.node].filter((v) => semver.satisfies(v, supported));
    const packages = read('package-lock.json').packages as Record<string, { optional?: boolean; engines?: { node?: string } }>;
    const refusing = Object.entries(packages)
      // Optional packages (platform binaries) that refuse a Node are skipped by npm without a warning.
      .filter(([path, entry]) => path !== '' && !entry.optional && entry.engines?.node)
      .flatMap(([path, entry]) => nodes.filter((v) => !semver.satisfies(v, entry.engines!.node!)).map((v) => `${path} wants node ${entry.engines!.node}, not ${v}`));
    expect(nodes.length).toBeGreaterThan(2);
    expect(refusing).toEqual([]);
  });
});
