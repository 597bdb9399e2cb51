-- Article intake matches speakers against actor names and aliases by trigram similarity
-- ("Rustam Umarov" → "Rustem Umerov"), lib/intake/match-actors.ts. IF NOT EXISTS: another
-- migration may create the extension too (trigram indexes for search).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
