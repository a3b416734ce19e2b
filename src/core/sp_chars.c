/*
 * sp_chars.c - classes of code points (ICU-backed where Unicode data is needed).
 */
#include "sp_chars.h"
#include "sp_numeral.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

bool
sp_is_han(uint32_t cp)
{
	UErrorCode	err = U_ZERO_ERROR;

	if (cp < 0x2E80)
		return false;
	if (cp == 0x3007)			/* 〇 */
		return true;
	if (cp >= 0x4E00 && cp <= 0x9FFF)	/* the common block, without a lookup */
		return true;
	return uscript_getScript((UChar32) cp, &err) == USCRIPT_HAN && U_SUCCESS(err) &&
		u_isalpha((UChar32) cp);
}

bool
sp_is_space(uint32_t cp)
{
	/* Unicode White_Space minus the line separators (stable since Unicode 6.3) */
	return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0xA0 || cp == 0x1680 ||
		(cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F;
}

bool
sp_is_newline(uint32_t cp)
{
	return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C ||
		cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

bool
sp_is_ignorable(uint32_t cp)
{
	return (cp >= 0x200B && cp <= 0x200D) || cp == 0xFEFF || cp == 0x2060;
}

bool
sp_is_letter(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
	return u_isalpha((UChar32) cp) && !sp_is_han(cp);
}

bool
sp_is_digit(uint32_t cp)
{
	return sp_digit_value(cp) >= 0;
}

bool
sp_is_punct(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 0x21 && cp <= 0x2F) || (cp >= 0x3A && cp <= 0x40) ||
			(cp >= 0x5B && cp <= 0x60) || (cp >= 0x7B && cp <= 0x7E);
	return u_ispunct((UChar32) cp) || u_charType((UChar32) cp) == U_MATH_SYMBOL ||
		u_charType((UChar32) cp) == U_OTHER_SYMBOL;
}

bool
sp_is_cjk_punct(uint32_t cp)
{
	return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
		(cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
		(cp >= 0xFF5B && cp <= 0xFF65) || (cp >= 0xFE10 && cp <= 0xFE1F) ||
		(cp >= 0xFE30 && cp <= 0xFE4F) || cp == 0x2014 || cp == 0x2015 ||
		cp == 0x2026 || (cp >= 0x2018 && cp <= 0x201F) || cp == 0x00B7;
}

bool
sp_is_open_quote(uint32_t cp)
{
	switch (cp)
	{
		case 0x201C:			/* “ */
		case 0x2018:			/* ‘ */
		case 0x300C:			/* 「 */
		case 0x300E:			/* 『 */
		case 0x300A:			/* 《 */
		case 0x3008:			/* 〈 */
		case 0xFE41:
		case 0xFE43:
		case 0x00AB:			/* « */
			return true;
	}
	return false;
}

bool
sp_is_close_quote(uint32_t cp)
{
	switch (cp)
	{
		case 0x201D:
		case 0x2019:
		case 0x300D:
		case 0x300F:
		case 0x300B:
		case 0x3009:
		case 0xFE42:
		case 0xFE44:
		case 0x00BB:
			return true;
	}
	return false;
}

bool
sp_is_open_bracket(uint32_t cp)
{
	return cp == '(' || cp == 0xFF08 || cp == '[' || cp == 0xFF3B || cp == 0x3010 ||
		cp == 0x3014 || cp == 0x3016 || cp == 0xFF5B || cp == '{';
}

bool
sp_is_close_bracket(uint32_t cp)
{
	return cp == ')' || cp == 0xFF09 || cp == ']' || cp == 0xFF3D || cp == 0x3011 ||
		cp == 0x3015 || cp == 0x3017 || cp == 0xFF5D || cp == '}';
}

uint32_t
sp_fold_width(uint32_t cp)
{
	if (cp >= 0xFF01 && cp <= 0xFF5E)
		return cp - 0xFF01 + 0x21;
	if (cp == 0x3000)
		return ' ';
	return cp;
}
