import { LoaderError } from '../../src/loader/LoaderError';
import { checkServerVersion } from '../../src/loader/prepareDatabase';

describe('checkServerVersion', () => {
  it.each(['5.0.0', '5.26.30', '5.27-aura', '2025.01.0'])('accepts Neo4j %s', (version) => {
    expect(() => checkServerVersion(version, 'bolt://db:7687')).not.toThrow();
  });

  it.each(['4.4.40', '3.5.35', 'unknown', ''])('refuses %p as older than Neo4j 5, naming the server', (version) => {
    expect(() => checkServerVersion(version, 'bolt://db:7687')).toThrow(LoaderError);
    expect(() => checkServerVersion(version, 'bolt://db:7687')).toThrow(/Neo4j at bolt:\/\/db:7687 is version .* needs Neo4j 5 or later/);
  });

  it('gives the error the NG_NEO4J_TOO_OLD code', () => {
    expect(() => checkServerVersion('4.4.0', 'bolt://db')).toThrow(expect.objectContaining({ code: 'NG_NEO4J_TOO_OLD' }));
  });
});
