export * from './actionSchema';
export * from './template';
export * from './runDataAction';
