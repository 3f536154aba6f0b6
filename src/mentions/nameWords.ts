/**
 * The last words of a company's full name that news leaves out once the company is named (`Cisco` for `Cisco Systems`,
 * `Danske` for `Danske Bank`). Not the words that name one of a group's businesses (`Tata Steel`, `Sony Pictures`).
 */
export const DROPPED_NAME_ENDS: ReadonlySet<string> = new Set([
  'systems', 'technologies', 'technology', 'communications', 'electronics', 'holdings', 'industries', 'enterprises',
  'water', 'bank',
]);

/** Last words that make a capitalized phrase an organization (`Foreign Ministry`, `Security Council`). */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'department', 'ministry', 'parliament', 'senate', 'congress', 'council', 'commission', 'committee', 'agency', 'bank',
  'union', 'party', 'corporation', 'corp', 'inc', 'ltd', 'company', 'group', 'court', 'army', 'navy', 'forces', 'force',
  'office', 'administration', 'organization', 'organisation', 'institute', 'university', 'association', 'federation',
  'alliance', 'confederation', 'fleet', 'front', 'movement', 'service', 'services', 'guard', 'police', 'cabinet', 'assembly', 'authority',
  'foundation', 'fund', 'network', 'news', 'times', 'post', 'journal', 'herald', 'tribune', 'press', 'broadcasting',
  'treasury', 'directorate', 'secretariat', 'bureau', 'command', 'guard', 'militia', 'brigade', 'brigades', 'coalition',
  'community', 'relations', 'affairs', 'court', 'tribunal', 'board', 'legion', 'front', 'church', 'club', 'society',
  'institution', 'college', 'academy', 'school', 'league', 'gang', 'corps', 'laboratory', 'laboratories', 'studios',
  'guild', 'institutes', 'forum', 'platform',
  'airlines', 'airways', 'motors', 'industries', 'holdings', 'enterprises', 'trust', 'magazine', 'gazette', 'chronicle', 'newspapers',
  'government', 'municipality', 'chamber', 'plc', 'llc', 'gmbh', 'campaign', 'panel', 'body', 'productions', 'pictures', 'records',
  // Military units (`Queen's Lancashire Regiment`).
  'regiment', 'battalion',
  // A company's line of business, as its name's last word (`Vela Foods`, `Orlak Pharmaceuticals`).
  'foods', 'brands', 'stores', 'systems', 'technologies', 'pharmaceuticals', 'communications', 'investments',
  'securities', 'resources', 'chemicals', 'electronics', 'logistics', 'music', 'records', 'pictures', 'films',
  'entertainment', 'networks', 'software', 'animations', 'steel', 'petroleum', 'mining', 'telecom', 'telecommunications',
  'capital', 'partners', 'ventures', 'tobacco', 'television', 'exchange', 'aircraft', 'lines', 'books', 'publishing', 'publishers',
  // The same words in the languages whose bodies English news names untranslated (`Instituto Gonzaga`, `Comune di
  // Genova`, `Partido Popular`), accents folded.
  'instituto', 'istituto', 'institut', 'universidad', 'universita', 'universitat', 'universite', 'banco', 'banque',
  'partido', 'partito', 'parti', 'ministerio', 'ministero', 'ministere', 'comune', 'fundacion', 'fondazione', 'fondation',
  'stiftung', 'gruppo', 'compagnie', 'sociedad', 'societa', 'societe', 'gesellschaft', 'verein', 'verband', 'companhia',
  'compania', 'grupo', 'empresa', 'empresas', 'banca', 'banka', 'bangko', 'zeitung', 'shimbun', 'gazzetta', 'corriere',
  'liga', 'lega', 'partei', 'partij', 'partia', 'stranka', 'strana',
  // Party, front, movement, alliance and army in the languages whose parties and armed groups English news names
  // untranslated, first or last in the name (`Barisan Nasional`, `Partai Demokrat`, `Hizb ut-Tahrir`,
  // `Jaish-e-Mohammed`, `Pakistan Tehreek-e-Insaf`, `Janata Dal`, `Swadeshi Jagran Manch`, `Frente Amplio`,
  // `Forza Italia`, `Rassemblement National`); words that are also given names (`Sena`, `Ansar`) are left out.
  'barisan', 'pakatan', 'perikatan', 'partai', 'gerakan', 'persatuan', 'pertubuhan', 'angkatan',
  'hizb', 'harakat', 'harkat', 'jamaat', "jama'at", 'jemaah', 'jamiat', 'jaish', 'lashkar', 'tehreek', 'tehrik', 'tanzim', 'jabhat', 'majlis',
  'dal', 'sangh', 'morcha', 'manch', 'parishad', 'samaj', 'samiti',
  'frente', 'movimento', 'movimiento', 'mouvement', 'alianza', 'alleanza', 'rassemblement', 'forza', 'fuerza', 'bloque', 'sindicato', 'syndicat',
  'bewegung', 'gewerkschaft', 'partisi', 'hareketi',
  // English names of parties (`Constitutional Democratic Rally`, `National Rally`).
  'rally',
]);

