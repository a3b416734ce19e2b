/*
 * sp_doc.h - the structure of a speech, as found by the pure core.
 *
 * sp_doc_analyze() reads UTF-8 text once and returns its paragraphs,
 * sentences, outline (numbered headings and their nesting) and document
 * parts (title, salutation, announced points, opening, closing).  All spans
 * are byte offsets [start, end) into the input; the glue turns them into
 * 1-based character positions.  Indexes (parent, section, paragraph) are
 * 0-based into the arrays below, -1 for none; SQL ids are index + 1.
 *
 * Linear in the input: every stage is a single forward pass (or a pass over
 * the spans the previous stage produced) and calls the environment's
 * interrupt hook in long loops.
 */
#ifndef SP_DOC_H
#define SP_DOC_H

#include "sp_env.h"

typedef struct SpSpan
{
	size_t		start;
	size_t		end;
} SpSpan;

/* numbering styles of headings; the nesting comes from the document, not from this order */
typedef enum SpStyle
{
	SP_STYLE_NONE = 0,
	SP_STYLE_HAN_DUN,			/* 一、 */
	SP_STYLE_PAREN_HAN,			/* (一) （一） */
	SP_STYLE_DI_HAN,			/* 第一, 第一， 第一、 第一条? (ordinal sentences) */
	SP_STYLE_ARABIC_DUN,		/* 1、 */
	SP_STYLE_ARABIC_DOT,		/* 1. 1． */
	SP_STYLE_PAREN_ARABIC,		/* (1) （1） */
	SP_STYLE_CIRCLED,			/* ① ⑴ ⒈ */
	SP_STYLE_HAN_SHI,			/* 一是 (inline enumeration) */
	SP_STYLE_HAN_YAO,			/* 一要 */
	SP_STYLE_SEQUENCE,			/* 首先 … 其次 … 最后 (discourse ordinals) */
	/* English and Traditional Chinese numbering (doc/structure-english-and-traditional.md) */
	SP_STYLE_HAN_FORMAL,		/* 壹、 貳、 參、 (formal numerals, above 一、) */
	SP_STYLE_ROMAN_DOT,			/* I. II. IX. Ⅳ. */
	SP_STYLE_LATIN_DOT,			/* A. B. C. */
	SP_STYLE_PAREN_LATIN,		/* (a) (b) */
	SP_STYLE_EN_ORDINAL,		/* First, Secondly, Finally, (the English 第一，) */
	/* tiers of laws, Party regulations and plans (第X编 > 第X章 > 第X节 > 第X条) */
	SP_STYLE_DI_PART,			/* 第一编 第一篇 第一部分 */
	SP_STYLE_DI_CHAPTER,		/* 第一章 */
	SP_STYLE_DI_SECTION,		/* 第一节 */
	SP_STYLE_DI_ARTICLE,		/* 第一条 */
	SP_STYLE_BRACKET_LABEL,		/* 【重点任务1】 (a plan's numbered task) */
	SP_STYLE__COUNT
} SpStyle;

extern const char *const sp_style_names[SP_STYLE__COUNT];

typedef struct SpSection
{
	int			parent;			/* index of the enclosing section, -1 at the top */
	int			level;			/* 1 = top level of this document */
	int			ordinal;		/* 三 -> 3 */
	SpStyle		style;
	bool		inline_run;		/* marker inside a paragraph, not at its start */
	SpSpan		whole;			/* marker .. next section at the same or a higher level */
	SpSpan		marker;			/* the marker as written: 一、 （一） 第一， 1. */
	SpSpan		heading;		/* after the marker to the heading's end */
} SpSection;

typedef struct SpParagraph
{
	SpSpan		span;			/* trimmed of surrounding white space */
	int			section;		/* innermost section containing its start, -1 before the first */
} SpParagraph;

typedef struct SpSentence
{
	SpSpan		span;			/* trimmed; includes the terminator and closing quotes */
	SpSpan		terminator;		/* 。！？!?… as written (empty span if the sentence ends without one) */
	int			paragraph;
	int			section;
} SpSentence;

/* noise the parser recognised and stepped over (speech_clean removes these) */
typedef enum SpNoiseKind
{
	SP_NOISE_CHUNK_NUMBER,		/* line-start "N、" continuing the previous sentence */
	SP_NOISE_HTML_ENTITY,		/* &nbsp; &#8226; left in the text */
	SP_NOISE__COUNT
} SpNoiseKind;

typedef struct SpNoise
{
	SpNoiseKind kind;
	SpSpan		span;
} SpNoise;

typedef struct SpDoc
{
	const char *s;
	size_t		len;
	SP_VEC(SpParagraph) paragraphs;
	SP_VEC(SpSentence) sentences;
	SP_VEC(SpSection) sections;
	SP_VEC(SpNoise) noise;
	SpSpan		title;			/* empty span (start == end) when absent */
	SpSpan		salutation;		/* without its colon */
	int			announced_points;	/* 讲四点意见 -> 4; -1 when none or 几点 */
	int			found_points;	/* top-level points delivered: the highest ordinal of the
								 * first top-level numbering style; 0 without an outline */
	SpSpan		opening;		/* the paragraph(s) before the first top-level section */
	SpSpan		closing;		/* 谢谢大家 / 同志们，让我们… paragraph, if any */
	size_t		body_end;		/* the first line that closes the outline (附件, 名词解释,
								 * a dateline): what follows is a separate part; len if none */
} SpDoc;

void		sp_doc_analyze(const SpEnv *env, const char *s, size_t len, SpDoc *doc);
void		sp_doc_free(const SpEnv *env, SpDoc *doc);

/*
 * Unnumbered headings (sp_unnumbered.c), on request: short heading lines
 * without a marker become sections of style SP_STYLE_NONE (empty marker,
 * ordinal 0), nested by the layout, and paragraphs and sentences are linked
 * to their sections again.  Returns how many were added.
 */
size_t		sp_doc_add_unnumbered(const SpEnv *env, SpDoc *doc);
/* link paragraphs and sentences to their innermost section (after the sections change) */
void		sp_doc_link_sections(const SpEnv *env, SpDoc *doc);

/* index of the sentence / innermost section containing byte b (binary search), -1 if none */
int			sp_doc_sentence_at(const SpDoc *doc, size_t b);
int			sp_doc_section_at(const SpDoc *doc, size_t b);

#endif							/* SP_DOC_H */
