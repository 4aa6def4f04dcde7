import type { Rule } from 'eslint';

export declare const sharedBoundary: Rule.RuleModule;
