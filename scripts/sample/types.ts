/**
 * The authored form of one sample question: plain data, written by hand.
 */
import type { ConditionId, Item } from '../../src/shared/domain';

export interface SampleQuestion {
  /** The item without its index (given by its position among the sample's items of the same source) and without the gold text (taken from the options). */
  item: Omit<Item, 'index' | 'answer'>;
  /** What the question shows in the workbench (kept here, not written to the run log). */
  illustrates: string;
  /**
   * Round-0 thinking as the model writes it when nothing stops it. The build cuts it at the
   * largest budget of the grid (finish "length") when it is longer.
   */
  thinking: string;
  /**
   * Thinking after each forced "Wait", round 1, 2, …: the text that follows the forcing
   * string. The build cuts a continuation at the forcing budget (finish "length"); every
   * round the protocol reaches needs one, and none may be left unreached.
   */
  continuations?: string[];
  /**
   * The answer generated after each cut, keyed by any condition that has that cut
   * (conditions with the identical cut share one answer and need it only once).
   */
  answers: Partial<Record<ConditionId, string>>;
}

/** The questions of one authored module, with the module's path for error messages. */
export interface SampleModule {
  file: string;
  questions: SampleQuestion[];
}
