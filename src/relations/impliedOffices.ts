import { countryOfEntity } from '../entities/countryOfEntity';
import type { Entity } from '../entities/EntitySchema';
import type { Knowledge } from '../knowledge/Knowledge';
import { bodyWordsOfPost } from '../knowledge/bodyWordsOfPost';
import { isPlaceWord } from '../mentions/isPlaceWord';
import type { TitleSpan } from '../mentions/TitleSpan';
import { normalizeKey } from '../text/normalizeKey';
import type { ArticleCountry } from './articleCountry';
import { countryLeadingBy } from './countryLeadingBy';
import type { RuleExample } from './PatternRule';
import { rankCountries } from './rankCountries';
import { rankOrganizations } from './rankOrganizations';
import { ROLE_BEFORE_NAME } from './rules/roleRule';
import type { RelationMatch } from './RelationMatch';
import type { ActorMention } from './syntax/ActorMention';
import type { AnalyzedSentence } from './syntax/AnalyzedSentence';
import { isFormerPost } from './syntax/isFormerPost';
import { isParty } from './syntax/isParty';
import { partySpokenFor } from './syntax/partySpokenFor';
import { personAfterTitle } from './syntax/personAfterTitle';
import { personBeforeTitle } from './syntax/personBeforeTitle';
import { personTakingTitle } from './syntax/personTakingTitle';
import { headWords } from './syntax/headWords';
import { ARTICLES } from './syntax/syntaxWords';
import { CLUB_POSTS } from '../mentions/nameWords';
import { subjectsOf } from './tree/subjectsOf';
import { viewTree } from './tree/TreeView';
import { mentionAfterOf } from './syntax/mentionAfterOf';

/** A person named with an office whose country or body the article does not tell (`President Bush`), for the corpus to place. */
export interface OfficeMatch extends Omit<RelationMatch, 'type' | 'target' | 'title'> {
  readonly title: string;
}

