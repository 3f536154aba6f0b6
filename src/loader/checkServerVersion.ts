import { Neo4jVersionError } from './Neo4jVersionError';

/** Throws `Neo4jVersionError` unless the version (`5.26.0`, `2025.01.0`, ...) is Neo4j 5 or later. */
export function checkServerVersion(version: string, uri: string): void {
  const major = Number(/^(\d+)\./.exec(version.trim())?.[1]);
  if (!Number.isFinite(major) || major < 5) throw new Neo4jVersionError(uri, version);
}