/** A company's legal forms, written after its name (`Microsoft Corp.`, `Centrica plc`, `Daimler AG`). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'corp', 'corporation', 'inc', 'incorporated', 'company', 'co', 'plc', 'ltd', 'limited', 'llc', 'gmbh', 'ag', 'se', 'sa', 'nv', 'spa', 'group',
]);

/** Common nouns for an organization, written before its name or in an apposition after it (`the union Unison`). */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  'union', 'party', 'group', 'charity', 'company', 'firm', 'organisation', 'organization', 'movement', 'militia', 'faction',
  'association', 'federation', 'newspaper', 'broadcaster', 'agency', 'bank', 'network', 'watchdog', 'regulator', 'tank',
  'lobby', 'insurer', 'retailer', 'airline', 'carmaker', 'publisher', 'fund', 'label', 'supplier', 'club', 'band', 'studio',
  'manufacturer', 'maker', 'chain', 'operator', 'consortium', 'conglomerate', 'giant', 'service', 'brewer', 'miner', 'lender',
  'carrier', 'supermarket', 'grocer', 'chipmaker', 'drugmaker', 'automaker', 'website', 'broker', 'stockbroker', 'team', 'bookmaker',
  'housebuilder', 'utility', 'promoter', 'magazine', 'store', 'tabloid', 'channel', 'startup', 'consultancy', 'outlet', 'body',
  // A party's electoral grouping (`the Fatah alliance`, `whose Sairoon bloc`).
  'bloc', 'alliance',
]);

/**
 * Common nouns for a body that news writes before its name (`the Brazilian club Corinthians`, `the department store JC
 * Penney`): ORGANIZATION_NOUNS, and some that after a name are of a thing or an owner, not the body (`the Linux
 * distributor`, `a Nissan subsidiary`).
 */
export const NAMING_BODY_NOUNS: ReadonlySet<string> = new Set([
  ...ORGANIZATION_NOUNS, 'exporter', 'distributor', 'subsidiary', 'refiner',
  // A paper, a team and trades news names its firms by (`the daily Jameah`, `the Norwegian side Rosenborg`, `the
  // steelmaker Corus`, `the cosmetics brand Rimmel`).
  'journal', 'daily', 'weekly', 'side', 'steelmaker', 'planemaker', 'brand',
]);

/** Lower-case words after a name that make it a place (`Donetsk region`). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'region', 'regions', 'oblast', 'province', 'peninsula', 'city', 'district', 'county', 'state', 'territory', 'island',
  'islands', 'river', 'sea', 'valley', 'border', 'coast', 'strait', 'enclave', 'capital',
]);

/** Lower-case particles inside a person's name (`Ursula von der Leyen`, `Karl-Theodor zu Guttenberg`, `Abdel Fattah al-Burhan`, `Zia ul-Haq`, `Rosa di Vance`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'des', 'del', 'der', 'den', 'van', 'von', 'zu', 'al', 'el', 'ul', 'ud', 'bin', 'bint', 'ibn', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'di', 'della', 'dei', 'degli',
]);

/**
 * Particles that join the words of a name only when written with a hyphen to the next (`Jaish-e-Mohammed`, `Hizb
 * ut-Tahrir`, `Sipah-e-Sahaba`): the Persian and Urdu ezafe and the Arabic article; alone they are other words.
 */
