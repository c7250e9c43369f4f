export { exportM1, referenceRecord, resultsName, type ExportSummary } from './export';
export { importM1, findVersionDirs, type ImportOptions } from './import';
export { readJsonValues, toHfJsonLines } from './json-values';
export { presetOfHeader } from './header-preset';
export * from './layout';
