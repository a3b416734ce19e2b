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
	int			ordinal;		/* 1..99 (tiers 第X条: 1..999); for SP_STYLE_SEQUENCE 1 = 首先, 2 = 其次, 3 = 再次, 0 = 最后 */
	size_t		end;			/* byte offset just after the marker (and its punctuation) */
} SpMarker;

/* the marker starting exactly at byte i, if any */
bool		sp_marker_at(const char *s, size_t len, size_t i, SpMarker *m);

/* the style of a marker is "inline by nature" (一是, 一要, 首先): optional structure */
bool		sp_style_is_inline(SpStyle style);

#endif
