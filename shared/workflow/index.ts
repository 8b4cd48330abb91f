export { buildServiceMachine } from './buildServiceMachine';
export { replay, replayTrusted, apply, emptyCase, machineFor, toState, JournalRejected, type CaseState, type ApplyResult } from './replay';
export { allowedActions, type AvailableAction } from './allowedActions';
export { explainWhyNot, actionsForStep } from './explainWhyNot';
export { FINAL_STATUSES, type CaseContext, type CaseStatus, type FinalStatus } from './caseContext';
export * from './events';