export const HYPHENED_PARTICLES: ReadonlySet<string> = new Set(['e', 'i', 'ut', 'us']);

/** Words that link the parts of an organization's name (`Department of State`, `Peace and Security Council`). */
export const ORGANIZATION_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', 'on']);

/** Last words of a capitalized phrase that names no entity but a text or an event (`Mutual Defense Treaty`). */
export const NON_ENTITY_HEADS: ReadonlySet<string> = new Set([
  'treaty', 'accord', 'accords', 'agreement', 'convention', 'act', 'declaration', 'charter', 'protocol', 'pact', 'doctrine',
  'initiative', 'plan', 'summit', 'conference', 'war', 'crisis', 'resolution', 'law', 'bill', 'day', 'games', 'cup', 'prize',
  // Events, programmes and systems (`Lantern Festival`, `Google Science Fair`, `Iodine Deficiency Disorders`).
  'festival', 'expo', 'fair', 'championship', 'championships', 'tournament', 'olympics', 'marathon', 'awards', 'award',
  'contest', 'prix', 'referendum', 'exhibition', 'election', 'elections', 'program', 'programme', 'system', 'wiki', 'year',
  'eve', 'week', 'disease', 'syndrome', 'disorder', 'disorders', 'virus', 'flu',
]);

/** Class words of vehicles written before a vehicle's own name (`Space Shuttle Discovery`, `Shuttle Atlantis`). */
export const VEHICLE_CLASSES: ReadonlySet<string> = new Set(['space shuttle', 'shuttle', 'orbiter', 'orbiters', 'rover', 'spacecraft', 'airship']);

/** Last words of a name that say its number is a channel's or station's, not a model's (`Channel 4`, `BBC Radio 4`). */
export const NUMBERED_BODY_HEADS: ReadonlySet<string> = new Set(['channel', 'radio', 'tv', 'television', 'division', 'district']);

/** Heads of bodies' names that are common surnames too (`Helen Steel`, `Ms Steel`, `Charlotte Church`, `Emily Post`). */
export const SURNAME_BODY_WORDS: ReadonlySet<string> = new Set(['steel', 'church', 'post', 'bank', 'press']);

/** Last words of a capitalized phrase that names a geographic feature (`Scarborough Shoal`, `Line of Control`). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'shoal', 'island', 'islands', 'sea', 'strait', 'gulf', 'bay', 'river', 'lake', 'mountains', 'desert', 'peninsula', 'valley',
  'canal', 'line', 'coast', 'ocean', 'district', 'province', 'region', 'square', 'airport', 'port', 'corridor', 'basin',
  // Venues and facilities: a building or site is a place, whoever runs it (`Adler Planetarium`, `Kennedy Space Center`).
  'museum', 'centre', 'center', 'centres', 'centers', 'station', 'hospital', 'base', 'hotel', 'planetarium', 'memorial', 'hall', 'stadium',
  'arena', 'mosque', 'cathedral', 'temple', 'shrine', 'palace', 'park', 'bridge', 'tower', 'street', 'avenue', 'road',
  'complex', 'facility', 'pad', 'gallery', 'galleries', 'zoo', 'plaza', 'mall', 'theatre', 'theater', 'prison', 'dam',
  'highway', 'building', 'cemetery', 'observatory', 'terminal', 'pier', 'harbour', 'harbor', 'campus', 'mountain',
  'hill', 'hills', 'falls', 'forest', 'reef', 'canyon', 'plains',
  // A county named before its word (`Travis County`; a council's name ends in its own head: `Durham County Council`).
  'county',
]);

/**
 * First words that head a place's name in the languages whose squares, streets, palaces and houses English news names
 * untranslated (`Plaza de Mayo`, `Palazzo Chigi`, `Avenida Paulista`, `Fuerte Tiuna`, `Place de la Concorde`, `Casa
 * Rosada`, `Jalan Thamrin`), accents folded.
 */
