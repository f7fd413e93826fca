import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes';

// Hand-written sentences for attributions spread over a clause: participles, partial quotes,
// signatures on the next line, adverbials, dashes, coreference and quotes over paragraphs.
const speakers = (...paragraphs: string[]) => findQuotes({ paragraphs }).quotes.map((q) => q.speaker);

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
