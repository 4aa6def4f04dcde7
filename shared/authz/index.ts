export * from './interactionAccess';
export * from './frameAncestors';
