/** The store port's rows (see `../entries.ts`); `ord` keeps the order keys were first written in. */
export default /* sql */ `
CREATE TABLE store_entries (
  namespace text NOT NULL,
  key text NOT NULL,
  -- json, not jsonb: jsonb reorders object keys, and lists read in key order must not change.
  value json NOT NULL,
  ord bigserial NOT NULL,
  PRIMARY KEY (namespace, key)
);
CREATE INDEX store_entries_order ON store_entries (namespace, ord);

CREATE TABLE store_meta (
  key text PRIMARY KEY,
  value text NOT NULL
);
`;
