/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The layout of catalogue.sqlite, shared by the compiler and the reader. */
#pragma once

/* Bump NAK_SCHEMA_VERSION with any change below: the kiosk refuses a file
 * of another version with a clear message instead of misreading it.
 *
 * meta        key/value: schema_version, date (catalogue review date),
 *             languages ("ja;en;…"), built (when it was compiled)
 * category    the twelve worries, in display order
 * entry       one program or contact point (language-independent facts)
 * entry_list  the entry's categories, audience, tags and languages
 * channel     how to reach it, with the hours in the source grammar
 * step/choice the question flow; `adds` in the source syntax
 * text        every visitor-readable text: (owner, field, lang) → value */
#define NAK_SCHEMA_VERSION 1

#define NAK_SCHEMA_SQL \
  "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);\n" \
  "CREATE TABLE category (id TEXT PRIMARY KEY, position INTEGER NOT NULL, icon TEXT);\n" \
  "CREATE TABLE entry (id TEXT PRIMARY KEY, kind TEXT NOT NULL, general INTEGER NOT NULL,\n" \
  "  emergency INTEGER NOT NULL, priority INTEGER NOT NULL, cost TEXT NOT NULL, url TEXT,\n" \
  "  source TEXT NOT NULL, checked TEXT NOT NULL, confidence TEXT NOT NULL);\n" \
  "CREATE TABLE entry_list (entry_id TEXT NOT NULL REFERENCES entry (id), list TEXT NOT NULL,\n" \
  "  position INTEGER NOT NULL, value TEXT NOT NULL);\n" \
  "CREATE TABLE channel (entry_id TEXT NOT NULL REFERENCES entry (id), position INTEGER NOT NULL,\n" \
  "  type TEXT NOT NULL, number TEXT, hours TEXT, closed TEXT, windows TEXT);\n" \
  "CREATE TABLE step (id TEXT PRIMARY KEY, position INTEGER NOT NULL, kind TEXT NOT NULL,\n" \
  "  start INTEGER NOT NULL, tone TEXT NOT NULL);\n" \
  "CREATE TABLE choice (step_id TEXT NOT NULL REFERENCES step (id), position INTEGER NOT NULL,\n" \
  "  id TEXT NOT NULL, next TEXT NOT NULL, icon TEXT, adds TEXT NOT NULL);\n" \
  "CREATE TABLE text (owner TEXT NOT NULL, field TEXT NOT NULL, lang TEXT NOT NULL,\n" \
  "  value TEXT NOT NULL, PRIMARY KEY (owner, field, lang)) WITHOUT ROWID;\n" \
  "CREATE INDEX entry_list_by_entry ON entry_list (entry_id);\n" \
  "CREATE INDEX channel_by_entry ON channel (entry_id);\n" \
  "CREATE INDEX text_by_lang ON text (lang);\n"