/** The rules of `impliedOffices`, with the examples a test runs through `extractDocument`. */
export const impliedOfficeRules: Readonly<Record<'titled' | 'national' | 'named' | 'capital' | 'acting' | 'speaking' | 'country' | 'leading' | 'leaning' | 'sentence' | 'sole' | 'company' | 'body' | 'party' | 'partyLeading' | 'shadow' | 'constituency' | 'unplaced', { id: string; reason: string; examples?: readonly RuleExample[] }>> = {
  titled: {
    id: 'role:body-in-title',
    reason: 'a title that opens with the name of an organization the article names elsewhere (`Arsenal manager X`, `Royal Mail Chief Executive X`, read as one title because the name is made of English words) is a post of that organization',
    examples: [
      { text: 'Workers at Royal Mail walked out on Monday. Later, Royal Mail Chief Executive Ann Vale said the cuts were needed.', relations: ['person:ann-vale HOLDS_ROLE organization:royal-mail'] },
      // Not a title whose words only begin a name the article gives (`Royal` of `Royal Navy`).
      { text: 'Sailors of the Royal Navy walked out on Monday. Later, Royal Mail Chief Executive Ann Vale said the cuts were needed.', relations: [] },
    ],
  },
  national: {
    id: 'role:national-office',
    reason: 'an office only one country has (`Taoiseach X`, `Culture Secretary X`) is that country\'s, wherever the story is set',
    examples: [
      { text: 'Taoiseach Ruth Kell said the talks in London had gone well.', relations: ['person:ruth-kell HOLDS_ROLE country:ireland'] },
      { text: 'Culture Secretary Ruth Kell opened the festival in Paris.', relations: ['person:ruth-kell HOLDS_ROLE country:united-kingdom'] },
      { text: 'The talks went well, Tanaiste Ruth Kell told reporters in Paris.', relations: ['person:ruth-kell HOLDS_ROLE country:ireland'] },
      { text: 'Paymaster General Ruth Kell, who lent him the money, has also resigned.', relations: ['person:ruth-kell HOLDS_ROLE country:united-kingdom'] },
      // A former office is held no more.
      { text: 'Former Taoiseach Ruth Kell said the talks had gone well.', relations: [] },
    ],
  },
  named: {
    id: 'role:implied-named-country',
    reason: 'an office a few countries have (`Foreign Secretary X`: Britain, India, Pakistan...) is that of the one of them the article names',
    examples: [
      // Iran has a foreign minister, not a foreign secretary; Britain and India both have one.
      { text: 'Foreign Secretary Ruth Kell said Britain would press Iran to free the sailors.', relations: ['person:ruth-kell HOLDS_ROLE country:united-kingdom'] },
      { text: 'Foreign Secretary Ruth Kell said Britain and India would sign the pact.', relations: [] },
    ],
  },
  capital: {
    id: 'role:implied-capital',
    reason: 'a government post named without its country in a sentence that opens in a capital (`In Moscow, Foreign Minister X said`) is an office of that capital\'s country, as news reports each government from its capital',
    examples: [
      { text: 'Talks stalled. In Moscow, Foreign Minister Ruth Kell said the plan was dead.', relations: ['person:ruth-kell HOLDS_ROLE country:russia'] },
      { text: 'Talks stalled. In Washington, Secretary of State Ruth Kell praised the deal.', relations: ['person:ruth-kell HOLDS_ROLE country:united-states'] },
      // A post the capital's country does not have, or a person of another country, is not the capital's.
      { text: 'Talks stalled. In Washington, Prime Minister Ruth Kell praised the deal.', relations: [] },
      { text: 'Talks stalled. In Moscow, the French Foreign Minister, Ruth Kell, said the plan was dead.', relations: ['person:ruth-kell HOLDS_ROLE country:france'] },
    ],
  },
  acting: {
    id: 'role:implied-acting-country',
    reason: 'a government post named without its country after a sentence\'s first clause has one country act (`Russia has stood by X, and Foreign Minister Y said`) is an office of that country, as news reports a state\'s act and then its minister\'s words',
    examples: [
      { text: 'Talks stalled. Russia, by contrast, has stood by Kessel, and Foreign Minister Ruth Kell said the pressure was wrong.', relations: ['person:ruth-kell HOLDS_ROLE country:russia'] },
      { text: 'Talks stalled. Neighbouring India welcomed the vote, with Foreign Minister Ruth Kell saying Delhi would help.', relations: ['person:ruth-kell HOLDS_ROLE country:india'] },
      // A country named inside the clause, not acting in it, holds nothing; nor does one of two acting.
      { text: 'Ukraine and Poland protested. The talks in Russia failed, and Foreign Minister Ruth Kell said the pressure was wrong.', relations: [] },
      { text: 'Talks stalled. Russia and India disagreed, and Foreign Minister Ruth Kell said the pressure was wrong.', relations: [] },
    ],
  },
  speaking: {
    id: 'role:implied-speaking-country',
    reason: 'a government post named without its country, held by a person who says what that country will do or has done (`President X said Serbia would never recognise Kosovo`), is an office of that country, even in a story about another, as a state speaks through its own officers',
    examples: [
      { text: 'Kosovo declared independence. President Ruth Kell said Serbia would never recognise it.', relations: ['person:ruth-kell HOLDS_ROLE country:serbia'] },
      { text: 'Kosovo declared independence. Prime Minister Ruth Kell, who leads the coalition, said that Serbia had been wronged.', relations: ['person:ruth-kell HOLDS_ROLE country:serbia'] },
      // So it is in a story about another country.
      {
        text: 'Labour MPs in the House of Commons cheered, and the Conservatives walked out. Prime Minister Ruth Kell said Israel could not accept the plan.',
        relations: ['person:ruth-kell HOLDS_ROLE country:israel'],
      },
      // When or how it was said may come between.
      { text: 'Kosovo declared independence. President Ruth Kell said on Friday that Serbia would never recognise it.', relations: ['person:ruth-kell HOLDS_ROLE country:serbia'] },
      { text: 'Kosovo declared independence. President Ruth Kell said in a broadcast that Serbia would never recognise it.', relations: ['person:ruth-kell HOLDS_ROLE country:serbia'] },
      // So may another verb and its words.
      { text: 'Kosovo declared independence. President Ruth Kell condemned the vote in a statement and said Serbia would never recognise it.', relations: ['person:ruth-kell HOLDS_ROLE country:serbia'] },
      // A post that country does not have; a country that is no clause's subject; a demonym; a place it was said in.
      { text: 'Kosovo declared independence. President Ruth Kell said in Paris that Serbia would never recognise it.', relations: [] },
      { text: 'Kosovo declared independence. President Ruth Kell condemned the vote and said in Paris that Serbia would never recognise it.', relations: [] },
      { text: 'Kosovo declared independence. Foreign Secretary Ruth Kell said Serbia would never recognise it.', relations: [] },
      { text: 'Kosovo declared independence. President Ruth Kell said talks with Serbia would go on.', relations: [] },
      { text: 'Kosovo declared independence. President Ruth Kell said Serbian troops would stay.', relations: [] },
    ],
  },
  leaning: {
    id: 'role:implied-leaning',
    reason: 'a government post a country\'s own press names without the country (`President X`) is an office of the country an article names more than all others together (not twice as much, which makes it the article\'s country), when the sentence naming the post names no other country',
    examples: [
      { text: 'Kenya and Uganda met. Kenya said Uganda had agreed. Kenya welcomed it. Kenya signed it. Uganda paid. President Ruth Kell spoke.', relations: ['person:ruth-kell HOLDS_ROLE country:kenya'] },
      // A post named beside another country may be that country's.
      { text: 'Kenya and Uganda met. Kenya said Uganda had agreed. Kenya welcomed it. Kenya signed it. Kenya paid. President Ruth Kell thanked Tanzania.', relations: [] },
    ],
  },
  sentence: {
    id: 'role:implied-sentence-country',
    reason: 'a government post a country\'s own press names without the country (`President X`), in a sentence that names one country and no other (by its name, its people, its capital or its bodies), is an office of that country when the article names no country more, unless the person acts on that country, meets a counterpart of it or the sentence names its ambassador, or the article gives the office there to another person or ties the person to another country',
    examples: [
      {
        text: 'Venezuelans rejected the plan. Talks with Spain stalled. Venezuelan voters rejected the plan, which would have let President Ruth Kell run again.',
        relations: ['person:ruth-kell HOLDS_ROLE country:venezuela'],
      },
      // Two countries named, a country the article names less than another, or the post the article gives there to
      // another: untold.
      { text: 'Venezuelans rejected the plan. Talks with Spain stalled. Venezuelan voters rejected the plan, which Spain said would have let President Ruth Kell run again.', relations: [] },
      { text: 'Spain and Chile talked. Spain and Chile stalled. Venezuelan voters rejected the plan, which would have let President Ruth Kell run again.', relations: [] },
      {
        text: 'Talks with Spain stalled. French President Tom Baxter raised the matter with President Ruth Kell over dinner in Paris.',
        relations: ['person:tom-baxter HOLDS_ROLE country:france'],
      },
      // A country the person presses, whose minister is the person's counterpart, or whose ambassador is named.
      { text: 'China, Japan and India met. China said so. Prime Minister Ruth Kell called on China to lift the ban.', relations: [] },
      { text: 'China, Japan and India met. China said so. Foreign Minister Ruth Kell met her Chinese counterpart on Friday.', relations: [] },
      {
        text: 'Japan, China and India met. Japan said so. Foreign Minister Ruth Kell summoned Japanese Ambassador Tom Baxter.',
        relations: ['person:tom-baxter HOLDS_ROLE country:japan'],
      },
      // A capital names its country too.
      { text: 'Russia, Mali and Niger met. Russia said so. Foreign Minister Ruth Kell said in Paris that Russia was exploiting the region.', relations: [] },
    ],
  },
  country: {
    id: 'role:implied-country',
    reason: 'a government post a country\'s own press names without the country (`Home Secretary X`) is an office of the one country the article\'s politics is about, unless the sentence names a body of another country or the person speaks for one',
    examples: [
      {
        text: 'Labour MPs in the House of Commons cheered, and the Conservatives walked out, as Home Secretary Ruth Kell set out the bill.',
        relations: ['person:ruth-kell HOLDS_ROLE country:united-kingdom'],
      },
      // A conjunction opening the sentence holds no office.
      {
        text: 'Labour MPs in the House of Commons cheered, and the Conservatives walked out. But Home Secretary Ruth Kell said no.',
        relations: ['person:ruth-kell HOLDS_ROLE country:united-kingdom'],
      },
      // A parliament's opposition leader is the country's too.
      {
        text: 'Labour MPs in the House of Commons cheered, and the Conservatives walked out, as Opposition Leader Ruth Kell spoke.',
        relations: ['person:ruth-kell HOLDS_ROLE country:united-kingdom'],
      },
      // Unless written in lower case: then the words describe a party's leader.
      {
        text: 'Labour MPs in the House of Commons cheered, and the Conservatives walked out, as the opposition leader, Ruth Kell, spoke.',
        relations: [],
      },
      // A government's spokesman speaks for the state; a spokesman alone may be anyone's.
      {
        text: 'Labour MPs in the House of Commons cheered, and the Conservatives walked out. Government spokesman Ruth Kell said no.',
        relations: ['person:ruth-kell HOLDS_ROLE country:united-kingdom'],
      },
      { text: 'Labour MPs in the House of Commons cheered, and the Conservatives walked out, as spokesman Ruth Kell spoke.', relations: [] },
      // The head of its armed forces holds a post of the state too.
      { text: 'Labour MPs in the House of Commons cheered, and the Conservatives walked out. The army chief, Gen Ruth Kell, resigned.', relations: ['person:ruth-kell HOLDS_ROLE country:united-kingdom'] },
      // A secretary of state for a nation of the country, though the title names a place.
      {
        text: 'Labour MPs in the House of Commons cheered, and the Conservatives walked out, as Northern Ireland Secretary Ruth Kell spoke.',
        relations: ['person:ruth-kell HOLDS_ROLE country:united-kingdom'],
      },
      // A republic's story names its own head of state by the title alone; a monarchy has no president of its own.
      {
        text: "Senators in the Nigerian Senate cheered, and the People's Democratic Party walked out in Abuja, as President Ruth Kell spoke.",
        relations: ['person:ruth-kell HOLDS_ROLE country:nigeria'],
      },
      { text: 'Labour MPs in the House of Commons cheered, and the Conservatives walked out, as President Ruth Kell spoke.', relations: [] },
      // Nor has a presidential republic a prime minister of its own.
      { text: 'Cypriot MPs in Nicosia cheered, and AKEL and DISY walked out, as Prime Minister Ruth Kell spoke.', relations: [] },
      // A lower-case president before the name is a club's.
      {
        text: "Senators in the Nigerian Senate cheered, and the People's Democratic Party walked out in Abuja. At the club, vice-president Ruth Kell was suspended.",
        relations: [],
      },
      // A minister's title with its portfolio after `of` or `for` is the minister's post.
      {
        text: 'Labour MPs in the House of Commons cheered, and the Conservatives walked out, as Minister of Education Ruth Kell spoke.',
        relations: ['person:ruth-kell HOLDS_ROLE country:united-kingdom'],
      },
      // A post the article's country does not have is another country's.
      {
        text: 'Senators in the US Congress cheered, and the White House agreed, as Prime Minister Ruth Kell spoke in Washington.',
        relations: [],
      },
      // So may be a post named in a sentence where another country's body speaks.
      {
        text: 'Labour MPs in the House of Commons cheered, and the Conservatives walked out. The Kremlin said Foreign Minister Ruth Kell had called.',
        relations: [],
      },
      // A former office is held no more.
      { text: 'Labour MPs in the House of Commons cheered, and the Conservatives walked out, as former Home Secretary Ruth Kell spoke.', relations: [] },
      // An office one person holds at a time, which the article states another holds, is not guessed to be that one's.
      {
        text: 'Senators in the US Congress cheered, and the White House agreed, as US President Tom Baxter spoke. President Ruth Kell of Vosk thanked him.',
        relations: ['person:tom-baxter HOLDS_ROLE country:united-states'],
      },
      // An office a person takes, done; not one to come.
      {
        text: 'Labour MPs in the House of Commons cheered, and the Conservatives walked out. Ruth Kell, who leaves Defence, becomes Home Secretary.',
        relations: ['person:ruth-kell HOLDS_ROLE country:united-kingdom'],
      },
      {
        text: 'Labour MPs in the House of Commons cheered, and the Conservatives walked out. Ruth Kell joins the cabinet as International Development Secretary.',
        relations: ['person:ruth-kell HOLDS_ROLE country:united-kingdom'],
      },
      { text: 'Labour MPs in the House of Commons cheered, and the Conservatives walked out. Ruth Kell is expected to become Home Secretary.', relations: [] },
    ],
  },
  leading: {
    id: 'role:implied-leading-country',
    reason: 'a government post named without its country is an office of the country the article names most, when no other country it names has such a post (`Prime Minister X` in a story about Japan that also names the United States)',
    examples: [
      { text: 'Japan and Japan\'s parliament met in Tokyo, and the United States agreed, as Prime Minister Ruth Kell spoke.', relations: ['person:ruth-kell HOLDS_ROLE country:japan'] },
      // Another country the article names has the post too.
      { text: 'Japan and Japan\'s parliament met in Tokyo, and Britain agreed, as Prime Minister Ruth Kell spoke.', relations: [] },
      // A country the article names less than another has no office by this.
      { text: 'The United States and Washington agreed with Japan, as Prime Minister Ruth Kell spoke.', relations: [] },
    ],
  },
  sole: {
    id: 'role:implied-sole-country',
    reason: 'a government post written as a title before its holder\'s name (`President X`) is an office of the one country the article names more than in passing that has such a post, when the sentence names no other country (`President X` in a story about Britain and the United States)',
    examples: [
      { text: 'Britain\'s parliament and London agreed with the United States and Washington. President Ruth Kell spoke.', relations: ['person:ruth-kell HOLDS_ROLE country:united-states'] },
      // A country named in passing, a sentence naming another country, a title after the name: no office by this.
      { text: 'Britain\'s parliament and London agreed with the United States. President Ruth Kell spoke.', relations: [] },
      { text: 'Britain\'s parliament and London agreed with the United States and Washington. President Ruth Kell thanked Kenya.', relations: [] },
      { text: 'Britain\'s parliament and London agreed with the United States and Washington. Ruth Kell, the president, spoke.', relations: [] },
      { text: 'Britain\'s parliament and London agreed with the United States and Washington. Festival president Ruth Kell spoke.', relations: [] },
    ],
  },
  company: {
    id: 'role:implied-company',
    reason: 'a company\'s post named without its company (`Sir Ann Vale, the chairman`, `Chief Executive Officer X`) is held at the organization the article is about: the one it names most, twice as often as any other, and in the sentence or the two before',
    examples: [
      { text: 'Vosk Holdings posted a loss. Vosk Holdings cut jobs. Ann Vale, the chairman, said Vosk Holdings would recover.', relations: ['person:ann-vale HOLDS_ROLE organization:vosk-holdings'] },
      // Two companies the article names as often: no post is placed; nor one the last sentences do not name.
      { text: 'Vosk Holdings bid for Orlak Mining. Orlak Mining rejected Vosk Holdings. Ann Vale, the chairman, said no.', relations: [] },
      { text: 'Vosk Holdings posted a loss. Vosk Holdings cut jobs. The town was quiet. Shops closed. Ann Vale, the chairman, said no.', relations: [] },
      // A name in camel case before the post holds it, though the article has not found it.
      { text: 'Vosk Holdings posted a loss. Vosk Holdings cut jobs. eBay chief executive Ann Vale said Vosk Holdings would recover.', relations: [] },
    ],
  },
  body: {
    id: 'role:implied-body',
    reason: 'a post of a court or a chamber named without its body (`Chief Justice X`, `Senator X`, `House Speaker X`) is held in the one body of that kind its sentence or the one before names, else in the one the article names most (`the Supreme Court`, `the Senate`, `the House of Representatives`); a justice\'s not in a trial court (`District Court`), whose members are judges',
    examples: [
      { text: 'The US Supreme Court ruled on Monday. Chief Justice Ann Vale wrote for the majority.', relations: ['person:ann-vale HOLDS_ROLE organization:united-states-supreme-court'] },
      { text: 'The US Senate voted on Monday. Senator Ann Vale of Ohio disagreed.', relations: ['person:ann-vale HOLDS_ROLE organization:us-senate'] },
      // A plural post is each named person's.
      { text: 'The US Senate voted on Monday. Sens. Ann Vale of Ohio and Tom Baxter of Utah disagreed.', relations: ['person:ann-vale HOLDS_ROLE organization:us-senate', 'person:tom-baxter HOLDS_ROLE organization:us-senate'] },
      // A chamber's word before the post names the chamber of that word the article names (the US House only in
      // American news: this one is Australia's).
      { text: "Australia's House of Representatives voted on Monday. House Speaker Ann Vale disagreed.", relations: ['person:ann-vale HOLDS_ROLE organization:australia-house-of-representatives'] },
      // A speaker presides over a lower house or a parliament, not over the White House.
      { text: 'The House of Commons sat late on Monday. Speaker Ann Vale called for order.', relations: ['person:ann-vale HOLDS_ROLE organization:house-of-commons'] },
      { text: 'The Lok Sabha sat late on Monday. Speaker Ann Vale adjourned the house.', relations: ['person:ann-vale HOLDS_ROLE organization:lok-sabha'] },
      { text: 'The White House said so on Monday. Speaker Ann Vale called for order.', relations: [] },
      // A judge's courtesy title, before one judge or a list of them.
      { text: 'The US Supreme Court ruled on Monday. Justices Ann Vale, Tom Baxter and Karl Ost dissented, and Justice Rosa Vance wrote for the majority.', relations: ['person:ann-vale HOLDS_ROLE organization:united-states-supreme-court', 'person:tom-baxter HOLDS_ROLE organization:united-states-supreme-court', 'person:karl-ost HOLDS_ROLE organization:united-states-supreme-court', 'person:rosa-vance HOLDS_ROLE organization:united-states-supreme-court'] },
      // A justice sits on a supreme, high or appeal court, not on a trial court the article names more.
      {
        text: 'The Vosk District Court ruled first. The Vosk District Court was overruled. The Supreme Court ruled on Monday. Justice Ann Vale wrote for the majority.',
        relations: ['person:ann-vale HOLDS_ROLE organization:supreme-court'],
      },
      // The court named just before is the one, however often the article names another.
      {
        text: 'The High Court ruled on Monday. The High Court was unanimous. Last year the Vosk Court of Appeal upheld the verdict. Justice Ann Vale dissented.',
        relations: ['person:ann-vale HOLDS_ROLE organization:vosk-court-of-appeal'],
      },
      // A rank before the post keeps it.
      { text: 'The Vosk Regional Court sat on Monday. Presiding Judge Ann Vale read the verdict.', relations: ['person:ann-vale HOLDS_ROLE organization:vosk-regional-court'] },
      { text: 'The Supreme Court ruled on Monday. Senior Associate Justice Ann Vale dissented.', relations: ['person:ann-vale HOLDS_ROLE organization:supreme-court'] },
      // Not an English judge's `Mr Justice X`, nor a retired justice.
      { text: 'The High Court ruled on Monday. Mr Justice Tom Baxter said the claim failed, as retired Justice Ann Vale had said.', relations: [] },
      { text: 'The House of Representatives voted on Monday. White House Press Secretary Ann Vale disagreed.', relations: ['person:ann-vale HOLDS_ROLE organization:white-house'] },
      // No court named; a committee of the chamber, which a senator may not sit on.
      { text: 'The ruling came on Monday. Chief Justice Ann Vale wrote for the majority.', relations: [] },
      { text: 'The US Senate Judiciary Committee met on Monday. Senator Ann Vale disagreed.', relations: [] },
    ],
  },
  party: {
    id: 'role:implied-party',
    reason: 'a party post named without its party (`shadow chancellor X`, `party chairman X`) is held in the one party the article says the person belongs to',
    examples: [
      {
        text: 'Tory MP Alan Price spoke first. Then shadow chancellor Alan Price told the Commons he disagreed.',
        relations: ['person:alan-price HOLDS_ROLE organization:united-kingdom-conservative-party'],
      },
      { text: 'Then shadow chancellor Alan Price told the Commons he disagreed.', relations: [] },
      // A party's office after the party the sentence opens by speaking for.
      {
        text: 'In the Commons, MPs voted. For the Liberal Democrats, Treasury spokesman Alan Price said the cuts came too early.',
        relations: ['person:alan-price HOLDS_ROLE organization:united-kingdom-liberal-democrats'],
      },
    ],
  },
  partyLeading: {
    id: 'role:implied-leading-party',
    reason: 'a post only a party or a union has (`general secretary X`, `chief whip X`), held by a person the article ties to no party, is held in the party the article names most, near the post and at least twice as often as any other',
    examples: [
      {
        text: 'The Vosk Party suspended Ann Vale on Thursday. The decision, taken by the general secretary, Tom Baxter, was backed by the Vosk Party.',
        relations: ['person:tom-baxter HOLDS_ROLE organization:vosk-party'],
      },
      // Two parties named as often: whose post it is stays untold; so does that of a post after its owner.
      { text: 'The Vosk Party and the Orla Party met on Thursday. General secretary Tom Baxter spoke.', relations: [] },
      { text: 'The Vosk Party met on Thursday, and the Vosk Party agreed. Their spokesman, Tom Baxter, spoke.', relations: [] },
    ],
  },
  shadow: {
    id: 'role:implied-shadow',
    reason: 'a shadow post whose holder the article gives no party (`shadow home secretary X`) shadows a government post of the one country the article\'s politics is about, and is held in that country\'s politics',
    examples: [
      {
        text: 'Labour MPs in the House of Commons cheered, and the Conservatives walked out, as shadow home secretary Ruth Kell spoke.',
        relations: ['person:ruth-kell HOLDS_ROLE country:united-kingdom'],
      },
      // A party post that shadows no government post stays unplaced.
      { text: 'Labour MPs in the House of Commons cheered, and the Conservatives walked out, as party chairman Ruth Kell spoke.', relations: [] },
    ],
  },
  constituency: {
    id: 'role:implied-constituency',
    reason: 'a legislator\'s post (`Senator X`, `Rep. X`) held by a person written with the place they represent (`Senator X of Ohio`), that no body the article names holds, is a seat in that place\'s country\'s legislature',
    examples: [
      { text: 'The motion was filed by Representative Ann Vale of Florida.', relations: ['person:ann-vale HOLDS_ROLE country:united-states'] },
      { text: 'Sens. Ann Vale of Ohio and Tom Baxter of Utah disagreed.', relations: ['person:ann-vale HOLDS_ROLE country:united-states', 'person:tom-baxter HOLDS_ROLE country:united-states'] },
      // Not a post that is no legislator's, nor a legislator named without a place.
      { text: 'Mayor Ann Vale of Ohio disagreed.', relations: [] },
      { text: 'Senator Ann Vale disagreed.', relations: [] },
    ],
  },
  unplaced: {
    id: 'role:unplaced',
    reason: 'an office named with a person, held for a country or body the article does not tell',
  },
};