export const FOREIGN_PLACE_HEADS: ReadonlySet<string> = new Set([
  'plaza', 'piazza', 'praca', 'avenida', 'calle', 'rua', 'palazzo', 'palacio', 'palais', 'fuerte', 'forte', 'castillo', 'castello',
  'place', 'casa', 'jalan',
]);

/** Saints' titles that open places' names in Spanish, Italian and Portuguese (`San Bruno`, `Sao Bernardo do Campo`). */
export const SAINT_PREFIXES: ReadonlySet<string> = new Set(['san', 'santa', 'santo', 'sao']);

/** Nouns for the people or bodies acting for a named party (`Ukraine's leaders`, `officials in Beijing`). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'leader', 'leaders', 'leadership', 'official', 'officials', 'government', 'negotiators', 'negotiator', 'delegation',
  'delegations', 'diplomats', 'diplomat', 'authorities', 'forces', 'troops', 'military', 'army', 'navy', 'ministers',
  'lawmakers', 'team', 'administration', 'regime', 'envoys', 'envoy', 'senators', 'soldiers', 'president', 'counterparts',
  'counterpart', 'side', 'advisers', 'advisors', 'aides', 'campaign', 'agents', 'officers', 'investigators', 'prosecutors',
  'inspectors', 'rulers', 'representatives',
]);

/** Group nouns for one person: `the Labour leader` is a person the party gives a post, never the party itself. */
export const ONE_PERSON_GROUP_NOUNS: ReadonlySet<string> = new Set(['leader', 'official', 'negotiator', 'diplomat', 'envoy', 'president', 'counterpart']);

/** Words for a party's place in or out of power, which news writes before the party's name (`the opposition X`). */
export const PARTY_STANDINGS: ReadonlySet<string> = new Set(['opposition', 'ruling', 'governing']);

/**
 * Seats of a parliament that parties fill, in lower case: the body named right before one is the member's party or the
 * place the member sits for (`Congress MP`, `a BJP MLA`, `Dharwad MP`).
 */
export const PARLIAMENT_SEATS: ReadonlySet<string> = new Set(['mp', 'mps', 'mla', 'mlas', 'mep', 'meps', 'msp', 'msps', 'td', 'tds', 'mpp', 'mpps', 'mna', 'mnas']);

/** A body's members as news capitalizes them (`Conservative MPs`, `Senators voted`): no one's name, nor part of one. */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set(['mps', 'meps', 'msps', 'mlas', 'senators', 'congressmen', 'peers', 'lawmakers']);

/** Nouns for a party's people and bodies after its name or adjective (`Labour MPs`, `Republican lawmakers`). */
export const PARTY_PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  ...GROUP_NOUNS, 'mp', 'mps', 'mep', 'meps', 'peer', 'peers', 'voters', 'member', 'members', 'candidate', 'candidates',
  'councillor', 'councillors', 'activist', 'activists', 'supporter', 'supporters', 'backbencher', 'backbenchers',
  'frontbencher', 'frontbenchers', 'rebel', 'rebels', 'veteran', 'veterans', 'donor', 'donors', 'strategists', 'congressman',
  'congressmen', 'congresswoman', 'governors', 'governor', 'politicians', 'grandees', 'chairman', 'spokesman',
  'spokeswoman', 'campaign', 'party', 'senator', 'lawmaker', 'majority', 'minority', 'primary', 'primaries', 'caucus',
]);

/** Words that never start or join a name, however compromise tags them (`The` in `The European Union`). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'and', 'or', 'but', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'by',
  'with', 'as', 'if', 'while', 'after', 'before', 'since', 'when', 'where', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  // (`: "Our company was dishonest"`: opening a quotation, compromise may read a possessive as a noun.)
  'our', 'my', 'your', 'their', 'you', 'them', 'him',
]);

/** Verbs of saying that follow a person's name in reporting (`Peskov said`). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'noted', 'stated', 'wrote', 'warned', 'insisted', 'argued', 'claimed',
  'stressed', 'emphasized', 'emphasised', 'acknowledged', 'announced', 'explained', 'replied', 'responded', 'confirmed',
]);

/** Nouns after a name that make a government: a person's (`the Bush administration`) or a body's (`the Hamas government`). */
export const PERSON_ORGANIZATION_NOUNS: ReadonlySet<string> = new Set(['administration', 'government', 'campaign', 'cabinet']);

