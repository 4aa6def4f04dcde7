import path from 'node:path';

/**
 * ESLint rule: files under shared/ import only other files under shared/ and the
 * libraries the domain declares (ARCHITECTURE: shared/ "may import nothing outside shared/").
 */
export const sharedBoundary = {
  meta: {
    type: 'problem',
    schema: [{ type: 'object', properties: { allow: { type: 'array', items: { type: 'string' } } } }],
    messages: {
      outside: "shared/ imports nothing outside shared/: '{{source}}' leaves it.",
      library: "shared/ may only use its declared libraries ({{allowed}}), not '{{source}}'.",
    },
  },
  create(context) {
    const allow = context.options[0]?.allow ?? [];
    const sharedRoot = path.resolve(context.cwd, 'shared');
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string') return;
      if (source.startsWith('.')) {
        const target = path.resolve(path.dirname(context.filename), source);
        if (target !== sharedRoot && !target.startsWith(sharedRoot + path.sep)) {
          context.report({ node, messageId: 'outside', data: { source } });
        }
      } else if (!allow.some((lib) => source === lib || source.startsWith(`${lib}/`))) {
        context.report({ node, messageId: 'library', data: { source, allowed: allow.join(', ') } });
      }
    };
    return { ImportDeclaration: check, ExportAllDeclaration: check, ExportNamedDeclaration: check, ImportExpression: check };
  },
};
