/*
 * sp_target.h - quantified policy targets of a work report or a plan.
 *
 * sp_targets() reads the quantities (sp_quantity.h) of a text with its
 * structure (sp_doc.h) and keeps those that are goals for a coming period,
 * the way a work report writes them:
 *   - the period of the text around a number comes from the outline: a
 *     top-level section whose heading reviews (回顾, 成就, 过去) holds past
 *     results; one that also announces goals (…成就和“十五五”时期主要目标)
 *     turns to goals at the first paragraph naming the coming plan (a plan
 *     not yet over, 今后五年, 纲要草案); every other section is about the
 *     report's year or its plan.  Text before the first section needs a
 *     goal word in its sentence (预期目标, 力争, 确保, 今年…);
 *   - inside a section of goals, sentences about the past (去年…, 过去…,
 *     目前…, a year before the report's) and past or forecast figures
 *     (已经超过, 将高达, 约有, 预计) are not targets; neither are the 'from'
 *     value of a raise (由50元提高到100元), thresholds (不到100万元), counts
 *     of the plan's own parts (6个维度, 29项主要指标), names and codes (“3个100”,
 *     3.0版, 22号线, 750千伏), durations and dates (用三年时间, 再延长30年),
 *     numbers written in Chinese numerals (八个方面), population facts
 *     (14亿人, 9亿多劳动力);
 *   - the target year: the report's year (from its outline: 2025年工作回顾 ->
 *     2026), the end of a five-year plan for its section (十四五 -> 2025),
 *     到2030年 written before the number; 0 for 用两年时间 (the text does not say).
 * Each target carries its raw text (a prefix bound included: 不低于2000亿元,
 * 超过80%, 低于4.6%), value and high in base units, unit (个百分点 -> 百分点,
 * ％ -> %, compound units whole: 元/人, 人/百亿元), modifier and indicator
 * (the words before the number in its clause, or the verb and the noun after
 * it: 推进5万个行政村通光纤 -> 推进行政村通光纤; A、B分别下降x、y gives each
 * value its own item).
 */
#ifndef SP_TARGET_H
#define SP_TARGET_H

#include "sp_doc.h"
#include "sp_quantity.h"

typedef enum SpTargetModifier
{
	SP_TMOD_EXACT = 0,			/* no bound written */
	SP_TMOD_ABOUT,				/* 左右 上下 约 近 */
	SP_TMOD_AT_LEAST,			/* 以上 不低于 不少于 超过 多 余 */
	SP_TMOD_AT_MOST,			/* 以下 以内 不超过 低于 */
	SP_TMOD_RANGE,				/* 5%—5.5% */
	SP_TMOD__COUNT
} SpTargetModifier;

extern const char *const sp_target_modifier_names[SP_TMOD__COUNT];

#define SP_TARGET_INDICATOR_MAX 160	/* bytes, NUL included */

typedef struct SpTarget
{
	SpSpan		span;			/* the raw text: substr(body, pos, len) */
	SpDecimal	value;			/* base units: 1200万人 -> 12000000 */
	SpDecimal	high;			/* upper end of a range */
	bool		has_high;
	SpTargetModifier modifier;
	int			year;			/* target year, 0 when the text does not say */
	char		unit[48];		/* "" for none */
	char		indicator[SP_TARGET_INDICATOR_MAX];
} SpTarget;

typedef SP_VEC(SpTarget) SpTargetVec;

/*
 * Append the targets among the quantities q (sp_quantities of doc's text, in
 * text order) to *out, in text order.  Linear in the text: every look
 * around a quantity is bounded.
 */
void		sp_targets(const SpEnv *env, const SpDoc *doc, const SpQuantityVec *q,
					   SpTargetVec *out);

/* the year a report is for (its outline, else its title), 0 if unknown */
int			sp_target_report_year(const SpDoc *doc);

/* five-year plan 十X五 at s[i] (十四五 -> its last year 2025), 0 if none */
int			sp_target_plan_year(const char *s, size_t len, size_t i, size_t *used);

#endif							/* SP_TARGET_H */