/** Prepositions before a lone name that make it a place (`in Geneva`). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'across', 'outside', 'around', 'into', 'from']);

/** Honours and degrees written after a name (`Mark Tedeschi QC`, `Ann Vale OBE`): no part of it. */
export const POST_NOMINALS: ReadonlySet<string> = new Set(['qc', 'kc', 'mbe', 'obe', 'cbe', 'kbe', 'dbe', 'phd', 'esq']);

/** Common short all-capital words that are not organizations. */
export const NON_ORGANIZATION_ACRONYMS: ReadonlySet<string> = new Set([
  'ceo', 'cfo', 'gdp', 'ai', 'tv', 'pm', 'am', 'id', 'utc', 'gmt', 'ok', 'covid', 'faq', 'diy', 'iq', 'hiv', 'aids', 'pow',
  'pows', 'lgbt', 'lgbtq', 'vip', 'dna', 'usd', 'eur', 'gbp', 'ceos', 'mp', 'mps', 'mep', 'meps', 'msp', 'msps', 'mla', 'mlas', 'ps', 'pr', 'ufo', 'atm', 'suv', 'it',
  // A kind of body, not one (`at the service of some NGO`).
  'ngo', 'ngos',
  // Technical formats and devices.
  'html', 'http', 'https', 'url', 'www', 'pdf', 'usb', 'gps', 'sms', 'css', 'xml', 'json', 'api', 'cpu', 'gpu', 'ram',
  'dvd', 'lcd', 'led', 'hd', 'vr', 'pc', 'pcs', 'os', 'ip', 'vpn', 'wifi', 'jpeg', 'gif', 'cctv', 'sim', 'rfid', 'ict',
  'cd', 'cds', 'drm', 'mp3',
  // Diseases, vaccines and treatments, and terms of finance (credit ratings among them).
  'bse', 'cjd', 'mrsa', 'mmr', 'ivf', 'ipo', 'ipos', 'vat', 'aaa', 'bbb', 'ccc',
  // Honours and degrees written after a name (`Mark Tedeschi, QC`).
  ...POST_NOMINALS,
]);

/** First words of the bodies every state has (`Foreign Ministry`, `Coast Guard`): named alone they need their country. */
export const GENERIC_BODY_WORDS: ReadonlySet<string> = new Set([
  'foreign', 'defence', 'defense', 'interior', 'finance', 'justice', 'health', 'trade', 'commerce', 'economy', 'external',
  'home', 'education', 'energy', 'agriculture', 'ministry', 'department', 'parliament', 'army', 'navy', 'air', 'coast',
  'central', 'supreme', 'constitutional', 'national', 'state', 'armed', 'security', 'intelligence', 'police', 'border',
  'senate', 'congress', 'electoral', 'prosecutor',
  // A country's own Red Cross or Red Crescent society (`the British Red Cross`), not the international committee.
  'red',
]);

/** Prefixes of ships' names (`USS Gerald R. Ford`, `BRP Sierra Madre`): a vessel is no person, country or organization. */
export const VESSEL_PREFIXES: ReadonlySet<string> = new Set([
  'USS', 'USNS', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'BRP', 'INS', 'RFS', 'ROKS', 'JS', 'KRI', 'TCG', 'MV', 'MT', 'RV', 'HMC',
  'RMS', 'USCGC', 'CCGS',
]);

/**
 * Words opening the name a storm is given (`Hurricane Matthew`, `Tropical Storm Harvey`): a storm is no party. Not
 * `Storm` alone, a given name and surname too, nor `Tropical` before other words (`Tropical Forest Trust`).
 */
export const STORM_WORDS: ReadonlySet<string> = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Tropical Storm', 'Tropical Depression']);

