-- Children's voice and everyone's views (Reg 45(5)): versioned survey questions, anonymous survey
-- sessions and their answers, feedback from parents, placing authorities, staff, Reg 44 visitors and
-- others, "You said, we did", and the home's voice settings. Created STRICT from the start.

-- A question, in one of five sets. Its wording lives in versions: editing adds a version, so answers
-- already given keep the words the young person saw. A retired question leaves the survey, not the results.
CREATE TABLE voice_questions (
  id INTEGER PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  question_set TEXT NOT NULL CHECK (question_set IN ('young', 'easy', 'parents', 'placing', 'staff')),
  builtin_key TEXT,
  position INTEGER NOT NULL,
  retired_on TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (home_id, builtin_key)
) STRICT;
CREATE INDEX voice_questions_home ON voice_questions (home_id, question_set, position);

CREATE TABLE voice_question_versions (
  id INTEGER PRIMARY KEY,
  question_id INTEGER NOT NULL REFERENCES voice_questions (id) ON DELETE CASCADE,
  version INTEGER NOT NULL CHECK (version >= 1),
  wording TEXT NOT NULL CHECK (length(wording) BETWEEN 1 AND 500),
  scale TEXT NOT NULL CHECK (scale IN ('faces3', 'f4', 'a5', 'open')),
  -- The hallmark (framework domain key) it speaks to; NULL for "overall" questions.
  domain_key TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (question_id, version)
) STRICT;

-- One young person's sitting of a survey. No name or code: anonymous (the app calls it confidential,
-- since a small home can never promise true anonymity).
CREATE TABLE voice_sessions (
  id INTEGER PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  question_set TEXT NOT NULL CHECK (question_set IN ('young', 'easy')),
  taken_on TEXT NOT NULL CHECK (taken_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  quarter TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
  from_paper INTEGER NOT NULL DEFAULT 0 CHECK (from_paper IN (0, 1)),
  how TEXT NOT NULL DEFAULT 'alone'
    CHECK (how IN ('alone', 'with_help', 'read_aloud', 'pointing', 'talking_mat', 'observed')),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX voice_sessions_home ON voice_sessions (home_id, quarter);

-- An answer to one version of a question. choice NULL = skipped (a comment may still be there).
CREATE TABLE voice_answers (
  session_id INTEGER NOT NULL REFERENCES voice_sessions (id) ON DELETE CASCADE,
  question_version_id INTEGER NOT NULL REFERENCES voice_question_versions (id),
  choice INTEGER CHECK (choice BETWEEN 0 AND 9),
  comment TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (session_id, question_version_id)
) STRICT;

-- Views from everyone else: by role, not necessarily a name.
CREATE TABLE voice_feedback (
  id INTEGER PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  from_group TEXT NOT NULL CHECK (from_group IN ('parents', 'placing', 'staff', 'reg44', 'other')),
  from_role TEXT NOT NULL DEFAULT '',
  received_on TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  how TEXT NOT NULL CHECK (how IN ('survey', 'meeting', 'email', 'call', 'letter', 'other')),
  said TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX voice_feedback_home ON voice_feedback (home_id, received_on);

-- The hallmarks (domains) and indicators a piece of feedback concerns.
CREATE TABLE voice_feedback_links (
  feedback_id INTEGER NOT NULL REFERENCES voice_feedback (id) ON DELETE CASCADE,
  link_kind TEXT NOT NULL CHECK (link_kind IN ('domain', 'indicator')),
  link_key TEXT NOT NULL,
  PRIMARY KEY (feedback_id, link_kind, link_key)
) STRICT;

-- Answers to the group's built-in questions, when the feedback came as a survey.
CREATE TABLE voice_feedback_answers (
  feedback_id INTEGER NOT NULL REFERENCES voice_feedback (id) ON DELETE CASCADE,
  question_version_id INTEGER NOT NULL REFERENCES voice_question_versions (id),
  choice INTEGER CHECK (choice BETWEEN 0 AND 9),
  comment TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (feedback_id, question_version_id)
) STRICT;

-- "You said, we did": a suggestion and what the home did about it.
CREATE TABLE voice_you_said (
  id INTEGER PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  suggestion TEXT NOT NULL CHECK (length(suggestion) >= 1),
  suggested_on TEXT NOT NULL CHECK (suggested_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  we_did TEXT NOT NULL DEFAULT '',
  done_on TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX voice_you_said_home ON voice_you_said (home_id, suggested_on);

-- The threshold below which results stay hidden (never under 3) and the triangulation margin.
CREATE TABLE voice_settings (
  home_id INTEGER PRIMARY KEY REFERENCES homes (id) ON DELETE CASCADE,
  min_answers INTEGER NOT NULL DEFAULT 3 CHECK (min_answers BETWEEN 3 AND 20),
  margin REAL NOT NULL DEFAULT 1 CHECK (margin IN (0.5, 1, 1.5, 2))
) STRICT;
