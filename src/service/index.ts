export { createWorkbenchService, SAMPLE_STUDY_FILE, type ServiceOptions } from './workbench-service';
export { attachRpc, type MessageChannel, type EventsClient } from './rpc';
export { withValidation, ApiArgumentError } from './validate';
export { APP_NAME, APP_VERSION } from './app-info';
export { createDesktopContext, browserModePaths, type DesktopContext, type DesktopPaths } from './desktop/context';
export { createLogFile, type Logger } from './desktop/log-file';
export { parseSettings, SettingsError, SettingsStore } from './desktop/settings-store';
export { connectEvents } from './desktop/connect-events';
