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
