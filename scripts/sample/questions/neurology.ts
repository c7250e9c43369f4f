/**
 * Neurology. Hand-written for the sample study; not model output.
 */
import type { SampleQuestion } from '../types';

const lateralMedullarySyndrome: SampleQuestion = {
  item: {
    source: 'MedQA_USLME_test',
    question:
      'A 67-year-old man has the sudden onset of vertigo, nausea, hoarseness and difficulty swallowing. ' +
      'Examination shows nystagmus, a drooping left eyelid with a small left pupil, decreased pain and temperature sensation over the left side of the face ' +
      'and over the right arm, trunk and leg, and ataxia of the left arm and leg. Strength is normal, and hearing and facial movements are intact. ' +
      'Occlusion of which of the following arteries is the most likely cause?',
    options: {
      A: 'Left posterior inferior cerebellar artery',
      B: 'Left anterior spinal artery',
      C: 'Left anterior inferior cerebellar artery',
      D: 'Basilar artery',
    },
    answerIdx: 'A',
  },
  illustrates:
    'Incorrect knowledge obstructs the reasoning: the model places the lateral medulla in the territory of the anterior inferior cerebellar artery, notices the findings that argue against it and explains them away, in every condition.',
  thinking: `Okay, so the question is about a brainstem stroke. The patient has vertigo, nausea, nystagmus, hoarseness, dysphagia, left Horner syndrome, loss of pain and temperature on the left face and the right body, and left-sided ataxia. Let me localize it.

Crossed sensory findings, ipsilateral face and contralateral body, point to the brainstem. The spinal trigeminal nucleus and tract carry pain and temperature from the same side of the face, and the spinothalamic tract carries pain and temperature from the opposite side of the body. Both run in the lateral part of the brainstem.

Horner syndrome comes from the descending sympathetic fibres, also lateral. Vertigo and nystagmus come from the vestibular nuclei. Hoarseness and dysphagia come from the nucleus ambiguus, which supplies the muscles of the larynx and pharynx through the vagus and glossopharyngeal nerves. Ataxia comes from the inferior cerebellar peduncle.

So this is a lateral brainstem syndrome at the level of the lower brainstem. Strength is normal, so the corticospinal tracts in the medial part are spared. That rules out the anterior spinal artery, which supplies the medial medulla and gives the medial medullary syndrome with contralateral weakness and tongue deviation. Not B.

The basilar artery occlusion would cause something much more extensive, like locked-in syndrome or coma. Not D.

So it's between PICA and AICA. The lateral medulla and the lateral inferior pons are supplied by the anterior inferior cerebellar artery, while the posterior inferior cerebellar artery supplies mostly the inferior surface of the cerebellum. So the lateral medullary picture here is from the AICA.

Hmm, AICA strokes classically also cause facial paralysis and hearing loss, and here hearing and facial movement are intact. But a smaller AICA infarct can spare the facial nucleus and the cochlear nuclei and mostly affect the lateral tegmentum. The key features, crossed pain and temperature loss, Horner syndrome, hoarseness and dysphagia, all fit a lateral lesion in the AICA territory.

So the answer is C, the left anterior inferior cerebellar artery.
`,
  continuations: [
    `, let me double-check that. The hoarseness and dysphagia come from the nucleus ambiguus. Is the nucleus ambiguus in the AICA territory? It's in the lateral part of the lower brainstem, and I said the AICA supplies the lateral lower brainstem. So yes, that fits. C.
`,
    `, the intact hearing still bothers me a bit. But absence of a finding doesn't rule out the artery, and the rest fits. I'll keep C.
`,
    `, C.
`,
    `, left AICA.
`,
  ],
  answers: {
    'b128.r0': ' \\boxed{C}',
    'b256.r0': ' \\boxed{C}',
    'b512.r0':
      '\nCrossed pain and temperature loss with Horner syndrome, hoarseness, dysphagia and ipsilateral ataxia localize to the lateral lower brainstem, supplied by the left anterior inferior cerebellar artery.\n\n\\boxed{C}',
    'b2048.r1': '\n\\boxed{C. Left anterior inferior cerebellar artery}',
    'b2048.r2': '\n\\boxed{C}',
    'b2048.r4': '\nThe answer is \\boxed{C}.',
  },
};

export const NEUROLOGY: SampleQuestion[] = [lateralMedullarySyndrome];
