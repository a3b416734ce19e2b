/*
 * sp_quantity.h - numbers with their units in Chinese (and mixed) text.
 *
 * sp_quantities() reads UTF-8 text once, left to right, and reports every
 * quantity it recognises:
 *   - Arabic digits (ASCII or full-width), decimals (6.9, １１．１), thousands
 *     groups (1,000,000); Chinese numerals (三千五百, 两万, 一百零五, 一点二);
 *   - scales 十 百 千 万 亿 after the number (516万元 = 5160000 元; 24.66万亿);
 *   - a unit from a built-in list of measure words and units (元 美元 个 名
 *     人次 平方公里 个百分点 …), or a percentage (6.9%, ６．５％, 百分之八十);
 *   - an approximation or bound: prefix 近 约 超过 不超过 …, infix 多 余
 *     (7700多人次, 2800多亿元, 十三亿多人), suffix 左右 以上 以下 以内;
 *   - years (2023年, 二〇一七年), dates (2020年3月6日, 1月31日), durations
 *     (5年, 三个月) and ranges (3至5年, 5%—6%: one row, value = low end,
 *     high = high end, kind = range).
 * Numbers without a unit are reported only when written in Arabic digits
 * (a bare Chinese numeral is too often part of a word: 统一, 一些, 十分).
 * Not quantities: list markers (1、 （2）), ordinals (第三), codes next to
 * Latin letters (5G, PM2.5), a lone 一 before a classifier (一个, 一项: the
 * indefinite article), approximate runs of digits (三五年, 两三个).
 */
#ifndef SP_QUANTITY_H
#define SP_QUANTITY_H

#include "sp_doc.h"
#include "sp_numeral.h"			/* SpDecimal, sp_decimal_format */

typedef enum SpQtyKind
{
	SP_QTY_COUNT = 0,			/* any other amount: 275个, 7200平方米, 3倍 */
	SP_QTY_MONEY,				/* a currency unit: 元 美元 欧元 … */
	SP_QTY_PERCENT,				/* % ‰ 百分之… 个百分点 */
	SP_QTY_YEAR,				/* a calendar year: 2023年 二〇一七年 */
	SP_QTY_DATE,				/* a day or month: 2020年3月6日, 1月31日, 3月 */
	SP_QTY_DURATION,			/* a span of time: 5年 三个月 40周年 2小时 */
	SP_QTY_RANGE,				/* low 至/到/—/- high with one unit */
	SP_QTY__COUNT
} SpQtyKind;

extern const char *const sp_qty_kind_names[SP_QTY__COUNT];

typedef struct SpQuantity
{
	SpSpan		span;			/* the raw text, qualifiers included */
	SpDecimal	value;			/* scaled value (low end of a range) */
	SpDecimal	high;			/* high end of a range (valid only for ranges) */
	bool		has_value;		/* false for dates (their value is in iso) */
	SpQtyKind	kind;
	char		unit[40];		/* UTF-8, "" when there is none: 元 % 个百分点 元/吨 */
	char		qualifier[16];	/* 多 余 近 约 左右 以上 …, "" when none */
	char		iso[12];		/* dates: 2020-03-06, 2020-03, --03-06, --03, ---06 */
} SpQuantity;

typedef SP_VEC(SpQuantity) SpQuantityVec;

/*
 * Append the quantities of s[0..len) to *out, in text order.  skip (may be
 * NULL, sorted, non-overlapping) lists spans that are not searched, e.g. the
 * numbered slogans (三个代表 is a formula, not a count of 3).
 */
void		sp_quantities(const SpEnv *env, const char *s, size_t len,
						  const SpSpan *skip, size_t nskip, SpQuantityVec *out);

/* the kind a unit gives a quantity (count, money, percent, duration) */
SpQtyKind	sp_qty_unit_kind(const char *unit);

#endif							/* SP_QUANTITY_H */
