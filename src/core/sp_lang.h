/*
 * sp_lang.h - the language of a text or of a span, from its script.
 *
 * A text is Chinese ("zh") or English ("en") by the letters it is written
 * in: Han ideographs against Latin letters, a Han character weighing as
 * three Latin letters (a Han character is a syllable; an English syllable
 * is about three letters).  Latin script is taken as English, the only
 * Latin-script language whose word lists are built in.  Without Han or
 * Latin letters, or when another script (Cyrillic, Greek, kana, Hangul,
 * Arabic ...) has more letters than either, the language is unknown
 * (SP_LANG_NONE).  Definitions: doc/metrics.md, "Languages".
 */
#ifndef SP_LANG_H
#define SP_LANG_H

#include <stdbool.h>
#include <stdint.h>

typedef enum SpLang
{
	SP_LANG_NONE = 0,			/* no letters, or another script */
	SP_LANG_ZH,
	SP_LANG_EN
} SpLang;

/* "zh", "en", or NULL for SP_LANG_NONE */
const char *sp_lang_name(SpLang lang);

/* a letter of the Latin script: ASCII, Latin-1, Latin Extended-A/B, Latin Extended Additional */
static inline bool
sp_is_latin_letter(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
	if (cp >= 0xC0 && cp <= 0x24F)
		return cp != 0xD7 && cp != 0xF7;
	return cp >= 0x1E00 && cp <= 0x1EFF;
}

/* the language of a span with these counts of Han characters, Latin letters and other letters */
SpLang		sp_lang_decide(int64_t han, int64_t latin, int64_t other);

#endif							/* SP_LANG_H */
