export { InputError, isInputError } from './input-error';
export { loadEvalData, parseEvalData, selectItems, defaultSourceName, type LoadEvalDataOptions } from './load-eval-data';
export { toItem, type ItemPlace } from './eval-item';
export { jsonErrorWhere, lineColumn } from './json-position';
