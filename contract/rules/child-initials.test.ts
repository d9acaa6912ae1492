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
    // A range just before a letter is over before it: J still speaks.
    ['Marks were A-E, J said.', ['J']],
    ['J got B-C in his mocks.', ['J']],
    // A comma is not a range ("J, K and M" are three children).
    ['Staff took J, K and M to the cinema.', ['J', 'K', 'M']],
    // A list that ends the sentence: each letter after a child's initial is another child.
    ['Staff took J, K.', ['J', 'K']],
    ['Staff took J, K, M.', ['J', 'K', 'M']],
    // "or" between two letters that are not grades joins two children, not a choice of grades.
    ['We went bowling with J or K.', ['J', 'K']],
    ['Staff will take R or S to football.', ['R', 'S']],
    // "A" is not taken as a verb's subject, but "A and M" ends a phrase as any other name does.
    ['Staff took A and M swimming.', ['A', 'M']],
    // Notes are typed in a hurry: no full stop, or two spaces.
    ['Staff went bowling with K', ['K']],
    ['J  said the rota is fairer.', ['J']],
    ['Staff took A  and M swimming.', ['A', 'M']],
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
    ['B or C is the grade we expect in maths.'],
    ['She hopes for a D or E in science.'],
    ['Predicted B/C in maths this year.'],
    ['Plan  B is ready if the trip is cancelled.'],
    ['Aim for B  to  C this term.'],
    // A letter opening a numbered list is a label.
    ['B. Staffing was stable all quarter.'],
    // A word with a capital before it names a thing, even when the sentence goes on.
    ['Filed under Item C. The team agreed it.'],
    ['The children danced to K-pop.'],
    [''],
  ])('no warning for %j', (text) => {
    expect(childInitials(text)).toEqual([]);
  });

  it('gives the words around each one, so it can be found', () => {
    expect(childInitials('The team planned the summer trip and J said it was the best week.')).toEqual([
      { initial: 'J', excerpt: '…summer trip and J said it was…' },
    ]);
    // No ellipsis where the excerpt reaches the start or the end of the text.
    expect(childInitials('J said so.\n')).toEqual([{ initial: 'J', excerpt: 'J said so.' }]);
    // It stops at a whole word.
    expect(childInitials('Staff supported J with homework every evening this week.')).toEqual([
      { initial: 'J', excerpt: 'Staff supported J with homework…' },
    ]);
    expect(childInitials('We went bowling with K.')).toEqual([{ initial: 'K', excerpt: '…bowling with K.' }]);
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
