/** An office title written in a sentence (`Secretary of State`), by token indices inclusive. */
export interface TitleSpan {
  readonly first: number;
  readonly last: number;
  /** The title in its canonical form from the titles data. */
  readonly title: string;
  /** A diplomatic office (`Ambassador`): held for a country, posted to the body or state named with it. */
  readonly posting: boolean;
  /** An office a party gives (`Leader`, `Chief Whip`); any other office named after a party is not the party's. */
  readonly partyOffice: boolean;
}