/** A player's or musician's place in a team or band, after its name (`Arsenal defender X`, `Blur frontman X`). */
export const PLAYER_POSTS: ReadonlySet<string> = new Set(['frontman', 'defender', 'striker', 'midfielder', 'goalkeeper', 'winger', 'drummer', 'guitarist', 'bassist', 'singer']);

/** Sports, whose names with a country's or people's name a governing body (`UK Athletics`, `British Cycling`). */
export const SPORTS: ReadonlySet<string> = new Set([
  'athletics', 'cycling', 'swimming', 'rowing', 'cricket', 'rugby', 'football', 'hockey', 'tennis', 'golf', 'boxing', 'gymnastics',
  'sailing', 'triathlon', 'skiing', 'basketball', 'volleyball', 'netball', 'badminton', 'squash', 'judo', 'sport',
]);

/** Posts a club or firm gives, in lower case after its name (`Everton chairman X`, `Orlak manager X`). */
export const CLUB_POSTS: ReadonlySet<string> = new Set(['chairman', 'chairwoman', 'manager', 'coach', 'captain', 'owner', 'boss', 'director']);

/** Last words of sports clubs' names (`Leeds United`, `Bristol Rovers`, `West Bromwich Albion`), after a place's name. */
export const CLUB_WORDS: ReadonlySet<string> = new Set([
  'united', 'rovers', 'athletic', 'wanderers', 'albion', 'rangers', 'hotspur', 'argyle', 'academicals', 'thistle', 'harriers',
]);

/** First words of companies' names before their country's or town's (`Air France`, `Air Canada`, `Radio Moscow`). */
export const PLACE_BRAND_PREFIXES: ReadonlySet<string> = new Set(['air', 'radio']);

/** First words of football clubs' names before their town's (`Real Madrid`, `AC Milan`, `Bayern Munich`, `Dynamo Kiev`). */
export const CLUB_PREFIXES: ReadonlySet<string> = new Set([
  'real', 'ac', 'inter', 'atletico', 'athletic', 'bayern', 'borussia', 'hertha', 'werder', 'dynamo', 'dinamo', 'spartak', 'cska',
  'lokomotiv', 'sporting', 'olympique', 'racing', 'deportivo', 'rapid', 'fc', 'sc', 'afc', 'ssc',
  // Clubs' legal or royal initials before the town (`RFC Liege`, `RC Lens`, `VfB Stuttgart`, `PSV Eindhoven`).
  'rfc', 'rc', 'rsc', 'krc', 'kv', 'cf', 'cd', 'sv', 'vfb', 'vfl', 'fk', 'sk', 'psv', 'aek', 'paok',
]);

/** Last words of newspapers' and magazines' names (`Toronto Star`, `Edmonton Sun`, `LA Weekly`, `Kyiv Independent`). */
export const MASTHEAD_WORDS: ReadonlySet<string> = new Set([
  'star', 'sun', 'globe', 'mail', 'observer', 'telegraph', 'express', 'examiner', 'inquirer', 'enquirer', 'courier',
  'citizen', 'bulletin', 'dispatch', 'weekly', 'daily', 'mirror', 'gazette', 'chronicle', 'herald', 'tribune', 'times',
  'post', 'journal', 'independent', 'register', 'sentinel', 'spectator', 'standard',
]);

/**
 * National adjectives of other languages that open names of companies and public bodies (`Deutsche Shell`, `Nederlandse
 * Spoorwegen`, `Norske Skog`, `Svenska Handelsbanken`, `Polska Grupa Zbrojeniowa`): no English given name or surname.
 */
export const FOREIGN_NATIONAL_ADJECTIVES: ReadonlySet<string> = new Set([
  'deutsche', 'deutscher', 'deutsches', 'osterreichische', 'schweizerische', 'nederlandse', 'norske', 'norsk', 'svenska', 'svensk',
  'danske', 'dansk', 'suomen', 'polska', 'polskie', 'ceska', 'ceske', 'slovenska', 'magyar', 'francaise', 'francais', 'italiana',
  'italiano', 'espanola', 'espanol', 'portuguesa', 'nacional',
]);

