import pkg from '../../package.json';

export const APP_NAME = 'm1 Workbench';
export const APP_VERSION: string = pkg.version;
