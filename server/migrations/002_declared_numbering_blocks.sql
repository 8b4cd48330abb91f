-- 002: numbering blocks that cannot collide (helper9). The centre issues only blocks 1–8999 (shared/numbering
-- CENTRE_BLOCKS); a desktop picks its first-start block from 9000–9999 and declares the blocks it holds when it enrols.
-- A declared block is a numbering_blocks row like an issued one, so the (office_id, year, block) key keeps it from ever
-- being issued or declared by another device.
ALTER TABLE numbering_blocks ADD COLUMN source text NOT NULL DEFAULT 'issued' CHECK (source IN ('issued', 'declared'));

-- Before issuing or recording a block the centre looks for case numbers of it already pushed or imported (a block
-- picked by hand before declarations existed): a range over the numbers in byte order (COLLATE "C": a linguistic
-- collation ignores the dashes, and another office's numbers could sort inside the range).
CREATE INDEX cases_number_c ON cases ((number COLLATE "C"));
