import type { Token } from '../text/Token';

// Posts held at a body, whose `of` names the body (`director of`, `chief executive of`, `owner of`); not those held of
// a place (`mayor of`, `governor of`, `bishop of`), a field (`professor of`) or a person (`adviser to`, `wife of`); not
// an editor's, whose paper news calls by its last word (`The New York Times ... managing editor of the Times`).
const BODY_POSTS: ReadonlySet<string> = new Set([
  'chairman', 'chairwoman', 'director', 'co-director', 'founder', 'co-founder', 'owner', 'co-owner', 'executive', 'treasurer',
]);
// Posts held at a body or of a place (`president of Lombardy`, `head of Kurdistan`).
const PLACE_POSTS: ReadonlySet<string> = new Set(['president', 'head']);
// Posts held at a body or for a person (`the manager of Ann Vale`, a singer's).
const SERVING_POSTS: ReadonlySet<string> = new Set(['manager', 'coach', 'boss']);

/**
 * Whether the name at `first` is the body a post before it is held at: `of` (or `of the`) right after a post only a
 * body gives, in lower case (`the director of Urgenda`, `chief executive of Thomas Cook`, `the owner of the Charlotte
 * Bobcats`); a post a place has too only when the name does not look like a place's (`president of Fedecamaras`, not
 * `president of Lombardy`), one a person may have only when the name opens with no given name (`the manager of
 * Tottenham`, not `the manager of Ann Vale`). Never a place's post alone (`the mayor of Springfield`).
 */
export function postOfBody(tokens: readonly Token[], first: number, looks: { readonly givenName: boolean; readonly place: boolean }): boolean {
  const of = tokens[first - 1]?.key === 'the' ? first - 2 : first - 1;
  const post = tokens[of - 1];
  if (tokens[of]?.key !== 'of' || post === undefined || post.capitalized) return false;
  return BODY_POSTS.has(post.key) || (!looks.place && PLACE_POSTS.has(post.key)) || (!looks.givenName && SERVING_POSTS.has(post.key));
}
