import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes';

// Hand-written sentences, one per class of attribution that used to fail. Each expects the speaker
// (or, where a person would be a guess, the group phrase or nobody).
const speakers = (...paragraphs: string[]) => findQuotes({ paragraphs }).quotes.map((q) => q.speaker);

describe('speakers named around the quote', () => {
  it('reads "Warren, in a statement: “…”" and carries her to the next paragraph\'s "she said"', () => {
    expect(
      speakers(
        'Senator Elizabeth Warren spoke to reporters after the hearing.',
        'Warren, in a statement: "The bank broke the law and its chief executive should resign."',
        '"We will not rest until every family that was cheated gets its money back," she said.',
      ),
    ).toEqual(['Elizabeth Warren', 'Elizabeth Warren']);
  });

  it('resolves "she" to the person named two sentences earlier, past "She thanked …"', () => {
    expect(
      speakers('Mayor Ellen Marsh opened the meeting. She thanked the engineers. "The ferry will run every hour from June," she argued.'),
    ).toEqual(['Ellen Marsh']);
  });

  it('keeps the speaker of a sentence split by its attribution ("…," said X, an economist, "…")', () => {
    expect(
      speakers('"The risk," said Edward Leamer, an economist who directs the forecast, "is that we attract workers and repel jobs."'),
    ).toEqual(['Edward Leamer', 'Edward Leamer']);
  });

  it('gives a partial quote closed by ", said X" to X, and "he" after it to X too', () => {
    expect(
      speakers(
        '"Many would consider that an embarrassment for the mayor" if she won by less, said David Wasserman, an analyst. "And yet it would seal the deal" for her, he said.',
      ),
    ).toEqual(['David Wasserman', 'David Wasserman']);
  });

  it('reads a speaker after a finished quote through stacked or open appositions', () => {
    expect(
      speakers(
        '"It is an invasion of the state\'s powers." Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said at an event this month.',
        '"Clinton needs a strategy for young voters." Nate Silver, the analyst who founded fivethirtyeight.com tweeted on Wednesday.',
        '"We looked at thousands of interviews and found nothing." Google\'s head of people, Laszlo Bock, told The New York Times in 2013.',
      ),
    ).toEqual(['Scott Pruitt', 'Nate Silver', 'Laszlo Bock']);
  });

  it('does not end the clause inside a party tag such as (D-N.Y.)', () => {
    expect(speakers('"They have nothing to worry about," Sen. Chuck Schumer (D-N.Y.) said Tuesday.')).toEqual(['Chuck Schumer']);
  });

  it('closes a quote before a horizontal bar and reads the name after it', () => {
    expect(speakers('"He is ignorant of our culture and our lives."― Pamela Padilla', '"Nobody asked us what we wanted."― Carla Sanchez.')).toEqual([
      'Pamela Padilla',
      'Carla Sanchez',
    ]);
  });
});

describe('titles and roles: the organisation or nobody, never a wrong person', () => {
  it('keeps "a spokeswoman for Clinton" whole instead of naming Clinton', () => {
    expect(
      speakers(
        'A spokeswoman for Clinton said: "The secretary has answered every question about the server."',
        '"The committee will vote on Thursday," said a spokesman for the ministry.',
      ),
    ).toEqual(['A spokeswoman for Clinton', 'a spokesman for the ministry']);
  });

  it('never takes another person\'s possessive for the subject: "Marsh’s office shrugged off Grant’s remarks, telling …"', () => {
    expect(speakers('Marsh’s office shrugged off Grant’s remarks, telling reporters, "Nobody on the mayor\'s team has asked for his support."')).not.toContain(
      'Grant',
    );
  });

  it('names an office through its holder as a group: "Ryan’s office said"', () => {
    expect(speakers('"Both of us want to unify the party before the convention." Ryan’s office said in a statement.')).toEqual(["Ryan’s office"]);
  });

  it('takes the person, not the place, in "Sen. Ted Cruz of Texas said"', () => {
    expect(speakers('Sen. Ted Cruz of Texas said: "This deal is a disaster for every family in the state."')).toEqual(['Ted Cruz']);
  });

  it('reads "the senator" as the senator just named, and as nobody in particular when two are near', () => {
    expect(speakers('Sen. Mark Bell criticized the plan. "It will cost the harbour a fortune," the senator said.')).toEqual(['Mark Bell']);
    expect(
      speakers('Sen. Mark Bell and Sen. Ann Roy criticized the plan. "It will cost the harbour a fortune," the senator said.'),
    ).toEqual(['the senator']);
  });

  it('takes the name in apposition to a role: "Schilling\'s son, Grant, defended him, saying: …"', () => {
    expect(speakers('Schilling\'s son, Grant, defended his father on Facebook, saying: "He is not the best informed, but he is my father."')).toEqual([
      'Grant',
    ]);
  });
});

