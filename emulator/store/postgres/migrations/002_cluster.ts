/**
 * Several instances on one database (issue 22): notices too large for a NOTIFY payload are
 * stored and sent by reference; ids come in blocks from one sequence so that no two
 * instances hand out the same one.
 */
export default /* sql */ `
CREATE TABLE store_notices (
  id bigserial PRIMARY KEY,
  payload json NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX store_notices_at ON store_notices (at);

CREATE SEQUENCE store_id_blocks START WITH 1 INCREMENT BY 10000;
`;
