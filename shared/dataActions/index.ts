export * from './actionSchema';
export * from './template';
export * from './runDataAction';
export * from './actionStep';
export * from './dataActionsConfig';
