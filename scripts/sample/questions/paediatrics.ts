/**
 * Paediatrics. Hand-written for the sample study; not model output.
 */
import type { SampleQuestion } from '../types';

const tricycleMilestone: SampleQuestion = {
  item: {
    source: 'MedMCQA_validation',
    question: 'A normally developing child is first able to ride a tricycle at the age of:',
    options: {
      A: '2 years',
      B: '3 years',
      C: '4 years',
      D: '5 years',
    },
    answerIdx: 'B',
  },
  illustrates:
    'A forced "Wait" fixes an answer: the first pass misplaces the milestone, and the first forcing round recalls the milestone table properly.',
  thinking: `Okay, so the question is about the gross motor milestone of riding a tricycle. Let me go through the gross motor milestones in order.

A child sits without support at about 6 to 8 months, stands with support around 9 months, and walks alone at about 12 to 15 months. At 18 months the child runs stiffly and walks up stairs with a hand held.

At 2 years the child runs well, walks up and down stairs alone with two feet per step, and kicks a ball. I think riding a tricycle also comes in at 2 years, along with kicking a ball, since both need leg coordination.

At 3 years the child goes up stairs with alternate feet and can stand on one foot briefly. At 4 years the child hops on one foot and goes down stairs with alternate feet. At 5 years the child skips.

So riding a tricycle would be 2 years. The answer is A.
`,
  continuations: [
    `, I should check that. Pedalling a tricycle needs alternating leg movements, the same skill as climbing stairs with alternate feet, and that comes at 3 years. At 2 years a child can push along on a ride-on toy with both feet but can't pedal. In the standard milestone tables, riding a tricycle is listed at 3 years, together with going up stairs with alternate feet. So I was wrong: the answer is 3 years, B.
`,
    `, let me make sure it isn't 4 years. At 4 years it's hopping on one foot and going down stairs with alternate feet. The tricycle is the classic 3-year milestone. B.
`,
    `, B, 3 years.
`,
    `, B.
`,
  ],
  answers: {
    'b128.r0': ' \\boxed{A}',
    'b256.r0': '\nRiding a tricycle comes with the other 2-year gross motor milestones such as kicking a ball.\n\n\\boxed{A}',
    'b2048.r1': '\nA child first pedals a tricycle at 3 years, when stairs are climbed with alternate feet.\n\n\\boxed{B}',
    'b2048.r2': '\n\\boxed{B}',
    'b2048.r4': '\n\\boxed{\\text{B}}',
  },
};

export const PAEDIATRICS: SampleQuestion[] = [tricycleMilestone];
