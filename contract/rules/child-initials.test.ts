import { describe, expect, it } from 'vitest';
import { summaries } from '../../db/demo/demo-notes';
import { childInitials } from './child-initials';

const letters = (text: string) => childInitials(text).map((f) => f.initial);

describe('childInitials: what looks like a child named by an initial', () => {
  it.each([
    ['J said the new rota is fairer.', ['J']],
    ['We went bowling with K.', ['K']],
    ["A's plan was updated.", ['A']],
    ['M’s school report was good.', ['M']],
    ['Staff supported J and K with their homework.', ['J', 'K']],
    ['We spoke to T, who liked the idea.', ['T']],
    ['Since March, R has been at college every day.', ['R']],
    ["I's key worker met the IRO.", ['I']],
  ])('%s → %j', (text, expected) => {
    expect(letters(text)).toEqual(expected);
  });

  it.each([
    ['I think the team has worked hard.'],
    ['Grades A to E are used at school.'],
    ['Marks from A-E, mostly B or C.'],
    ['Reg 44 visits happened every month; Reg 45 is due in March.'],
    ['A new rota started in May.'],
    ['Plan B is ready if the trip is cancelled.'],
    ['Everyone achieved grade A.'],
    ['Two staff are on Level 3 and one on Level 5.'],
    ['The UK guidance and the DfE letter were shared.'],
    ['We are working on Quality Standard 9 (reg 12).'],
    [''],
  ])('no warning for %j', (text) => {
    expect(childInitials(text)).toEqual([]);
  });

  it('gives the words around each one, so it can be found', () => {
    expect(childInitials('The team planned the summer trip and J said it was the best week.')).toEqual([
      { initial: 'J', excerpt: '…summer trip and J said it was…' },
    ]);
  });

  it("finds the sample home's initials in its review text, and none in what it wrote for the wall", () => {
    expect(summaries.flatMap((s) => letters(`${s.strengths} ${s.improvements}`))).toEqual([
      'T',
      'R',
      'K',
      'J',
    ]);
    expect(summaries.flatMap((s) => childInitials(s.staffRoom))).toEqual([]);
  });
});
