import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes';

// Hand-written sentences per language: titles standing for a named person, pronoun topics,
// inverted verbs with a role before the name, and inflected names.
const speakers = (...paragraphs: string[]) => findQuotes({ paragraphs }).quotes.map((q) => q.speaker);

describe('Korean: a title and a pronoun stand for the person named before', () => {
  it('gives 이 대통령은 "…"고 말했다 and 그는 "…"고 덧붙였다 to 이재명', () => {
    expect(
      speakers(
        '이재명 대통령은 13일 나라현에서 다카이치 사나에 총리와 정상회담을 가졌다.',
        '이 대통령은 "한일 협력은 그 어느 때보다 중요하다"고 말했다.',
        '그는 "양국이 역사를 직시하면서 협력을 넓히길 바란다"고 덧붙였다.',
      ),
    ).toEqual(['이재명', '이재명']);
  });

  it('never takes a bare title for a name, and names nobody when no full name came before', () => {
    expect(speakers('대통령은 "협력이 중요하다"고 말했다.', '이 대통령은 "역사를 직시해야 한다"고 말했다.')).toEqual([null, null]);
  });

  it('reads 이재명 대통령은 "…"라고 강조했다 with the title after the name', () => {
    expect(speakers('이재명 대통령은 "한일 관계가 새로운 시대를 열어야 한다"라고 강조했다.')).toEqual(['이재명']);
  });
});

describe('Japanese: 議員は「…」と批判した and 彼は', () => {
  it('takes the topic with its title, expands the surname later, and gives 彼 to the last speaker', () => {
    expect(
      speakers(
        '山田太郎議員は「この法案は市民の生活を守るものではない」と批判した。',
        '「予算の見直しが必要だ」と山田議員は述べた。',
        '彼は「来月にも修正案を出す」と語った。',
      ),
    ).toEqual(['山田太郎', '山田太郎', '山田太郎']);
  });

  it('never takes a bare title for a name', () => {
    expect(speakers('首相は「経済対策を急ぐ」と述べた。')).toEqual([null]);
  });

  it('gives 同氏は「…」と述べた to the person last named', () => {
    expect(speakers('佐藤花子市長は「新しい橋を三年で完成させる」と述べた。', '同氏は「予算はすでに確保した」と強調した。')).toEqual(['佐藤花子', '佐藤花子']);
  });
});

describe('French, German and Spanish: the verb first, a role before the name', () => {
  it('reads « … », a affirmé le conseiller régional Julien Morel', () => {
    expect(speakers('« Nous allons doubler le nombre de trains d’ici 2030 », a affirmé le conseiller régional Julien Morel.')).toEqual([
      'Julien Morel',
    ]);
  });

  it('reads „…“, sagte die Vorsitzende Anna Schulte, and keeps Meister as a surname', () => {
    expect(
      speakers('„Die Stadt muss endlich handeln“, sagte die Vorsitzende Anna Schulte.', '„Wir warten seit Jahren“, sagte Jonas Meister.'),
    ).toEqual(['Anna Schulte', 'Jonas Meister']);
  });

  it('reads «…», dijo Carlos Pérez, alcalde de la ciudad', () => {
    expect(speakers('«Vamos a duplicar el número de trenes antes de 2030», dijo Carlos Pérez, alcalde de la ciudad.')).toEqual([
      'Carlos Pérez',
    ]);
  });
});

describe('Polish: inflected names are the person the text introduced', () => {
  it('reads "według Ewy Zielińskiej" as Ewa Zielińska', () => {
    expect(
      speakers(
        'Ewa Zielińska kieruje wydziałem transportu.',
        '„Budżet na ten cel jest już zapewniony” – powiedziała Zielińska.',
        'Według Ewy Zielińskiej „linia zostanie otwarta w 2030 roku i obsłuży sto tysięcy pasażerów”.',
      ),
    ).toEqual(['Ewa Zielińska', 'Ewa Zielińska']);
  });

  it('does not merge two English surnames that merely share a stem', () => {
    expect(
      speakers('Mark Johnston runs the port.', '"The port will reopen on Monday after the repairs," said Ann Johnson.'),
    ).toEqual(['Ann Johnson']);
  });
});