// Posts many hold at once (`Minister X`), unlike one with its portfolio (`Foreign Minister`) or a head of state's.
const SHARED_POSTS: ReadonlySet<string> = new Set(['minister', 'secretary', 'government spokesman', 'government spokeswoman', 'government spokesperson']);

// A title followed by these is held for what comes next (`minister of Oman`) or names a portfolio: roleRule's.
const HOLDER_LINKS = new Set(['of', 'for', 'to']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose']);
// `party chairman X`: the word that makes a party's office a post in the holder's party.
const PARTY_WORD = 'party';
// How many lower-case words of a portfolio may stand between a country and its office's title.
const PORTFOLIO_WORDS = 4;

/**
 * Offices whose holder the sentence does not name, read once the whole article has been: a title with a person named
 * right after it or in apposition (`Home Secretary Jo Bell`, `Jo Bell, the home secretary,`) and no country, body or
 * pronoun that holds it. An office only one country has (knowledge's `nationalOffices`) is that country's. A
 * government post a country's own press names without the country (knowledge's `impliedOffices`) is an office of the
 * article's country (`articleCountry`), of the country its sentence reports from, has act or has its holder speak for
 * (`In Moscow, ...`, `X said Serbia would`), else of the one country the article names that has such an office, or of
 * the country the article leans to when the post's sentence names no other (`leaningCountry`), unless the
 * article states the person holds an office of, or belongs to a party of, another country; a shadow or party post
 * (`shadow chancellor X`, `party chairman X`) is held in the one party the article says the person belongs to. Every
 * other such office is returned unplaced, for the corpus to place by the same person's same office stated elsewhere.
 */
export function impliedOffices(
  sentences: readonly AnalyzedSentence[],
  found: readonly { sentence: AnalyzedSentence; match: RelationMatch }[],
  entities: readonly Entity[],
  knowledge: Knowledge,
  article: ArticleCountry | undefined,
): { implied: { sentence: AnalyzedSentence; match: RelationMatch }[]; unplaced: { sentence: AnalyzedSentence; office: OfficeMatch }[] } {
  const countryOf = new Map(entities.map((entity) => [entity.id, countryOfEntity(entity)]));
  // A place's own country (`Ohio` in the United States), which countryOf leaves untold: a place acts for no country.
  const placeCountries = new Map(entities.flatMap((entity) => (entity.type === 'Location' && entity.country ? [[entity.id, entity.country] as const] : [])));
  const named = new Set([...countryOf.values()].filter((country) => country !== undefined));
  // (The countries the article names, heaviest first, once for every rule that weighs them.)
  const ranks = rankCountries(mentionsOf(sentences), entities);
  const leading = leadingCountry(ranks);
  const leaning = leaningCountry(ranks);
  const weights = new Map(ranks);
  const company = leadingBody(sentences, entities);
  const party = leadingParty(sentences);
  const names = new Map(entities.map((entity) => [entity.id, entity.name]));
  const organizations = entities.filter((entity) => entity.type === 'Organization');
  // The countries each person holds an office of or belongs to a party of, and the parties they belong to.
  const affiliations = new Map<string, Set<string>>();
  const parties = new Map<string, Set<string>>();
  for (const { match } of found) {
    if (match.type !== 'HOLDS_ROLE' && match.type !== 'MEMBER_OF') continue;
    const country = countryOf.get(match.target);
    if (country) affiliations.set(match.source, (affiliations.get(match.source) ?? new Set()).add(country));
    if (match.type === 'MEMBER_OF') parties.set(match.source, (parties.get(match.source) ?? new Set()).add(match.target));
  }

  // Who the article states holds each office of each country, the country written before the title (`U.S. President
  // George W. Bush`): an office one person holds at a time is no other person's there (`President Lee` in the same
  // story is some other country's).
  const statedHolders = new Map<string, Set<string>>();
  for (const { match } of found) {
    if (match.type !== 'HOLDS_ROLE' || !match.title || match.rule !== ROLE_BEFORE_NAME || countryOf.get(match.target) !== match.target) continue;
    const key = `${normalizeKey(match.title)}|${match.target}`;
    statedHolders.set(key, (statedHolders.get(key) ?? new Set()).add(match.source));
  }
  const heldByAnother = (words: readonly string[], country: string, person: string) =>
    !SHARED_POSTS.has(words.join(' ')) && [...(statedHolders.get(`${words.join(' ')}|${country}`) ?? [])].some((holder) => holder !== person);

  const implied: { sentence: AnalyzedSentence; match: RelationMatch }[] = [];
  const unplaced: { sentence: AnalyzedSentence; office: OfficeMatch }[] = [];
  // An office placed by one of the rules, with the rule's reason and what decided it (`: Russia`, `; the article ...`).
  const placeIn = (sentence: AnalyzedSentence, office: Omit<OfficeMatch, 'rule' | 'reason'>, rule: Exclude<keyof typeof impliedOfficeRules, 'unplaced'>, target: string, why = '') => {
    const { id, reason } = impliedOfficeRules[rule];
    implied.push({ sentence, match: { ...office, type: 'HOLDS_ROLE', target, rule: id, reason: `${reason}${why}` } });
  };
  const nameOf = (id: string) => `: ${names.get(id) ?? id}`;
  // The court or chamber a post of one (knowledge's bodyPosts) is held in: the one body of its kind named in the
  // sentence or the one before (`the Court of Appeal upheld the verdict. Justice X found ...`), else the one the article
  // names most, found once per post; a justice's not a trial court (`Federal District Court`), whose members are judges.
  const seats = new Map<string, string | undefined>();
  const seatOf = (post: string, index: number) => {
    const bodyWords = bodyWordsOfPost(post, knowledge);
    if (!bodyWords) return undefined;
    const trial = (name: string) => post.endsWith(JUSTICE) && name.toLowerCase().split(/\s+/).some((word) => knowledge.trialCourtWords.has(word));
    const kind = (entity: Entity) => headWords(entity.name).some((word) => bodyWords.includes(word)) && !trial(entity.name);
    const near = new Set(sentences.slice(Math.max(0, index - 1), index + 1).flatMap((s) => s.mentions.map((mention) => mention.entity)));
    const [only, ...others] = entities.filter((entity) => entity.type === 'Organization' && near.has(entity.id) && kind(entity));
    if (only && others.length === 0) return only.id;
    if (!seats.has(post)) seats.set(post, mostNamed(sentences, entities, kind));
    return seats.get(post);
  };
  // `Justice X`, `Justices X, Y and Z`: a judge's courtesy title, the court's post.
  for (const [index, sentence] of sentences.entries()) {
    for (const { person, at } of sentence.heading ? [] : justices(sentence)) {
      const court = seatOf(JUSTICE, index);
      if (court && !found.some(({ match }) => match.type === 'HOLDS_ROLE' && match.source === person.entity)) {
        placeIn(sentence, { source: person.entity, title: 'Justice', trigger: at, triggerLast: at }, 'body', court, nameOf(court));
      }
    }
  }
  for (const [index, sentence] of sentences.entries()) {
    if (sentence.heading) continue;
    const opening = capitalOpening(sentence, knowledge);
    for (const title of sentence.titles) {
      // `former cabinet minister X`: no office held now, to place or not.
      if (isFormerPost(sentence, title.first, title.last)) continue;
      // `House Speaker X`: a chamber's word that names no chamber alone holds the post in the chamber of that word the
      // article names most (`the House of Representatives`), or in none.
      // (Not the word of a name: `White House Press Secretary X`.)
      const chamber = sentence.tokens[title.first - 1]?.capitalized === true && !sentence.mentionAt[title.first - 1] ? sentence.tokens[title.first - 1]?.key : undefined;
      if (chamber && knowledge.chamberWords.has(chamber)) {
        const person = personAfterTitle(sentence, title.first, title.last, true);
        const seat = mostNamed(sentences, entities, (entity) => normalizeKey(entity.name).includes(`${chamber} of`));
        if (person && seat) placeIn(sentence, { source: person.entity, title: title.title, trigger: title.first - 1, triggerLast: title.last }, 'body', seat, nameOf(seat));
        continue;
      }
      const person = holderlessPerson(sentence, title);
      // An office the sentence already places (`US President X`, `X, who heads the party`) needs no guess.
      if (!person || found.some(({ sentence: s, match }) => s === sentence && match.type === 'HOLDS_ROLE' && match.source === person.entity && match.title === title.title)) continue;
      const office = { source: person.entity, title: title.title, trigger: title.first, triggerLast: title.last };
      // (`Arsenal Manager`: the title opens with a body the article names; the post is the rest.)
      const titled = bodyOpening(title.title, organizations);
      if (titled) {
        placeIn(sentence, { ...office, title: titled.post }, 'titled', titled.body, nameOf(titled.body));
        continue;
      }
      // (An office the article states another person holds there is not this person's: it stays unplaced, rather than
      // guessed to be some other country's.)
      const place = (rule: Exclude<keyof typeof impliedOfficeRules, 'unplaced'>, target: string, why = '') =>
        heldByAnother(words, target, person.entity) ? leaveUnplaced() : placeIn(sentence, office, rule, target, why);
      const leaveUnplaced = () => unplaced.push({ sentence, office: { ...office, rule: impliedOfficeRules.unplaced.id, reason: impliedOfficeRules.unplaced.reason } });
      // (`government spokesman X`: the government's word makes a spokesman's post the state's.)
      const words = [...(governmentWord(sentence, title) ? [GOVERNMENT] : []), ...normalizeKey(title.title).split(' ')];
      const holders = knowledge.nationalOffices.get(words.join(' ')) ?? [];
      if (holders.length === 1 && holders[0]) {
        place('national', holders[0]);
        continue;
      }
      // (`party chairman X`, `For the Lib Dems, Treasury spokesman X said`: a party's office, of the party named before.)
      const partyPost = words.some((word) => knowledge.partyPostModifiers.has(word)) || (title.partyOffice && (sentence.tokens[title.first - 1]?.key === PARTY_WORD || speaksForParty(sentence, title)));
      if (partyPost) {
        const [party, ...more] = parties.get(person.entity) ?? [];
        if (party && more.length === 0) {
          place('party', party, `${nameOf(person.entity)} is a member of ${names.get(party) ?? party} in this article`);
          continue;
        }
        const shadowed = words.filter((word) => !knowledge.partyPostModifiers.has(word));
        if (!party && article && shadowed.length < words.length && isImpliedOffice(shadowed, knowledge) && !notHeldIn(article.country, shadowed, knowledge)) {
          place('shadow', article.country, `; ${article.reason}`);
          continue;
        }
      }
      // A government post the country has, held by a person the article ties to no other country (`the opposition
      // leader` in lower case is a party's leader, no post of the state).
      const informal = knowledge.formalOffices.has(words.join(' ')) && sentence.tokens[title.first]?.capitalized === false;
      const heldIn = (country: string) => isImpliedOffice(words, knowledge) && !informal && !notHeldIn(country, words, knowledge)
        && !clubPresident(sentence, title, person) && [...(affiliations.get(person.entity) ?? [])].every((other) => other === country);
      const capital = partyPost ? undefined : opening;
      if (capital && heldIn(capital) && !namesPlace(sentence, title)) {
        place('capital', capital, nameOf(capital));
        continue;
      }
      // (`The White House said President X had ...`: a body of another country the sentence names speaks of its own.)
      const foreignBody = article !== undefined && sentence.mentions.some((mention) => mention.type === 'Organization' && ![undefined, article.country].includes(countryOf.get(mention.entity)));
      // (`X, the foreign minister, said Israel could not accept ...` in a story about Austria: a person who says what
      // another country will do speaks for it.)
      const spoken = partyPost ? undefined : countrySpokenFor(sentence, person) ?? countrySpokenInTree(sentence, person);
      const foreignSpeaker = article !== undefined && spoken !== undefined && spoken !== article.country;
      if (!partyPost && article && !foreignBody && !foreignSpeaker && heldIn(article.country) && (knowledge.impliedOffices.has(words.join(' ')) || !namesPlace(sentence, title))) {
        place('country', article.country, `; ${article.reason}`);
        continue;
      }
      const acting = partyPost ? undefined : actingCountry(sentence, title);
      if (acting && heldIn(acting) && !namesPlace(sentence, title)) {
        place('acting', acting, nameOf(acting));
        continue;
      }
      if (spoken && heldIn(spoken)) {
        place('speaking', spoken, nameOf(spoken));
        continue;
      }
      const [holder, ...otherHolders] = partyPost ? [] : holders.filter((country) => named.has(country) && heldIn(country));
      if (holder && otherHolders.length === 0) {
        place('named', holder, nameOf(holder));
        continue;
      }
      const holding = partyPost || holders.length > 0 ? [] : [...named].filter((country) => heldIn(country) && !informal);
      const [sole, ...otherSoles] = holding;
      if (sole && otherSoles.length === 0 && sole === leading && !namesPlace(sentence, title)) {
        place('leading', sole, nameOf(sole));
        continue;
      }
      // (The countries the sentence names: by name, people, bodies, or a place of theirs, its capital among them.)
      const sentenceCountries = new Set(sentence.mentions.flatMap((mention) =>
        countryOf.get(mention.entity) ?? placeCountries.get(mention.entity) ?? (mention.type === 'Location' ? capitalOf(sentence, mention, knowledge) : undefined) ?? []));
      const namesNoOtherCountry = (country: string) => [...sentenceCountries].every((other) => other === country);
      // (`Prime Minister X called on China to ...`: a country the person acts on, whose officer the sentence calls the
      // person's counterpart, or whose ambassador it names, is another's.)
      const actedOn = (country: string) => sentence.tokens.some((token) => COUNTERPART.test(token.key))
        || found.some(({ sentence: s, match }) => s === sentence && !OWN_SIDE.has(match.type) && match.source === person.entity && match.target === country)
        || found.some(({ sentence: s, match }) => s === sentence && match.type === 'HOLDS_ROLE' && match.target === country && isPosting(match.title, knowledge));
      if (!partyPost && leaning && heldIn(leaning) && !namesPlace(sentence, title) && namesNoOtherCountry(leaning) && !actedOn(leaning)) {
        place('leaning', leaning, nameOf(leaning));
        continue;
      }
      const [only, ...more] = sentenceCountries;
      if (!partyPost && only && more.length === 0 && heldIn(only) && !namesPlace(sentence, title) && !actedOn(only) && ranks[0]?.[0] === only) {
        place('sentence', only, nameOf(only));
        continue;
      }
      // (`Theresa May, the Prime Minister,` or `The Prime Minister, John Major,`: a paper's own country's post, which
      // it need not name.)
      const [outstanding, ...others] = holding.filter((country) => (weights.get(country) ?? 0) >= LEADING_WEIGHT);
      if (outstanding && others.length === 0 && titleBeforeName(sentence, title, person) && namesNoOtherCountry(outstanding) && !namesPlace(sentence, title) && !actedOn(outstanding)) {
        place('sole', outstanding, nameOf(outstanding));
        continue;
      }
      // `Sens. X of Maine and Y of Alaska`: a plural post is each named person's.
      const placeEach = (rule: 'body' | 'constituency', target: string) => {
        place(rule, target, nameOf(target));
        if (PLURAL_POSTS.has(words.join(' '))) {
          for (const other of coordinatedPeople(sentence, person)) placeIn(sentence, { ...office, source: other.entity }, rule, target, nameOf(target));
        }
      };
      const seat = partyPost ? undefined : seatOf(words.join(' '), index);
      if (seat) {
        placeEach('body', seat);
        continue;
      }
      // (Named in the sentence or the two before it: a post far from any word of the company may be another's.)
      const near = sentences.slice(Math.max(0, index - NEAR_SENTENCES), index + 1).some((s) => s.mentions.some((mention) => mention.entity === company));
      if (company && near && !partyPost && knowledge.corporatePosts.has(words.join(' ')) && !(affiliations.get(person.entity)?.size)) {
        place('company', company, nameOf(company));
        continue;
      }
      // (A post companies have too, `chairman`, may be a company's; one after an owner or a body's word is theirs: `Their
      // spokesman`, `council leader`.)
      const nearParty = party !== undefined && sentences.slice(Math.max(0, index - NEAR_SENTENCES), index + 1).some((s) => s.mentions.some((mention) => mention.entity === party));
      const before = sentence.tokens[title.first - 1];
      const bare = before === undefined || ARTICLES.has(before.key) || /[,;:]/.test(before.post);
      if (nearParty && bare && title.partyOffice && !knowledge.corporatePosts.has(words.join(' ')) && !(affiliations.get(person.entity)?.size)) {
        place('partyLeading', party, nameOf(party));
        continue;
      }
      const represented = partyPost ? undefined : representedCountry(sentence, person, words.join(' '), knowledge, placeCountries);
      if (represented) {
        placeEach('constituency', represented);
        continue;
      }
      leaveUnplaced();
    }
  }
  return { implied, unplaced };
}

// The person named with a title that nothing before or after holds: the title opens the sentence, follows an article,
// punctuation or a lower-case word (`said Home Secretary X`; not a name in camel case: `eBay chief executive X`), is
// not a possessor (`Prime Minister's Questions`), and is not followed by `of`, `for` or `to` (`the minister of Oman`);
// or the title a person takes (`X becomes Home Secretary`). A capitalized word or a name right before it may hold it
// (`Ontario Finance Minister`, `Labour Chancellor`), and a possessive or pronoun does (`his foreign minister`).
function holderlessPerson(s: AnalyzedSentence, title: TitleSpan): ActorMention | undefined {
  const last = s.tokens[title.last];
  if (!last || last.possessive || HOLDER_LINKS.has(s.tokens[title.last + 1]?.key ?? '')) return undefined;
  const before = s.tokens[title.first - 1];
  // (`But Home Secretary X`: a conjunction or adverb opening the sentence holds nothing either.)
  const open = before === undefined || /[,;:(]/.test(before.post) || ARTICLES.has(before.key)
    || (!before.capitalized && !/\p{Lu}/u.test(before.text) && !before.possessive && !s.mentionAt[title.first - 1] && !POSSESSIVE_DETERMINERS.has(before.key))
    || (title.first === 1 && (before.tags.has('Conjunction') || before.tags.has('Adverb'))) || governmentWord(s, title);
  return open ? personAfterTitle(s, title.first, title.last, true) ?? personBeforeTitle(s, title.first) ?? personTakingTitle(s, title.first) : undefined;
}

// `President X`: a title in capitals right before the name (not `Festival president X`), after no article and no comma.
function titleBeforeName(s: AnalyzedSentence, title: TitleSpan, person: ActorMention): boolean {
  const before = s.tokens[title.first - 1];
  return person.first === title.last + 1 && s.tokens.slice(title.first, title.last + 1).every((token) => token.capitalized)
    && !/[,;:(]/.test(s.tokens[title.last]?.post ?? '') && !(before && ARTICLES.has(before.key));
}

// Whether `government` stands right before the title, as no name's word (`Government spokesman X`).
function governmentWord(s: AnalyzedSentence, title: TitleSpan): boolean {
  return s.tokens[title.first - 1]?.key === GOVERNMENT && !s.mentionAt[title.first - 1];
}
const GOVERNMENT = 'government';

// The country whose capital a mention's words name (`said in Paris that ...`, read as the place).
function capitalOf(s: AnalyzedSentence, mention: ActorMention, knowledge: Knowledge): string | undefined {
  const key = normalizeKey(s.tokens.slice(mention.first, mention.last + 1).map((token) => token.text).join(' '));
  return knowledge.gazetteer.entries.get(key)?.find((entry) => entry.kind === 'capital' && entry.type === 'Country')?.entityId;
}

// `In Moscow, ...`: the country whose capital opens the sentence, before a comma (the place, read as where, is a
// Location's mention there; general knowledge says whose capital it is).
function capitalOpening(s: AnalyzedSentence, knowledge: Knowledge): string | undefined {
  const place = s.mentionAt[1];
  if (s.tokens[0]?.key !== 'in' || place?.first !== 1 || !/,/.test(s.tokens[place.last]?.post ?? '')) return undefined;
  if (place.type === 'Country') return place.kind === 'capital' ? place.entity : undefined;
  return capitalOf(s, place, knowledge);
}

// `President X said Serbia would never recognise Kosovo`, `Prime Minister X, who ..., said that Serbia had`: the
// country whose name (not demonym) is the subject of what the person says, right after the saying verb.
function countrySpokenFor(s: AnalyzedSentence, person: ActorMention): string | undefined {
  // (After an aside between commas: `X, who leads the coalition, said`.)
  const aside = /,/.test(s.tokens[person.last]?.post ?? '');
  const at = aside ? s.tokens.findIndex((token, k) => k > person.last && /,/.test(token.post)) + 1 : person.last + 1;
  if (at === 0 || !SAYING.has(s.tokens[at]?.key ?? '')) return undefined;
  // (`said on Friday that Ankara could ...`, `said in a broadcast that Ethiopia had ...`: when and how it was said.)
  const told = at + 1 + whenOrHowSaid(s, at + 1);
  const opener = s.tokens[told]?.key === 'that' ? told + 1 : told;
  const country = s.mentionAt[opener];
  const next = s.tokens[(country?.last ?? opener) + 1];
  if (country?.type !== 'Country' || country.first !== opener || country.kind === 'demonym' || !next || !SUBJECT_FOLLOWERS.has(next.key)) return undefined;
  return country.entity;
}

// `President X condemned the attack and said the Philippines would not be intimidated`, `X, the prime minister, who has
// been vilified, said Estonia would ...`: the same read from the parse, for a saying verb the person is the subject of
// however far from the name; the country named (not by its demonym) as the subject of the clause it reports. Not where
// the verb says where it was said (`said in Paris that Russia was ...`).
function countrySpokenInTree(s: AnalyzedSentence, person: ActorMention): string | undefined {
  const v = viewTree(s);
  if (!v) return undefined;
  const { nodes, children } = v.tree;
  for (let at = 0; at < nodes.length; at++) {
    if (!SAYING.has(v.lower[at] ?? '') || !subjectsOf(v, at).some((subject) => v.mentionOf[subject]?.entity === person.entity)) continue;
    if ((children[at] ?? []).some((child) => nodes[child]?.deprel === 'obl' && v.mentionOf[child] !== undefined)) continue;
    for (const clause of children[at] ?? []) {
      if (nodes[clause]?.deprel !== 'ccomp') continue;
      const subject = (children[clause] ?? []).find((child) => nodes[child]?.deprel === 'nsubj');
      // (One country alone: `said Britain and India would sign` speaks for neither.)
      const alone = subject !== undefined && !(children[subject] ?? []).some((child) => nodes[child]?.deprel === 'conj');
      const country = alone ? v.mentionOf[subject] : undefined;
      if (country?.type === 'Country' && country.kind !== 'demonym') return country.entity;
    }
  }
  return undefined;
}

// How many words from `at` say when or how something was said (`on Friday`, `yesterday`, `last week`, `in a statement`,
// `in an interview with X`), 0 if none: `on` or `in a` and up to three words, only before `that`. Not where (`said in
// Paris that Russia was ...`: a place may be another country's, and the speaker's own).
function whenOrHowSaid(s: AnalyzedSentence, at: number): number {
  const word = s.tokens[at]?.key ?? '';
  if (TIME_WORDS.has(word)) return 1;
  if (word === 'last' && ['week', 'night', 'month', 'year'].includes(s.tokens[at + 1]?.key ?? '')) return 2;
  if (word !== 'on' && !(word === 'in' && SAYING_DETERMINERS.has(s.tokens[at + 1]?.key ?? ''))) return 0;
  for (let length = 2; length <= 4; length++) if (s.tokens[at + length]?.key === 'that' && !/[,;:]/.test(s.tokens[at + length - 1]?.post ?? '')) return length;
  return 0;
}
const TIME_WORDS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later']);
const SAYING_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);

// Verbs by which an officer speaks for a state (`said`, `insisted`, `vowed`): narrower than nameWords' SPEECH_VERBS, as
// one `warned`, `argued` or `claimed` what another country would do as often; and the auxiliaries that follow a
// clause's subject (`Serbia would`, `Japan had`).
const SAYING: ReadonlySet<string> = new Set(['said', 'says', 'insisted', 'insists', 'stressed', 'declared', 'added', 'vowed', 'pledged', 'promised', 'reiterated']);
const SUBJECT_FOLLOWERS: ReadonlySet<string> = new Set(['would', 'will', 'had', 'has', 'have', 'was', 'is', 'could', 'can', 'must', 'should', 'did', 'does', 'remained', 'remains', 'wanted', 'wants']);

// Words that may open a sentence before the country acting in it (`Neighbouring India welcomed ...`, `But Russia ...`).
const OPENERS = new Set(['but', 'and', 'meanwhile', 'neighbouring', 'neighboring']);
// Words after a comma that open a second clause (`, and Foreign Minister X said`, `, with X saying`).
const CLAUSE_LINKS = new Set(['and', 'with', 'while', 'but']);

// `Russia, by contrast, has stood by X, and Foreign Minister Y said`: the country that opens the sentence as its
// first actor, alone (not `Russia and India`), when the title comes in a later clause.
function actingCountry(s: AnalyzedSentence, title: TitleSpan): string | undefined {
  const country = s.mentions.find((mention) => mention.type !== 'Location');
  const opens = country !== undefined && (country.first === 0 || (country.first === 1 && OPENERS.has(s.tokens[0]?.key ?? '')));
  if (!country || !opens || country.type !== 'Country' || country.kind === 'demonym' || ['and', 'or'].includes(s.tokens[country.last + 1]?.key ?? '')) return undefined;
  for (let at = country.last; at < title.first - 1; at++) {
    const token = s.tokens[at];
    if (token && (/;/.test(token.post) || (/,/.test(token.post) && CLAUSE_LINKS.has(s.tokens[at + 1]?.key ?? '')))) return country.entity;
  }
  return undefined;
}

// `At Milan, vice-president X was suspended`: news capitalizes a head of state's title before the name (`President X`,
// `Vice-President X`); a lower-case one there is a club's or a company's officer.
function clubPresident(s: AnalyzedSentence, title: TitleSpan, person: ActorMention): boolean {
  return normalizeKey(title.title).endsWith('president') && person.first === title.last + 1 && title.first > 0 && !s.tokens[title.last]?.capitalized;
}

// `For the Liberal Democrats, Treasury spokesman X said`: a title right after the party the sentence opens by speaking
// for, or after lower-case words of its portfolio.
function speaksForParty(s: AnalyzedSentence, title: TitleSpan): boolean {
  const party = partySpokenFor(s);
  return party !== undefined && party.last < title.first && s.tokens.slice(party.last + 1, title.first).every((token) => !token.capitalized && !/,/.test(token.post));
}

// `Ontario Finance Minister`, `Scottish Secretary`: a title naming a place may be a region's office, not the state's.
function namesPlace(s: AnalyzedSentence, title: TitleSpan): boolean {
  return s.tokens.slice(title.first, title.last + 1).some(isPlaceWord) || countryBefore(s, title);
}

// `France's interior and overseas minister X`: a country named in the title's phrase, before words of its portfolio
// the title does not take, says whose office it is.
function countryBefore(s: AnalyzedSentence, title: TitleSpan): boolean {
  for (let at = title.first - 1; at >= Math.max(0, title.first - PORTFOLIO_WORDS); at--) {
    const mention = s.mentionAt[at];
    if (mention) return mention.type === 'Country';
    const token = s.tokens[at];
    if (!token || token.capitalized || /[,;:]/.test(token.post) || token.tags.has('Verb') || token.tags.has('Determiner')) return false;
  }
  return false;
}

// `Prime Minister X` in an American story, `Foreign Secretary X` in an Iranian one: a post the article's country does
// not have, or that only other countries have, is another country's.
function notHeldIn(country: string, words: readonly string[], knowledge: Knowledge): boolean {
  const holders = knowledge.nationalOffices.get(words.join(' '));
  if (holders && !holders.includes(country)) return true;
  const offices = knowledge.officesNotHeld.get(country);
  return offices !== undefined && words.some((_, k) => offices.has(words.slice(k).join(' ')));
}

// A government post by its last words (`home secretary`, `secretary of state`), and not one that only ends like one.
function isImpliedOffice(words: readonly string[], knowledge: Knowledge): boolean {
  const endings = words.map((_, k) => words.slice(k).join(' '));
  // (`Minister of Education`, `Minister for Health`: a portfolio after `of` or `for`, the office's head before it.)
  const link = words.findIndex((word) => word === 'of' || word === 'for');
  const headed = link > 0 ? words.slice(0, link).map((_, k) => words.slice(k, link).join(' ')) : [];
  return [...endings, ...headed].some((ending) => knowledge.impliedOffices.has(ending)) && !endings.some((ending) => knowledge.notImpliedOffices.has(ending));
}

// Below this a country is named in passing (`the talks in Russia`), however few others the article names.
const LEADING_WEIGHT = 2;

// The country the article names most (weighed as articleCountry weighs them), when no other country is named as much
// and it is named more than in passing.
function leadingCountry(ranks: readonly [string, number][]): string | undefined {
  const [first, second] = ranks;
  return first && first[1] >= LEADING_WEIGHT && (!second || second[1] < first[1]) ? first[0] : undefined;
}

// How much more than all other countries together, and at least how often, the country an article leans to is named.
const LEANING_LEAD = 1.25;
const LEANING_WEIGHT = 4;

// The country the article names more than all others together (weighed as articleCountry weighs them), by a lead too
// small to make it the article's country.
function leaningCountry(ranks: readonly [string, number][]): string | undefined {
  return countryLeadingBy(ranks, LEANING_LEAD, LEANING_WEIGHT);
}

// `his Chinese counterpart`: the word that sets another country's officer beside one's own.
const COUNTERPART = /^counterparts?$/;
// A post held abroad for one's country (`Japanese Ambassador X`).
function isPosting(title: string | undefined, knowledge: Knowledge): boolean {
  return title !== undefined && normalizeKey(title).split(' ').some((word) => knowledge.postings.has(word));
}

// Relations a person has with their own country (`X led the Polish delegation`).
const OWN_SIDE: ReadonlySet<string> = new Set(['HOLDS_ROLE', 'MEMBER_OF', 'LEADS_DELEGATION']);

// How many sentences before a company's post the company must be named.
const NEAR_SENTENCES = 2;
// How many times more than any other the organization an article is about is named.
const BODY_DOMINANCE = 2;

// The organization of no country (a company, a club, an international body) the article names most, at least twice
// and twice as often as any other.
function leadingBody(sentences: readonly AnalyzedSentence[], entities: readonly Entity[]): string | undefined {
  return dominant(rankOrganizations(mentionsOf(sentences), entities, (entity) => entity.country === undefined));
}

// The party the article names most, at least twice and twice as often as any other.
function leadingParty(sentences: readonly AnalyzedSentence[]): string | undefined {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const mention of s.mentions) if (isParty(s, mention)) counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
  return dominant([...counts].sort((a, b) => b[1] - a[1]));
}

// The first of entities ranked by how often they are named, if named at least twice and twice as often as the next.
function dominant(ranked: readonly (readonly [string, number])[]): string | undefined {
  const [first, second] = ranked;
  return first && first[1] >= LEADING_WEIGHT && (!second || first[1] >= BODY_DOMINANCE * second[1]) ? first[0] : undefined;
}

// The organization `kind` accepts that the article names most, named more often than any other it accepts.
function mostNamed(sentences: readonly AnalyzedSentence[], entities: readonly Entity[], kind: (entity: Entity) => boolean): string | undefined {
  const [first, second] = rankOrganizations(mentionsOf(sentences), entities, kind);
  return first && (!second || second[1] < first[1]) ? first[0] : undefined;
}

// The entity of each mention of the article, in order.
function mentionsOf(sentences: readonly AnalyzedSentence[]): string[] {
  return sentences.flatMap((s) => s.mentions.map((mention) => mention.entity));
}

// The courtesy title of judges, and its plural before a list of them.
const JUSTICE = 'justice';
const JUSTICES = 'justices';
const COURTESY_BEFORE_JUSTICE: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'lord', 'lady']);

