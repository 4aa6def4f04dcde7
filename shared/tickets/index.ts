export * from './users';
export * from './tickets';
export * from './importReport';
export * from './planImport';
export * from './channels';
