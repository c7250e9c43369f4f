export { createWorkbenchService, SAMPLE_STUDY_FILE, type ServiceOptions } from './workbench-service';
export { attachRpc, type MessageChannel, type EventsClient } from './rpc';
export { withValidation, ApiArgumentError } from './validate';
export { APP_NAME, APP_VERSION } from './app-info';
