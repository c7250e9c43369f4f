/**
 * Infectious disease. Hand-written for the sample study; not model output.
 */
import type { SampleQuestion } from '../types';

const scrubTyphusInPregnancy: SampleQuestion = {
  item: {
    source: 'MedMCQA_validation',
    question: 'Drug of choice for the treatment of scrub typhus in a pregnant woman is:',
    options: {
      A: 'Doxycycline',
      B: 'Chloramphenicol',
      C: 'Azithromycin',
      D: 'Ciprofloxacin',
    },
    answerIdx: 'C',
  },
  illustrates:
    'A forced "Wait" breaks a correct answer: the first round talks the model out of the pregnancy-specific choice and back to the general drug of choice.',
  thinking: `Okay, so the question is asking about the drug of choice for scrub typhus in a pregnant woman. Let me recall what I know about scrub typhus first.

Scrub typhus is caused by Orientia tsutsugamushi, which used to be classified as a Rickettsia. It's transmitted by the bite of larval trombiculid mites, the chiggers. It's common in South and South-East Asia, including India, and it presents with fever, headache, myalgia, lymphadenopathy and often an eschar at the bite site.

In general, the drug of choice for scrub typhus is doxycycline. For most adults that's the standard, usually 100 mg twice a day for about 7 days.

But the question is specifically about a pregnant woman. Tetracyclines, including doxycycline, are traditionally avoided in pregnancy because they bind to developing teeth and bone, causing discoloration of the teeth and possibly affecting bone growth. There were also reports of acute fatty liver with high-dose intravenous tetracycline in pregnancy. So doxycycline is not the preferred choice here.

Chloramphenicol is effective against rickettsial infections, but in late pregnancy it can cause grey baby syndrome in the newborn, because the neonate can't conjugate it well. It also carries the risk of bone marrow suppression. So that's not ideal either.

Ciprofloxacin: fluoroquinolones have been used, but their efficacy in scrub typhus is poor, with treatment failures reported, and they're generally avoided in pregnancy because of concerns about cartilage. So not ciprofloxacin.

Azithromycin is a macrolide that works well against Orientia tsutsugamushi, and it's considered safe in pregnancy. It's the recommended drug for scrub typhus in pregnant women and in young children. A single dose or a short course is effective.

So the answer should be azithromycin, which is option C.
`,
  continuations: [
    `, the question says "drug of choice", and for scrub typhus the drug of choice is doxycycline, full stop. I remember that short courses of doxycycline are now considered acceptable in pregnancy, because the tooth staining was mostly seen with the older tetracyclines and with long courses. And scrub typhus in pregnancy carries a high risk of miscarriage and preterm birth, so the most effective drug should be used. Doxycycline has the strongest evidence.

Hmm, the question doesn't mention the trimester either. So maybe the intended answer is simply the drug of choice for the disease. I'll go with A, doxycycline.
`,
    `, but azithromycin is the one that most guidelines name for pregnant women... Still, the question asks for the drug of choice for the disease, and that is doxycycline. I'll stay with A.
`,
    `, could chloramphenicol be the answer? No, grey baby syndrome. So A.
`,
    `, doxycycline. That's final.
`,
  ],
  answers: {
    'b128.r0': ' \\boxed{A}',
    'b256.r0': ' \\boxed{C}',
    'b512.r0':
      '\nTetracyclines are avoided in pregnancy and chloramphenicol risks grey baby syndrome, so scrub typhus in a pregnant woman is treated with azithromycin.\n\n\\boxed{C}',
    'b2048.r1': '\n\\boxed{A}',
    'b2048.r2': '\nThe drug of choice for scrub typhus is doxycycline.\n\n\\boxed{A}',
    'b2048.r4': '\n\\boxed{A. Doxycycline}',
  },
};

export const INFECTIOUS_DISEASE: SampleQuestion[] = [scrubTyphusInPregnancy];