describe('speech verbs beyond "said"', () => {
  it('reads argued, insisted, wrote, tweeted and fumed', () => {
    expect(
      speakers(
        'Tom Okafor chairs the committee.',
        '"The budget is wrong from its first page to its last," Okafor argued.',
        '"The old pier is unsafe for the children who cross it," Okafor insisted.',
        '"I have read the report twice and I still doubt it," Okafor wrote on Twitter.',
        'Harbour master Paul Grant tweeted: "The storm has closed the channel until Friday."',
        '"If they were serious they would have backed the only joint bill," Grant fumed on Tuesday.',
      ),
    ).toEqual(['Tom Okafor', 'Tom Okafor', 'Tom Okafor', 'Paul Grant', 'Paul Grant']);
  });
});

describe('participles and the subject of their sentence', () => {
  it('gives "…, saying," to the subject past several opening phrases and an apposition', () => {
    expect(
      speakers(
        'On Thursday, after weeks of silence, Mayor Ellen Marsh endorsed the plan, saying, "The harbour cannot wait another winter."',
        'In a long, frank interview last year, Paul Grant said he welcomed the audit and added, "I will answer every question."',
        'Tom Okafor, himself a ferry user for thirty years, drew boos upon saying, "The old boats were never safe."',
      ),
    ).toEqual(['Ellen Marsh', 'Paul Grant', 'Tom Okafor']);
  });

  it('gives the quote to the name right before the participle, not to a name after "on" or "to"', () => {
    expect(
      speakers(
        'The advert ends with footage of Ellen Marsh saying during the debate, "That makes the budget honest."',
        'Marsh answered a question on Facebook writing, "Yes, I will publish every invoice."',
      ),
    ).toEqual(['Ellen Marsh', 'Ellen Marsh']);
  });

  it('gives "…endorsed Grant, saying," to the subject, not to the name before the comma', () => {
    expect(speakers('Ellen Marsh appeared on the radio and endorsed Paul Grant, saying, "A fighter is what this harbour needs."')).toEqual([
      'Ellen Marsh',
    ]);
  });

  it('does not take "emailed supporters" or "some of his supporters" for the subject', () => {
    expect(
      speakers('At a rally in Dover, Kent, on Saturday, some of his supporters cheered, with Okafor reportedly yelling: "Get the ferry running!"'),
    ).toEqual(['Okafor']);
  });
});

describe('names after a dash or before a colon', () => {
  it('reads "“…” - Name." and "-Name, writing after …"', () => {
    expect(speakers('"The numbers changed over the summer and nobody noticed." - Priya Nair.', '"Great speech, and a ready candidate." -Tom Okafor, writing after the debate.')).toEqual([
      'Priya Nair',
      'Tom Okafor',
    ]);
  });

  it('reads "Rep. Ann Roy (R-S.C.):“…”" and "Stated Grant: “…”"', () => {
    expect(
      speakers('Rep. Ann Roy (R-S.C.):"I have not heard anyone else cite that figure."', 'Stated Grant: "The stakes are too high to stay home this year."'),
    ).toEqual(['Ann Roy', 'Grant']);
  });
});

describe('partial quotes inside the writer\'s sentence', () => {
  it('gives a partial quote to the person who is the subject of its sentence', () => {
    expect(
      speakers(
        'Ellen Marsh spoke after the vote.',
        'Marsh thanked the engineers for "staying late every night when the council would not pay them."',
        'Chancellor Tom Okafor condemned "a reckless attack on everyone who depends on the ferry" on Monday.',
      ),
    ).toEqual(['Ellen Marsh', 'Tom Okafor']);
  });

  it('gives nobody when another voice could be meant or the subject is no name', () => {
    expect(
      speakers(
        'Ellen Marsh mocked Okafor\'s "plan to rebuild the pier with money that does not exist."',
        'Showing such favour tells "residents that they are outsiders in their own harbour town."',
        'As Dover prepares for what Paul Grant called "the loudest and longest summer in the harbour\'s history" the town waits.',
      ),
    ).toEqual([null, null, null]);
  });
});

