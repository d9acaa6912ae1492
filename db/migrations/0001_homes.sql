-- Homes: one row per children's home the manager looks after.
CREATE TABLE homes (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  urn TEXT CHECK (urn IS NULL OR length(urn) <= 12),
  registered_manager TEXT CHECK (registered_manager IS NULL OR length(registered_manager) <= 120),
  places INTEGER NOT NULL CHECK (places BETWEEN 1 AND 99),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- Small settings that belong with the data, such as which home was open last.
CREATE TABLE preferences (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
