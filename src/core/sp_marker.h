/*
 * sp_marker.h - recognising a numbering marker at a position.
 *
 * sp_marker_at() answers only "is there a marker shape here": 一、 （一） 第一，
 * 1、 1. （1） ① 一是 一要 首先， 第一章 第一条 …  Whether that marker is a heading (its
 * context, its sequence, quotes) is decided by the outline (sp_outline.c).
 */
#ifndef SP_MARKER_H
#define SP_MARKER_H

#include "sp_doc.h"

typedef struct SpMarker
{
	SpStyle		style;
	int			ordinal;		/* 1..99 (tiers 第X条: 1..999); for SP_STYLE_SEQUENCE 1 = 首先, 2 = 其次,
								 * 3 = 再次, 0 = 最后; for SP_STYLE_EN_ORDINAL 0 = Finally, / Last, */
	size_t		end;			/* byte offset just after the marker (and its punctuation) */
} SpMarker;

/* the marker starting exactly at byte i, if any */
bool		sp_marker_at(const char *s, size_t len, size_t i, SpMarker *m);

/*
 * The English and Traditional Chinese shapes (sp_marker_latin.c), called by
 * sp_marker_at: I. A. (a) First, at i (cp its first character); 壹、 at i.
 */
bool		sp_marker_latin_at(const char *s, size_t len, size_t i, uint32_t cp, SpMarker *m);
bool		sp_marker_formal_at(const char *s, size_t len, size_t i, SpMarker *m);

/* a formal numeral 壹 … 玖拾玖 (貳拾, 參拾伍) at i: its length in bytes (0: none), *value */
/* a marker found: its style, ordinal and end (for the marker units) */
static inline bool
sp_marker_found(SpMarker *m, SpStyle style, int ordinal, size_t end)
{
	m->style = style;
	m->ordinal = ordinal;
	m->end = end;
	return true;
}

size_t		sp_formal_number(const char *s, size_t len, size_t i, int *value);

/* the style of a marker is "inline by nature" (一是, 一要, 首先): optional structure */
bool		sp_style_is_inline(SpStyle style);

#endif