describe('adverbials and dashes around the speaker', () => {
  it('skips an opening "With …" phrase to find the subject before a colon', () => {
    expect(
      speakers('With Democrats worried about turnout among young voters, Mayor Ellen Marsh is rolling out a personal message: "It is about me."'),
    ).toEqual(['Ellen Marsh']);
  });

  it('reads a name followed by a dash that opens the quote', () => {
    expect(
      speakers(
        "A chorus of councillors has said the same, including the former mayor Ann Roy -- ''It is disqualifying for anyone who wants to run this harbour.'' -- and others.",
      ),
    ).toEqual(['Ann Roy']);
  });
});

describe('coreference over two or three sentences', () => {
  it('gives "he" and "she" to the person named sentences before, past capitalised words that name no one', () => {
    expect(
      speakers(
        'Paul Grant runs the harbour. The job is hard in winter. Storms close the channel for days. "We lose money every time the wind turns," he said.',
        'Ellen Marsh chairs the council. Marsh took office in May. Budgets were tight then. "We had to cut the ferry to survive the year," she recalled.',
      ),
    ).toEqual(['Paul Grant', 'Ellen Marsh']);
  });
});

describe('nested quotes and quotes split across paragraphs', () => {
  it('keeps a nested quote inside its outer quote, in both conventions', () => {
    const { quotes } = findQuotes({
      paragraphs: [
        '"He told me, \'We will win this vote by Friday,\' and I believed him," Ellen Marsh said.',
        '‘The minister said “no” three times before she listened to us,’ said Tom Okafor, a ferry captain.',
      ],
    });
    expect(quotes.map((q) => [q.text.slice(0, 12), q.speaker])).toEqual([
      ['He told me, ', 'Ellen Marsh'],
      ['The minister', 'Tom Okafor'],
    ]);
  });

  it('carries the speaker into a quote continued in the next paragraph and after "X told …:"', () => {
    expect(
      speakers(
        '"The pier is finished," Paul Grant said. "The boats are not.',
        '"We will need another year before the new ferries can dock here safely."',
        'Priya Nair told the council on Monday:',
        '"Every family on the island depends on this crossing."',
      ),
    ).toEqual(['Paul Grant', 'Paul Grant', 'Priya Nair']);
  });
});

describe('signatures, spaced nested marks and sentence adverbs', () => {
  it('reads a quote paragraph signed on the next line', () => {
    expect(speakers('"The figures changed over the summer and nobody told the council."', '- Priya Nair.', 'Nair has since corrected them.')).toEqual([
      'Priya Nair',
    ]);
  });

  it('closes a double quote set apart by a space from a closing single one, and carries its speaker on', () => {
    expect(
      speakers(
        '"She went so far as to say she\'ll be \'above the mayor,\' " said Tom Okafor, a ferry captain. "That is not a responsible thing to say."',
      ),
    ).toEqual(['Tom Okafor', 'Tom Okafor']);
  });

  it('reads "was prompted to say," "condemning" and "And then X …, saying,"', () => {
    expect(
      speakers(
        'The debate was so dull that Ellen Marsh was prompted to say, "So far I cannot believe how civil this has been."',
        'In Dover, Mayor Paul Grant released a statement condemning "what appears to be a deliberate attack on the ferry."',
        'And then Priya Nair went fully on the attack, saying, "Is the council ever going to read its own report?"',
      ),
    ).toEqual(['Ellen Marsh', 'Paul Grant', 'Priya Nair']);
  });

  it('gives a quote after "Now," to the speaker of the sentence before', () => {
    expect(
      speakers('"We were not happy when it was announced," said Jock Fin, head of the port council. Now, "most of the members want the tax to stay."'),
    ).toEqual(['Jock Fin', 'Jock Fin']);
  });
});
