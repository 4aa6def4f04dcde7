// Declarations for the parts of the Next Experience UI framework that ship without typings.

declare module '@servicenow/ui-renderer-snabbdom' {
  export type VNode = object;
  export type Child = VNode | string | number | null | undefined | false | Child[];
  export function createElement(tag: string, props?: Record<string, unknown> | null, ...children: Child[]): VNode;
  export const Fragment: unknown;
  const snabbdom: object;
  export default snabbdom;
}

declare module '*.css' {
  const css: string;
  export default css;
}
