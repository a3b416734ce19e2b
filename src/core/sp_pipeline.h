/*
 * sp_pipeline.h - the structure stages that sp_doc_analyze() (sp_doc.c) runs,
 * in this order; each reads what the previous ones wrote into doc:
 *
 *   sp_find_paragraphs  (sp_paragraph.c)  paragraphs and noise spans
 *   sp_find_sentences   (sp_sentence.c)   sentences within the paragraphs
 *   sp_find_outline     (sp_outline.c)    numbered sections and their nesting
 *   sp_find_parts       (sp_parts.c)      title, salutation, announced points,
 *                                         opening and closing
 *
 * The helpers the stages share to scan text are in sp_scan.h.
 */
#ifndef SP_PIPELINE_H
#define SP_PIPELINE_H

#include "sp_doc.h"

void		sp_find_paragraphs(const SpEnv *env, SpDoc *doc);
void		sp_find_sentences(const SpEnv *env, SpDoc *doc);
void		sp_find_outline(const SpEnv *env, SpDoc *doc);
void		sp_find_parts(const SpEnv *env, SpDoc *doc);

#endif							/* SP_PIPELINE_H */
