/** Where a load goes, as error messages name it (never the password). */
export interface Neo4jTarget {
  uri: string;
  username: string;
  database: string;
}