// The persons a capitalized `Justice` or `Justices` stands right before (`Justices X, Y and Z`: each of the list).
function justices(s: AnalyzedSentence): { person: ActorMention; at: number }[] {
  const named: { person: ActorMention; at: number }[] = [];
  s.tokens.forEach((token, at) => {
    // (Not a word of a title: `Chief Justice X` is the title's to place; nor an English High Court judge's `Mr Justice
    // X`, whose court the story rarely names; nor a post held no more: `retired Justice X`.)
    if (!token.capitalized || (token.key !== JUSTICE && token.key !== JUSTICES) || s.mentionAt[at] || s.titles.some((title) => title.first <= at && at <= title.last)) return;
    if (COURTESY_BEFORE_JUSTICE.has(s.tokens[at - 1]?.key ?? '') || isFormerPost(s, at, at)) return;
    const person = s.mentionAt[at + 1];
    if (person?.type !== 'Person' || person.first !== at + 1) return;
    named.push({ person, at });
    if (token.key === JUSTICES) named.push(...coordinatedPeople(s, person).map((other) => ({ person: other, at })));
  });
  return named;
}

// Plural posts of a chamber, written before the names of all who hold them (`Sens.`, `Reps.`).
const PLURAL_POSTS: ReadonlySet<string> = new Set(['sens', 'reps']);
// The words of a legislature's chambers among bodyPosts' (a senator's `senate`; not a judge's `court`).
const LEGISLATURE_WORDS: ReadonlySet<string> = new Set(['senate', 'representatives', 'congress']);