/** Labels of captions and credits (`Image: Reuters`), never part of a name they follow. */
export const CAPTION_LABELS: ReadonlySet<string> = new Set(['image', 'images', 'photo', 'photos', 'picture', 'video', 'credit', 'source', 'caption', 'graphic', 'map', 'file', 'audio']);

/**
 * Verbs of judging or pressing someone, as news writes them after their subject or before their object (`Vosk has
 * criticized`, `praised Orlak`): only people and bodies do so, and a lone name that is no word of another kind is then
 * a person's.
 */
export const JUDGING_VERBS: ReadonlySet<string> = new Set([
  'criticizes', 'criticized', 'criticises', 'criticised', 'accuses', 'accused', 'blames', 'blamed', 'praises',
  'praised', 'slams', 'slammed', 'condemns', 'condemned', 'attacks', 'attacked', 'endorses', 'endorsed', 'backs',
  'backed', 'thanks', 'thanked', 'urges', 'urged', 'rejects', 'rejected', 'denounces', 'denounced', 'welcomes',
  'welcomed', 'defends', 'defended', 'supports', 'supported', 'lambasts', 'lambasted', 'blasts', 'blasted',
  'castigates', 'castigated', 'mocks', 'mocked', 'dismisses', 'dismissed', 'hails', 'hailed', 'applauds',
  'applauded', 'congratulates', 'congratulated', 'rebukes', 'rebuked', 'berates', 'berated',
]);

/** Words between a subject and its verb that leave the verb its subject's (`Orlak, too, has criticized`). */
export const VERB_ADVERBS: ReadonlySet<string> = new Set(['has', 'had', 'have', 'also', 'too', 'again', 'repeatedly', 'publicly', 'sharply', 'strongly', 'then', 'later', 'previously']);

/** An ordinal in figures (`9th`, `21st`), a word of some bodies' names (`the 9th Circuit`, `Court of Appeals for the 7th Circuit`). */
export const ORDINAL_FIGURES = /^\d+(?:st|nd|rd|th)$/;

/** Punctuation that ends a name written in capitals (`Rubio, who`, `Peace Council.`, a spaced hyphen as a dash: `Veritas - Latin`). */
export const BREAKING_PUNCTUATION = /[,;:.!?()"“”—–]|\s-(?:\s|$)/;

/** Legal forms a company is named without (`British Airways Plc` is `British Airways`), as a pattern's alternatives. */
export const DROPPED_LEGAL_FORMS = 'Plc|PLC|plc|Ltd|Limited|Inc|AG|SA|NV|LLC|GmbH|Co';

/** `General Electric Co.`: a company's abbreviated legal form, which heads its name (with the full stop: `Co Down` is a county). */
export function isCompanyAbbreviation(token: { readonly text: string }): boolean {
  return /^Co\.(?:['’]s)?$/.test(token.text);
}

/** Feasts and seasons that are surnames too (`before Christmas`, `over Easter`): a date, no one's name. */
export const HOLIDAYS: ReadonlySet<string> = new Set([
  'christmas', 'easter', 'lent', 'advent', 'pentecost', 'whitsun', 'halloween', 'thanksgiving', 'hogmanay', 'passover',
  'hanukkah', 'ramadan', 'eid', 'diwali', 'nowruz',
]);

/** compromise's tags of words that are no one's name, however capitalized (`Western`, `Mediterranean`). */
export const NOT_NAME_TAGS: readonly string[] = ['Adjective', 'Demonym', 'Place', 'Organization', 'Plural'];

/** compromise's tags for a word of a person's name. */
export const PERSON_TAGS: readonly string[] = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];

/**
 * Words that head bodies' names (`Ministry of Foreign Affairs`, `the Treasury`, `the Armed Forces`) and portfolios alike
 * (`Foreign Affairs Minister`, `Treasury spokesman`, `Armed Forces Minister`).
 */
export const PORTFOLIO_HEADS: ReadonlySet<string> = new Set(['affairs', 'relations', 'treasury', 'forces']);

/** Words that open a relative clause after an apposition's head (`X, the populist whose new party ...`). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['whose', 'who', 'whom', 'which', 'that']);
