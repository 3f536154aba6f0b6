import { relationLines, extractText } from '../helpers/extractText';

describe('extractRelations', () => {
  it.each([
    ['French President Emmanuel Macron criticized China on Tuesday.', ['person:emmanuel-macron HOLDS_ROLE country:france', 'person:emmanuel-macron CRITICIZED country:china']],
    ["Sergei Lavrov, the Russian foreign minister, accused NATO of escalating tensions.", ['person:sergei-lavrov HOLDS_ROLE country:russia', 'person:sergei-lavrov CRITICIZED organization:nato']],
    ['Israel was condemned by Turkey after the raid.', ['country:turkiye CRITICIZED country:israel']],
    ['Ann Vale mocked Tom Baxter for his U-turn on tuition fees.', ['person:ann-vale CRITICIZED person:tom-baxter']],
    ['Chile deplored Peru\'s decision to close the border.', ['country:chile CRITICIZED country:peru']],
    ['Ann Vale received Tom Baxter in Oslo on Sunday.', ['person:ann-vale MET_WITH person:tom-baxter']],
    ['Norway has barred Tom Baxter from entering the country.', ['country:norway SANCTIONED person:tom-baxter']],
    // `who` hung on the body an apposed noun is of is the person named, not the body.
    ['Ann Vale, the leader of the Vosk Unity Party, who had defended Tom Baxter all week, said nothing.', ['person:ann-vale HOLDS_ROLE organization:vosk-unity-party', 'person:ann-vale MEMBER_OF organization:vosk-unity-party', 'person:ann-vale SUPPORTED person:tom-baxter']],
    ['Judge Ann Vale convicted Tom Baxter of fraud.', ['person:ann-vale SANCTIONED person:tom-baxter']],
    // An impeachment is a legislature's sanction; a body's vote to act is its act, a refusal is not.
    ['The Vosk Assembly impeached Tom Baxter on Friday.', ['organization:vosk-assembly SANCTIONED person:tom-baxter']],
    ['The Vosk Assembly voted to expel Tom Baxter.', ['organization:vosk-assembly SANCTIONED person:tom-baxter']],
    ['The Vosk Assembly refused to expel Tom Baxter.', []],
    // After `and`, a few words may describe the next party named; a name a verb follows opens a clause of its own.
    ['Ann Vale accused chairman Tom Baxter and his fellow directors Karl Ost and Rosa Vance of paying themselves millions.', ['person:ann-vale CRITICIZED person:tom-baxter', 'person:ann-vale CRITICIZED person:karl-ost', 'person:ann-vale CRITICIZED person:rosa-vance']],
    ['Orlak Capital backed the board, and the chief executive, Tom Baxter, said the company would stay independent.', ['person:tom-baxter HOLDS_ROLE organization:orlak-capital']],
    // A headline's verb in the present that the tagger read as a noun (`sues`) is a verb when it has a subject and an object.
    ['Vosk Foods sues Orlak Mining over patents', ['organization:vosk-foods SANCTIONED organization:orlak-mining']],
    // A headline written in title case, set off by a blank line, states relations as any sentence does.
    ['NATO imposes sanctions on North Korea\n\nThe board met on Monday.', ['organization:nato SANCTIONED country:north-korea']],
    // A clause's subject the parser coordinated with the clause before is its own verb's subject.
    ['Tom Baxter lost the vote, and the Vosk Party later criticised Ann Vale.', ['organization:vosk-party CRITICIZED person:ann-vale']],
    // A word of time the parser read as a verb's subject says when; the verb's subject is found as for one without.
    ['The IMF, which last week urged Norway to cut spending, spoke.', ['organization:international-monetary-fund PRESSURED country:norway']],
    ['Tom Baxter refused, and last month survived a motion of no confidence tabled by the Vosk Party.', ['organization:vosk-party CRITICIZED person:tom-baxter']],
    // (`yesterday` beside the verb's subject says when, however the parser reads it.)
    ['Ayatollah Ali Vosk yesterday ordered the Guardian Council to reconsider its decision.', ['person:ali-vosk PRESSURED organization:guardian-council']],
    ['The Vosk Assembly voted Thursday to hold Ann Vale in contempt of parliament.', ['organization:vosk-assembly CRITICIZED person:ann-vale']],
    // Until an act is told, a ruling is that of the court a sentence names alone, however the sentence tells what it did.
    ['The ban on Tom Baxter was upheld by the Kessel Supreme Court on Monday. Ann Vale welcomed the ruling.', ['person:ann-vale PRAISED organization:kessel-supreme-court']],
    // A phrase the parser reads as a second subject is the first one's modifier when a preposition opens it.
    // (A district judge's post is a judge's, held in the court the sentence names.)
    ["District Judge Ann Vale at Bow Street Magistrates' Court rejected Mr Baxter's argument.", ['person:ann-vale REJECTED person:baxter', 'person:ann-vale HOLDS_ROLE organization:bow-street-magistrates-court']],
    ['Tom Baxter, who on Monday described the Norwegian government as a criminal regime, welcomed the move.', ['person:tom-baxter CRITICIZED country:norway']],
    // A person apposed to what a possessive owns is who is meant, not the owner.
    ["Tom Baxter accused Karl Ost's agent, Ann Vale, of unsettling the boy.", ['person:tom-baxter CRITICIZED person:ann-vale']],
    ['The European Union imposed sanctions on Iran last month.', ['organization:european-union SANCTIONED country:iran']],
    // A fine or a penalty imposed is a sanction too.
    ['The Vosk Authority imposed a record penalty on Barclays.', ['organization:vosk-authority SANCTIONED organization:barclays']],
    ['Iran launched drone attacks on Israel overnight.', ['country:iran ATTACKED country:israel']],
    ['North Korea threatened South Korea with missile launches.', ['country:north-korea THREATENED country:south-korea']],
    ['Brazil and Argentina held talks in Buenos Aires on Friday.', ['country:brazil NEGOTIATED_WITH country:argentina']],
    ['Talks between Armenia and Azerbaijan resumed on Monday.', ['country:armenia NEGOTIATED_WITH country:azerbaijan']],
    ['Antony Blinken, who led the American delegation, praised Qatar for its mediation.', ['person:antony-blinken LEADS_DELEGATION country:united-states', 'person:antony-blinken PRAISED country:qatar']],
    ['The Ukrainian delegation, led by Rustem Umerov, arrived in Istanbul.', ['person:rustem-umerov LEADS_DELEGATION country:ukraine']],
    ["Mexico's President Claudia Sheinbaum urged Canada to reconsider.", ['person:claudia-sheinbaum HOLDS_ROLE country:mexico', 'person:claudia-sheinbaum PRESSURED country:canada']],
    ['Indian Prime Minister Narendra Modi met with Australian Prime Minister Anthony Albanese.', ['person:narendra-modi HOLDS_ROLE country:india', 'person:anthony-albanese HOLDS_ROLE country:australia', 'person:narendra-modi MET_WITH person:anthony-albanese']],
    ['The president gave Venezuela a Friday deadline to respond.', []],
    ['Donald Trump gave Venezuela a Friday deadline to respond.', ['person:donald-trump PRESSURED country:venezuela']],
    // Summoning a party (or its ambassador) demands that it appear and answer.
    ["Norway summoned Sweden's ambassador on Monday.", ['country:norway PRESSURED country:sweden']],
    ['The Kessel Commission summoned Vosk Foods to explain the losses.', ['organization:kessel-commission PRESSURED organization:vosk-foods']],
    ['Kenyan President William Ruto, speaking in Nairobi, thanked the UN.', ['person:william-ruto HOLDS_ROLE country:kenya', 'person:william-ruto PRAISED organization:united-nations']],
    ['Japanese Prime Minister Shigeru Ishiba spoke, warning that China wants more ships.', ['person:shigeru-ishiba HOLDS_ROLE country:japan', 'person:shigeru-ishiba CRITICIZED country:china']],
    ["Norway's Trade Minister Cecilie Myrseth spoke.", ['person:cecilie-myrseth HOLDS_ROLE country:norway']],
    ['Penny Wong, the foreign minister of Australia, arrived.', ['person:penny-wong HOLDS_ROLE country:australia']],
    ["Canada's ambassador to the UN, Bob Rae, objected.", ['person:bob-rae HOLDS_ROLE country:canada']],
    ['Mexico, which backs Cuba\'s position, criticised Peru.', ['country:mexico SUPPORTED country:cuba', 'country:mexico CRITICIZED country:peru']],
    // A country after a body's noun and `in` is where the body works, not the one acting; a group noun's country acts.
    ['The UN mission in Kenya, which monitored the vote, endorsed Ann Vale.', ['organization:united-nations SUPPORTED person:ann-vale']],
    ['Officials in Beijing criticised Japan.', ['country:china CRITICIZED country:japan']],
    // A party's adjective in its country's politics (`Socialist` for Spain's Socialists) names it before a post.
    ['The Socialists won in Madrid, and Spain\'s parliament backed them. The Socialist leader Ann Vale spoke.', ['person:ann-vale HOLDS_ROLE organization:spain-spanish-socialist-workers-party', 'person:ann-vale MEMBER_OF organization:spain-spanish-socialist-workers-party']],
    // A party's members as a body act for the party; counted, they are some of its members.
    ['Labour and the Tories clashed in the Commons. Ann Vale urged Labour MPs to vote the bill down.', ['person:ann-vale PRESSURED organization:united-kingdom-labour-party']],
    ['Labour and the Tories clashed in the Commons. Seventy-two Labour MPs voted against Ann Vale.', []],
    // A body's noun after its name is part of it as a subject; a post before the body acts, not the body.
    ['The Likud party rejected Peru\'s plan.', ['organization:israel-likud REJECTED country:peru']],
    ['The leader of the Likud party rejected Peru\'s plan.', []],
    // A finite verb the parser coordinates with a noun is coordinated with the nearest verb of its form before it.
    ['Ann Vale said Tom Baxter had never been asked to examine that wider question and urged Karl Ost to set up a full, independent inquiry.', ['person:ann-vale PRESSURED person:karl-ost']],
    // A past-tense verb the parser coordinates with a verb of another form inside a reported clause goes on with the reporting verb.
    ['Tom Baxter spoke. Chancellor Ann Vale said the Tories had "no idea" how many non-domiciles would pay the levy and accused Mr Baxter of offering "a tax cut for the richest 6% of estates".', ['person:ann-vale CRITICIZED person:tom-baxter']],
    // So does one whose object `him` can only be the reported clause's one named person, who cannot act on himself so;
    // not where another person is named between them.
    ['Tom Baxter spoke. Ann Vale said Mr Baxter had shown "a spectacular lack of judgement" and called on him to make a full statement.', ['person:ann-vale PRESSURED person:tom-baxter']],
    ['Tom Baxter spoke. Ann Vale said Mr Baxter had praised Karl Ost and called on him to stay.', ['person:tom-baxter PRAISED person:karl-ost']],
    // So does one coordinated with a condition's verb (the condition's words do not run on to it); not one coordinated
    // with a clause of its own.
    ['Ann Vale said his party would repeal the law if it won and urged Tom Baxter to publish the costings.', ['person:ann-vale PRESSURED person:tom-baxter']],
    ['Ann Vale said the vote was lost, while Tom Baxter called it a stitch-up and demanded that Karl Ost apologise.', ['person:tom-baxter PRESSURED person:karl-ost']],
    // A quotation mark between `had` and its participle leaves `had` the participle's auxiliary.
    ['Tom Baxter resigned. Ann Vale said Mr Baxter had "done the right thing" and that the episode should be a lesson.', ['person:ann-vale PRAISED person:tom-baxter']],
    // A list of names the parser reads as a chain of appositions ending in `and` is a list.
    ['Ann Vale and Tom Baxter wrote the report. Vosk Media suspended Orlak Group, its parent company Kessel Holdings, Dr Vale and Mr Baxter from its platform on Friday.', ['organization:vosk-media SANCTIONED organization:orlak-group', 'organization:vosk-media SANCTIONED organization:kessel-holdings', 'organization:vosk-media SANCTIONED person:ann-vale', 'organization:vosk-media SANCTIONED person:tom-baxter']],
    // A party's conduct or quality is the party's, with `of` as with a possessive; an act on a party is not.
    ['Ann Vale praised the support of Norway and Sweden.', ['person:ann-vale PRAISED country:norway', 'person:ann-vale PRAISED country:sweden']],
    ['Ann Vale criticised the arrest of Tom Baxter.', []],
    ['Ann Vale described the Vosk TV affair as shameful.', ['person:ann-vale CRITICIZED organization:vosk-tv']],
    // An act's doers after `of` are every party the phrase names, through a group's noun and conjuncts.
    ['Ann Vale welcomed the decision of the Norwegian government and the Vosk Front to come to the table.', ['person:ann-vale PRAISED country:norway', 'person:ann-vale PRAISED organization:vosk-front']],
    // A coordinated verb's subject the parser took from the first verb's object is that object; the verb is the first one's subject's.
    ["Ann Vale, the UN Secretary-General, met Wakil Ahmad Ost, the Taleban's Foreign Minister, in Islamabad on Sunday and urged him to halt the destruction.", ['person:ann-vale HOLDS_ROLE organization:united-nations', 'person:wakil-ahmad-ost HOLDS_ROLE organization:taliban', 'person:ann-vale MET_WITH person:wakil-ahmad-ost', 'person:ann-vale PRESSURED person:wakil-ahmad-ost']],
    // Where the tree reads a person as the verb's subject, the body the token walk met on its way to the verb is none.
    ['Tom Baxter, the leader of the Vosk Party, which draws much of its support from farmers, accused Ann Vale of lying.', ['person:tom-baxter HOLDS_ROLE organization:vosk-party', 'person:tom-baxter MEMBER_OF organization:vosk-party', 'person:tom-baxter CRITICIZED person:ann-vale']],
    // Two subjects before the verb, split by the parser with the verb's `and` between them, are both its subjects.
    ["The nurses' union Vosk and the Orlak trade union accused the Ministry of Health of failing to train staff properly.", ['organization:vosk CRITICIZED organization:ministry-of-health', 'organization:orlak CRITICIZED organization:ministry-of-health']],
    // A title and the name apposed to it, split by the parser into two subjects one of them passive, are one active subject.
    ["Norway's consumer ombudsman, Karl Erik Ost, has called on Vosk Foods to open its system by the autumn.", ['person:karl-erik-ost HOLDS_ROLE country:norway', 'person:karl-erik-ost PRESSURED organization:vosk-foods']],
    // A post in a body the document names as a party elsewhere is held by one of its members.
    ["The Vosk Workers' party (VWP) won. The president of the VWP, Ann Vale, spoke.", ['person:ann-vale HOLDS_ROLE organization:vosk-workers-party', 'person:ann-vale MEMBER_OF organization:vosk-workers-party']],
    // A word of time after a name is when the verb happened, not the subject the parser made it.
    ['Vosk Bank yesterday agreed to buy Orlak Holdings for 12.2bn pounds in a rescue.', ['organization:vosk-bank NEGOTIATED_WITH organization:orlak-holdings']],
    // A hyphened noun before a body's name describes the body, which holds the post.
    ['Tom Baxter, head of the anti-corruption Vosk Foundation, said it.', ['person:tom-baxter HOLDS_ROLE organization:vosk-foundation']],
    // A second post with its own `of` phrase parallels the first, not the first one's body.
    ['Tom Baxter, leader of the ruling majority and head of the Vosk Movement, said it.', ['person:tom-baxter HOLDS_ROLE organization:vosk-movement']],
    // A scientist at a university or institute works there.
    ['The data was collected by Tom Baxter, a psychologist at the University of Vosk.', ['person:tom-baxter HOLDS_ROLE organization:university-of-vosk']],
    // An owner holds the post of owner.
    ['Tom Baxter, the owner of Vosk Rovers, said it.', ['person:tom-baxter HOLDS_ROLE organization:vosk-rovers']],
    // A country's office holder, unnamed, is not the country.
    ["Norway's deputy prime minister was criticised by the Vosk Party.", []],
    // A condition opening a reported clause is that clause's, and the verb after its comma the clause's own.
    ['Ann Vale warned the Vosk Party and the Orlak Party that if they did not meet the deadline, she would dissolve the assembly.', ['person:ann-vale THREATENED organization:vosk-party', 'person:ann-vale THREATENED organization:orlak-party']],
    // A phrase with a preposition is no subject of a coordinated verb, which shares the subject before it.
    ['The Norwegian government declared a state of war and on Thursday broke off diplomatic relations with Sweden.', ['country:norway SANCTIONED country:sweden']],
    // Agents, officers, investigators, prosecutors and inspectors act for the body or country they are named with.
    ['FBI agents arrested Tom Baxter at his Chicago home on Dec. 9.', ['organization:federal-bureau-of-investigation SANCTIONED person:tom-baxter']],
    // Sentencing a person sanctions them.
    ['Judge Ann Vale sentenced Tom Baxter, 54, to 15 life terms.', ['person:ann-vale SANCTIONED person:tom-baxter']],
    // Firing a person sacks them; firing weapons at a party attacks it, and sanctions no one.
    ['Ann Vale fired Tom Baxter on Monday.', ['person:ann-vale SANCTIONED person:tom-baxter']],
    ['Hamas fired rockets at Israel.', ['organization:hamas ATTACKED country:israel']],
    // Stripping a party of a title or post sanctions it; stripping a thing does not.
    ['The Vosk Federation stripped Tom Baxter of the armband.', ['organization:vosk-federation SANCTIONED person:tom-baxter']],
    // Buying a body is a deal struck with it, one way: buyers named together did not deal with each other.
    ['Vosk Foods bought Orlak Motors for 2bn euros last year.', ['organization:vosk-foods NEGOTIATED_WITH organization:orlak-motors']],
    ['Mills in China and Japan, which buy most of the ore, fear a merger.', []],
    // So is hosting or visiting: hosts or visitors named together did not meet each other; those who meet did.
    ['Cuba and Norway hosted talks in Havana.', []],
    ['Ann Vale and Tom Baxter met in Oslo.', ['person:ann-vale MET_WITH person:tom-baxter']],
    // Dropping, dumping, axing or ousting a named party ends its place, as sacking does; a fall in shares is no sanction.
    ['The Vosk Federation dropped Tom Baxter from its team.', ['organization:vosk-federation SANCTIONED person:tom-baxter']],
    ['Vosk Foods axed Ann Vale after the drug claims.', ['organization:vosk-foods SANCTIONED person:ann-vale']],
    ['The Vosk Party ousted Tom Baxter in a week of bloodletting.', ['organization:vosk-party SANCTIONED person:tom-baxter']],
    ['Shares in Vosk Foods dropped sharply.', []],
    ['Ann Vale stripped the bill of its worst clauses.', []],
    // `him` alone with the acting party is the person named before.
    ['Tom Baxter spoke on Monday. Ann Vale urged him to resign.', ['person:ann-vale PRESSURED person:tom-baxter']],
    // `her` is not a man the name tells (`Tom`), but the last woman named.
    ['Ann Vale won. Her coach, Tom Baxter, spoke. Vosk Foods later ended its contract with her.', ['organization:vosk-foods SANCTIONED person:ann-vale']],
    // `he` in a sentence that names no one goes on with the person before, for the sentence after too.
    ['Tom Baxter resigned. In May he flew to Oslo and spoke there. In June he criticised Ann Vale.', ['person:tom-baxter CRITICIZED person:ann-vale']],
    // `his` before a person's own people is the subject's, not the other person's.
    ['In a letter read out by Ann Vale, Tom Baxter said he was stepping down and called on his supporters to remain calm.', []],
    // `both governments`: the two countries the sentence has just joined by `and`, else the last two named, by demonym too.
    ['Tom Baxter said he had spoken to his Norwegian and Swedish counterparts and pressed both governments to talk.', ['person:tom-baxter PRESSURED country:norway', 'person:tom-baxter PRESSURED country:sweden']],
    ['Norwegian and Swedish troops clashed on the border. Ann Vale urged both governments to talk.', ['person:ann-vale PRESSURED country:norway', 'person:ann-vale PRESSURED country:sweden']],
    // A plan, act or claim is the doer's that a participle's agent names; people acted on are no one's act.
    ['Norway rejected the plan proposed by Sweden.', ['country:norway REJECTED country:sweden']],
    ['Ann Vale criticised the men arrested by the Vosk Agency.', []],
    // Blocking a party's bid or act rejects it.
    ["Norway blocked Sweden's bid to join the group.", ['country:norway REJECTED country:sweden']],
    // A bid or application is the party's whose it is, named by its demonym too.
    ['Ann Vale, who backed the Ukrainian and Georgian bids, spoke.', ['person:ann-vale SUPPORTED country:ukraine', 'person:ann-vale SUPPORTED country:georgia']],
    ['Her deputy, Ilze Pane, accused Latvia of delays.', ['person:ilze-pane CRITICIZED country:latvia']],
    ['Viktor Orban, whom the EU sanctioned in May, spoke.', ['organization:european-union SANCTIONED person:viktor-orban']],
    // `Its` is the party a sentence names, not the place it opens in.
    ['In the UK, the Vosk Federation said it would appeal. Its chairman, Tom Baxter, said so.', ['person:tom-baxter HOLDS_ROLE organization:vosk-federation']],
    // `he` is the person the sentence named before it, not the one a relative pronoun stands for; a chain of `he`
    // and a quotation naming no one go on with the person named before.
    ['Ann Vale spoke. Tom Baxter said he had met Rosa Vance.', ['person:tom-baxter MET_WITH person:rosa-vance']],
    ['Ann Vale spoke. Tom Baxter thanked Rosa Vance, whom he had met in May, for her support.', ['person:tom-baxter PRAISED person:rosa-vance', 'person:tom-baxter MET_WITH person:rosa-vance']],
    ['Tom Baxter arrived. He said he bore Ann Vale no grudge, but he accused Rosa Vance of lying.', ['person:tom-baxter CRITICIZED person:rosa-vance']],
    ['Tom Baxter pulled out on Sunday. "We will not take part," he said. "We cannot ask people to vote." He accused Ann Vale of "declaring war".', ['person:tom-baxter CRITICIZED person:ann-vale']],
    // A capital before a town's office is the town: no office of the state.
    ['Kyiv Mayor Vitali Klitschko met Ann Vale.', ['person:vitali-klitschko MET_WITH person:ann-vale']],
    // A shared post is a post.
    ['Ann Vale, co-president of Vosk Holdings, said so.', ['person:ann-vale HOLDS_ROLE organization:vosk-holdings']],
    // A fine or a lawsuit is a penalty too.
    ['The European Commission has fined Vela Airways 40m euros.', ['organization:european-commission SANCTIONED organization:vela-airways']],
    ['Vela Airways was sued by the European Commission.', ['organization:european-commission SANCTIONED organization:vela-airways']],
    ['Pedro Sanchez held talks in Rabat on Friday with Aziz Akhannouch.', ['person:pedro-sanchez NEGOTIATED_WITH person:aziz-akhannouch']],
    ['Pedro Sanchez was in Rabat for talks with Aziz Akhannouch.', ['person:pedro-sanchez NEGOTIATED_WITH person:aziz-akhannouch']],
    // What a wish is, is no deal made.
    ["Spain's priority was a trade deal with Morocco.", []],
    ['Javier Milei expressed support for Israel on Monday.', ['person:javier-milei SUPPORTED country:israel']],
    ['Defence Minister Pal Jonson warned Russia that Sweden would respond.', ['person:pal-jonson THREATENED country:russia']],
    ['Chile and Bolivia met in Lima on Monday.', ['country:chile MET_WITH country:bolivia']],
    ["Ghana's delegation was led by Deputy Foreign Minister Kwame Owusu.", ['person:kwame-owusu LEADS_DELEGATION country:ghana', 'person:kwame-owusu HOLDS_ROLE country:ghana']],
    ['Aung Win, who heads the National Unity Party, spoke.', ['person:aung-win HOLDS_ROLE organization:national-unity-party', 'person:aung-win MEMBER_OF organization:national-unity-party']],
    ['Peru was represented by Foreign Minister Elmer Schialer.', ['person:elmer-schialer HOLDS_ROLE country:peru']],
    ['Ahmed Attaf spoke, warning that France will pay a price.', ['person:ahmed-attaf THREATENED country:france']],
    ['Ahmed Attaf warned that the future of Mali and Niger was at stake.', []],
    ['China Coast Guard spokesperson Gan Yu spoke.', ['person:gan-yu HOLDS_ROLE organization:china-coast-guard']],
    ["Japan's U.N. Ambassador Kazuyuki Yamazaki spoke.", ['person:kazuyuki-yamazaki HOLDS_ROLE country:japan']],
    ['The Kenyan delegation is headed by Foreign Minister Musalia Mudavadi.', ['person:musalia-mudavadi LEADS_DELEGATION country:kenya', 'person:musalia-mudavadi HOLDS_ROLE country:kenya']],
    ["The delegation from the African Union is led by Ghana's Foreign Minister Samuel Ablakwa.", ['person:samuel-ablakwa HOLDS_ROLE country:ghana', 'person:samuel-ablakwa LEADS_DELEGATION organization:african-union']],
    ['Egyptian officials led by Finance Minister Ahmed Kouchouk met the IMF.', ['person:ahmed-kouchouk LEADS_DELEGATION country:egypt', 'person:ahmed-kouchouk HOLDS_ROLE country:egypt', 'person:ahmed-kouchouk MET_WITH organization:international-monetary-fund']],
    ['Egyptian officials met the IMF.', ['country:egypt MET_WITH organization:international-monetary-fund']],
    // A verb after `but` that the parser hangs loose on the verb before it is its conjunct, with its subject.
    ['General Secretary Tom Baxter said the union remained ready to talk, but accused Royal Mail Chairman Ann Vale of pouring petrol on the fire.', ['person:tom-baxter CRITICIZED person:ann-vale']],
    // A name between commas after a title, which the parser coordinates with the title, is in apposition to it.
    ['The Secretary General of the Vosk Union, Ann Vale, praised Tom Baxter for his "skill and patience" and called on Norway to take part.', [
      'person:ann-vale HOLDS_ROLE organization:vosk-union',
      'person:ann-vale PRAISED person:tom-baxter',
      'person:ann-vale PRESSURED country:norway',
    ]],
    // A state's unnamed ministry or embassy speaks for the state.
    ['The Norwegian foreign ministry criticised Sweden.', ['country:norway CRITICIZED country:sweden']],
    ['The Swedish embassy in Oslo urged Norway to free the sailors.', ['country:sweden PRESSURED country:norway']],
    ['The Green Party (GPK) said its leader, Anna Moss, had won.', ['person:anna-moss HOLDS_ROLE organization:green-party', 'person:anna-moss MEMBER_OF organization:green-party']],
    ['William Ruto held talks with Uganda\'s President Yoweri Museveni and Tanzania\'s President Samia Suluhu Hassan.', [
      'person:yoweri-museveni HOLDS_ROLE country:uganda',
      'person:samia-suluhu-hassan HOLDS_ROLE country:tanzania',
      'person:william-ruto NEGOTIATED_WITH person:yoweri-museveni',
      'person:william-ruto NEGOTIATED_WITH person:samia-suluhu-hassan',
    ]],
    ['Albania began accession talks jointly with Montenegro in 2022.', []],
    ['The plan was backed by Kenya, whose president, William Ruto, spoke.', ['person:william-ruto HOLDS_ROLE country:kenya']],
    ['Iranian foreign ministry spokesman Esmaeil Baghaei spoke.', ['person:esmaeil-baghaei HOLDS_ROLE country:iran']],
    ['Bharat Bhushan, the Indian defence ministry spokesman, spoke.', ['person:bharat-bhushan HOLDS_ROLE country:india']],
    ['The ministry spokesman, Bharat Bhushan, spoke.', []],
    ['The Central Bank, headed by Governor Kamau Thugge, kept rates.', ['person:kamau-thugge HOLDS_ROLE organization:central-bank']],
    ['The Wagner Group, commanded by Dmitry Utkin, withdrew.', ['person:dmitry-utkin HOLDS_ROLE organization:wagner-group']],
    ['Serbia rejected a Croatian demand on Monday.', ['country:serbia REJECTED country:croatia']],
    ['EU Ambassador Jorge Toledo spoke.', ['person:jorge-toledo HOLDS_ROLE organization:european-union']],
    ['Bob Rae, the ambassador to the UN, objected.', []],
    ['Sergei Lavrov arrived in Beijing on Monday and criticized Japan.', ['person:sergei-lavrov CRITICIZED country:japan']],
    ['Emmanuel Macron met Xi Jinping and praised China for its help.', ['person:emmanuel-macron MET_WITH person:xi-jinping', 'person:emmanuel-macron PRAISED country:china']],
    // A union's or party's general secretary is one of its members; a federation's or a state body's is not.
    ['Vosk general secretary Ann Vale spoke.', ['person:ann-vale HOLDS_ROLE organization:vosk', 'person:ann-vale MEMBER_OF organization:vosk']],
    ['Ann Vale, general secretary of the Vosk Workers Federation, spoke.', ['person:ann-vale HOLDS_ROLE organization:vosk-workers-federation']],
    ['UN Secretary-General Ann Vale spoke.', ['person:ann-vale HOLDS_ROLE organization:united-nations']],
    ['Labour and the Conservatives clashed over tax. Ann Vale praised both parties for their restraint.', ['person:ann-vale PRAISED organization:united-kingdom-labour-party', 'person:ann-vale PRAISED organization:united-kingdom-conservative-party']],
  ])('reads %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });

  it.each([
    ['Germany did not criticize Poland.'],
    // A decision may be anyone's: a court named in passing did not make it.
    ['Tom Baxter will appeal to the Kessel Supreme Court. Ann Vale welcomed the decision.'],
    // A word in capitals is a name, not the verb it spells.
    ['Vosk, Williams, BAR, Toyota and Sauber have been summoned.'],
    ['Hungary could block Sweden and might reject Finland.'],
    ['Olaf Scholz said Germany would support Ukraine.'],
    ['The plan proposes limits on Ukraine’s armed forces.'],
    ['Poland condemned the attack on Russian oil depots.'],
    ['In Kyiv, Zelensky welcomed the progress.'],
    ['US sanctions on Russian oil took effect.'],
    ['Officials Tom Baxter and Karl Ost counted the votes. President Ann Vale urged both candidates to keep the peace.'],
    ['The Vosk Liberation Army and the United Nations ended their session. Ann Vale condemned both warring parties.'],
    // A name between a title and a participle is the title's apposition, not the participle's subject.
    ['The chief justice wrote to President Tariq Vosk and to the army chief, Gen. Jamal Orlak, asking them to provide troops to protect the court.'],
    // Another person tied to a party by a possessive (a successor, a son) is not the party.
    ["Ann Vale criticised Tom Baxter's successor."],
    ["Tom Baxter's son criticised Ann Vale."],
  ])('states no relation in %j', (text) => {
    expect(relationLines(text)).toEqual([]);
  });

  it.each([
    ['Lavrov said Rubio was wrong and criticized NATO.', 'person:rubio CRITICIZED organization:nato'],
    ['Rubio met Lavrov, who had criticized Kyiv, and rejected the plan.', 'person:lavrov REJECTED'],
    ['Hungary could block Sweden and reject Finland.', 'REJECTED'],
    // `He` refers back, never forward to a person named later in its sentence.
    ['He met Kenyan President William Ruto and Uganda\'s President Yoweri Museveni.', 'MET_WITH'],
  ])('does not lend the verb after "and" a subject from another clause in %j', (text, wrong) => {
    expect(relationLines(text).filter((line) => line.includes(wrong))).toEqual([]);
  });

  it.each([
    // Where the main clause's subject names no party, the verb after `and` in a subordinate clause is its subject's.
    ['Tension rose when Ann Vale, a former minister who was the party\'s agent there, seized the microphone and accused Tom Baxter of bias.', ['person:ann-vale CRITICIZED person:tom-baxter']],
  ])('lends the verb after "and" in a subordinate clause its subject in %j', (text, expected) => {
    expect(relationLines(text).filter((line) => line.includes('CRITICIZED'))).toEqual(expected);
  });

  it.each([
    ['Chilean President Gabriel Boric stayed home. His foreign minister, Alberto Moreno, spoke.', ['person:gabriel-boric HOLDS_ROLE country:chile', 'person:alberto-moreno HOLDS_ROLE country:chile']],
    ['Kenya sent no troops. Its defence minister, Soipan Tuya, spoke.', ['person:soipan-tuya HOLDS_ROLE country:kenya']],
    ['Chilean President Gabriel Boric stayed home. Alberto Moreno, his foreign minister, spoke.', ['person:gabriel-boric HOLDS_ROLE country:chile', 'person:alberto-moreno HOLDS_ROLE country:chile']],
    ["Chilean President Gabriel Boric stayed home. Alberto Moreno, Boric's chief adviser, spoke.", ['person:gabriel-boric HOLDS_ROLE country:chile', 'person:alberto-moreno HOLDS_ROLE country:chile']],
    // Whose office is unknown, or which of two parties `its` means.
    ['Gabriel Boric stayed home. His foreign minister, Alberto Moreno, spoke.', []],
    ['Kenya and Uganda disagreed. Its defence minister, Soipan Tuya, spoke.', []],
    ['Protests spread across Kenya. Soipan Tuya, the country\'s defence minister, spoke.', ['person:soipan-tuya HOLDS_ROLE country:kenya']],
    ['Kenya and Uganda disagreed. Soipan Tuya, the country\'s defence minister, spoke.', []],
  ])('reads the office after a possessive pronoun as held where the earlier sentence says: %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });

  it.each([
    ['Ann Vale criticised the Tory leader over the campaign.', []],
    ['The Tory leader criticised Ann Vale over the campaign.', []],
    ['Ann Vale blamed the Vosk Workers Union leader for the strike.', []],
    // A country's leader acts for the country.
    ['Ann Vale criticised the Russian leader over the campaign.', ['person:ann-vale CRITICIZED country:russia']],
  ])('reads a body\'s leader, unnamed, as no one, not the body, in %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });

  it.each([
    ["The committee's senior Democrat, Sen. Ann Vale of Delaware, accused Tom Baxter of lying.", ['person:ann-vale CRITICIZED person:tom-baxter']],
    ['Ann Vale, the 35-year-old leader of the Vosk Movement, who had led the protests, praised Tom Baxter.', ['person:ann-vale PRAISED person:tom-baxter']],
    ["The 77-year-old leader of the Vosk Workers' Party (VWP) accused Tom Baxter of lying.", []],
    ['The chairman of Vosk Motors criticised Tom Baxter.', []],
  ])('reads the person, not the body of the post, as who acts in %j', (text, expected) => {
    expect(relationLines(text).filter((line) => !/HOLDS_ROLE|MEMBER_OF/.test(line))).toEqual(expected);
  });

  it.each([
    ['Ann Vale called on Tom Baxter to expel the Vosk Party from the talks.'],
    ['Ann Vale appealed to Tom Baxter to sanction the Vosk Party.'],
  ])('reads the appeal, not what it asks for, in %j', (text) => {
    expect(relationLines(text)).toEqual(['person:ann-vale PRESSURED person:tom-baxter']);
  });

  it('codes criticism of a party\'s plan as criticism of the party, keeping the plan as topic', () => {
    const [relation] = extractText('The EU-backed plan was published. Serbia rejected it on Monday.').relations;
    expect(relation).toMatchObject({ type: 'REJECTED', source: 'country:serbia', target: 'organization:european-union', topic: 'EU-backed plan' });
  });

  it.each([
    // `him` is never its clause's subject: the one other person named before it in the sentence, else none.
    ["Union leader Ann Vale praised Mr Vosk's budget but urged him to cut taxes.", ['person:ann-vale PRESSURED person:vosk']],
    ['Karl Ost said Tom Baxter had urged him to resign.', ['person:tom-baxter PRESSURED person:karl-ost']],
    ['Tom Baxter met Dan Orlak and Karl Ost, and urged him to resign.', []],
    // Not a person whose given name is a woman's.
    ['Ann Vale said Tom Baxter had urged him to resign.', []],
  ])('reads "him" as the one other person the sentence names before it: %j', (text, expected) => {
    expect(relationLines(text).filter((line) => line.includes('PRESSURED'))).toEqual(expected);
  });

  it('resolves "he" to the person named in the previous sentence', () => {
    expect(relationLines('Chilean President Gabriel Boric spoke in Santiago. He criticized Peru on Monday.')).toContain('person:gabriel-boric CRITICIZED country:peru');
  });

  it.each([
    // The person named first outside a prepositional phrase, the subject as a rule, and the names coordinated with one in it.
    ['In a letter to Senator Vosk, Karl Ost said he would leave. He accused Norway of lying.', 'person:karl-ost CRITICIZED country:norway'],
    ['Fans chanted abuse at Senator Vosk and Senator Orlak, and Karl Ost left. He accused Norway of lying.', 'person:karl-ost CRITICIZED country:norway'],
    ['Senator Vosk wrote to Karl Ost. He accused Norway of lying.', 'person:vosk CRITICIZED country:norway'],
    // `according to X` names the speaker.
    ['According to Ann Vale, Tom Baxter would leave. She accused Norway of lying.', 'person:ann-vale CRITICIZED country:norway'],
  ])('reads "he" or "she" after %j as the person the sentence before is about', (text, expected) => {
    expect(relationLines(text).filter((line) => line.includes('CRITICIZED'))).toEqual([expected]);
  });

  it.each([
    ['The European Commission ruled on Wednesday that Vela had abused its dominance. Norway welcomed the ruling.', ['country:norway PRAISED organization:european-commission']],
    // A passive names no doer; a ruling no one was said to make is no one's.
    ['Vela was fined on Monday by a court. Norway welcomed the fine.', []],
    ['Norway welcomed the ruling.', []],
    ['General Vosk declared a state of emergency on Saturday. Tom Baxter said the move was "a disgrace".', ['person:tom-baxter CRITICIZED person:vosk']],
    // Said when, between the doer and the verb; a headline's passive, which drops its `was`; a `by` that is the act's.
    ['The Supreme Court on Tuesday ruled that the law was void. Ann Vale welcomed the ruling.', ['person:ann-vale PRAISED organization:supreme-court']],
    ['Vela Group fined record 35m by the European Commission. Norway welcomed the fine.', ['country:norway PRAISED organization:european-commission']],
    // A demonstrative refers back as `the` does.
    ['The European Commission ruled on Wednesday that Vela had abused its dominance. Norway welcomed that ruling.', ['country:norway PRAISED organization:european-commission']],
    // `He` or `she` doing the act is the person the sentence before named first.
    ['Judge Ann Vale rejected the claim. She ruled that the law was void. Vela Group welcomed the ruling.', ['organization:vela-group PRAISED person:ann-vale']],
    ['Tom Baxter banned for a year. Norway welcomed the ban.', []],
    // An appointment, a clearing and a plural of the act refer back to it too.
    ['The Vosk Federation appointed Karl Ost as coach on Monday. Ann Vale welcomed the appointment.', ['person:ann-vale PRAISED organization:vosk-federation']],
    ['The Vosk Federation expelled four members on Monday. Ann Vale welcomed the expulsions.', ['person:ann-vale PRAISED organization:vosk-federation']],
    // A court's rulings by what they did to a law or a party; a fine is the regulator's ruling too.
    ['The Supreme Court struck down the law on Wednesday. Ann Vale said she welcomed the ruling.', ['person:ann-vale PRAISED organization:supreme-court']],
    ['The Constitutional Court dissolved the Orlak Party on Tuesday. Tom Baxter welcomed the verdict.', ['person:tom-baxter PRAISED organization:constitutional-court']],
    ['The European Commission fined Vela Group 35m euros. Norway welcomed the ruling.', ['country:norway PRAISED organization:european-commission']],
    // A coup's doers: who ousted, overthrew or seized.
    ['Commodore Karl Ost ousted Prime Minister Ann Vale on Tuesday. Norway condemned the coup.', ['country:norway CRITICIZED person:karl-ost']],
    ['Commodore Karl Ost seized power on Tuesday. Norway condemned the takeover as illegal.', ['country:norway CRITICIZED person:karl-ost']],
    // A body's vote is its decision; a member voting for or against is not the body.
    ['The Vosk Assembly voted unanimously to impose sanctions on Sweden. Ann Vale welcomed the vote.', ['person:ann-vale PRAISED organization:vosk-assembly']],
    ['The Vosk Assembly voted to suspend Sweden. Ann Vale condemned the result.', ['person:ann-vale CRITICIZED organization:vosk-assembly']],
    ['The Vosk Assembly voted to suspend Sweden. Norway voted against. Ann Vale condemned the vote.', ['person:ann-vale CRITICIZED organization:vosk-assembly']],
    ['The Vosk Assembly voted to suspend Sweden. Nobody would say how Tom Baxter had voted. Ann Vale condemned the vote.', ['person:ann-vale CRITICIZED organization:vosk-assembly']],
    // Remarks are the last speaker's.
    ['Tom Baxter said the talks would go on. Ann Vale called the remarks offensive.', ['person:ann-vale CRITICIZED person:tom-baxter']],
    // A state's acts against a person: an execution, an extradition.
    ['Norway executed Tom Baxter on Monday. Sweden condemned the execution.', ['country:sweden CRITICIZED country:norway']],
    ['Norway extradited Tom Baxter to Sweden. Ann Vale condemned the extradition.', ['person:ann-vale CRITICIZED country:norway']],
    // A state's or a court's other acts against a party: stripping, removing, arresting, charging.
    ['The Kessel Supreme Court stripped the Orlak Party of its seats on Monday. Ann Vale condemned the decision.', ['person:ann-vale CRITICIZED organization:kessel-supreme-court']],
    ['Norway arrested Tom Baxter on Monday. Sweden condemned the arrest.', ['country:sweden CRITICIZED country:norway']],
    // (A headline's passive drops its `was`: no one arrested anyone here.)
    ['Tom Baxter arrested in Oslo. Sweden condemned the arrest.', []],
    // `The arrest of X` names whom it was done to, not its doer.
    ['The arrest of Tom Baxter in Norway drew protests from Sweden.', []],
    ['The jailing of Tom Baxter in Norway drew protests from Sweden.', []],
    // A party's rivals are not the party.
    ['The European Commission fined Vela Group 35m euros. Vela Group\'s rivals welcomed the fine.', []],
    ['The Security Council adopted a resolution drafted by Norway. Tom Baxter welcomed the resolution.', ['person:tom-baxter PRAISED organization:un-security-council']],
    // An armed attack a relation read, whatever word told it, and whatever number later; not an act on another target.
    ['Norway launched air strikes on Sweden on Wednesday. Denmark later condemned the raids.', ['country:denmark CRITICIZED country:norway']],
    ['Norway launched air strikes on Sweden on Wednesday. Denmark later condemned the invasion of Iraq.', []],
    // A sanction a relation read: its agent after an amount, which the parser hangs `by` on, is its doer.
    ['Vela Group was fined 35m euros by the European Commission. Norway welcomed the fine.', ['country:norway PRAISED organization:european-commission']],
    // An accord is both its sides' act, whatever noun names it again; not a side's own, nor one talks did not reach.
    ['Norway and Sweden signed a peace agreement on Monday. Denmark welcomed the agreement.', ['country:denmark PRAISED country:norway', 'country:denmark PRAISED country:sweden']],
    ['Vosk Media reached a deal with Orlak Music on Monday. Ann Vale criticised the deal.', ['person:ann-vale CRITICIZED organization:vosk-media', 'person:ann-vale CRITICIZED organization:orlak-music']],
    ['Norway and Sweden signed a peace agreement on Monday. Denmark welcomed the deal.', ['country:denmark PRAISED country:norway', 'country:denmark PRAISED country:sweden']],
    ['Vosk Media reached a deal with Orlak Music on Monday. Ann Vale, chief executive of Vosk Media, welcomed the deal.', ['person:ann-vale PRAISED organization:orlak-music']],
    ['Norway and Sweden held talks on Monday. Denmark welcomed the deal.', []],
    ['Norway and Sweden signed a peace agreement on Monday. Denmark welcomed the agreement with Iran.', []],
  ])('reads "the ruling" as the act of the party the text said did it in %j', (text, expected) => {
    expect(relationLines(text).filter((line) => line.includes('PRAISED') || line.includes('CRITICIZED'))).toEqual(expected);
  });

  it('does not read "him" as the person a coordinated clause names as its own subject', () => {
    const lines = relationLines('Ann Vale said Tom Baxter had erred and that Karl Ost had sacked him for it.');
    expect(lines.filter((line) => line.includes('SANCTIONED person:ann-vale'))).toEqual([]);
  });

  it('gives one person both offices of "Prime Minister and Defence Minister, X"', () => {
    const roles = extractText("Oman's Prime Minister and Defence Minister, Sayyid Shihab, spoke.").relations;
    expect(roles.map(({ source, type, target, title }) => [source, type, target, title])).toEqual([
      ['person:sayyid-shihab', 'HOLDS_ROLE', 'country:oman', 'Prime Minister'],
      ['person:sayyid-shihab', 'HOLDS_ROLE', 'country:oman', 'Defence Minister'],
    ]);
  });

  it('keeps the title of a held office and the trigger as written', () => {
    const [relation] = extractText("Germany's Foreign Minister Johann Wadephul spoke.").relations;
    expect(relation).toMatchObject({ type: 'HOLDS_ROLE', title: 'Foreign Minister', evidence: { verb: 'Foreign Minister', rule: 'role:before-name' } });
  });
});