// The country of the place a legislator is written with (`Senator X of Ohio`): a place after `of` right after the name.
function representedCountry(s: AnalyzedSentence, person: ActorMention, post: string, knowledge: Knowledge, placeCountries: ReadonlyMap<string, string>): string | undefined {
  if (!bodyWordsOfPost(post, knowledge)?.some((word) => LEGISLATURE_WORDS.has(word))) return undefined;
  const place = mentionAfterOf(s, person.last);
  return place ? placeCountries.get(place.entity) : undefined;
}

// The people named after `person` in one list, each name perhaps with `of` and its place (`X of Maine, Y of Utah and Z`).
function coordinatedPeople(s: AnalyzedSentence, person: ActorMention): ActorMention[] {
  const people: ActorMention[] = [];
  for (let last = person.last; ; ) {
    const place = mentionAfterOf(s, last);
    if (place) last = place.last;
    const link = s.tokens[last + 1];
    const next = link?.key === 'and' ? last + 2 : /,/.test(s.tokens[last]?.post ?? '') ? last + 1 : -1;
    const other = next >= 0 ? s.mentionAt[next] : undefined;
    if (other?.type !== 'Person' || other.first !== next) return people;
    people.push(other);
    last = other.last;
  }
}

// Last words of the posts of a club's or a company's officers (`manager`, `chief executive`, `vice-chairman`).
const BODY_POST_HEADS: ReadonlySet<string> = new Set([...CLUB_POSTS, 'executive', 'officer', 'founder', 'vice-chairman']);

// The organization whose name or alias opens `title` before more words (`Arsenal Manager`), and the post those words name.
function bodyOpening(title: string, organizations: readonly Entity[]): { body: string; post: string } | undefined {
  const key = normalizeKey(title);
  for (const entity of organizations) {
    const name = [entity.name, ...entity.aliases].map(normalizeKey).find((written) => key.startsWith(`${written} `));
    // (A post of a club or a company: `Treasury Secretary` and `Transport Secretary` name a government's portfolio.)
    if (name && BODY_POST_HEADS.has(key.split(' ').at(-1) ?? '')) return { body: entity.id, post: title.split(/\s+/).slice(name.split(' ').length).join(' ') };
  }
  return undefined;
}

