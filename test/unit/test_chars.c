#include "unit.h"
#include "sp_chars.h"

SP_TEST(chars_classes)
{
	CHECK(sp_is_han(0x4E2D));
	CHECK(sp_is_han(0x3007));
	CHECK(sp_is_han(0x20000));	/* CJK extension B */
	CHECK(!sp_is_han('a'));
	CHECK(!sp_is_han(0x3002));	/* 。 */
	CHECK(sp_is_space(0x3000));
	CHECK(sp_is_space(0xA0));
	CHECK(!sp_is_space('\n'));
	CHECK(sp_is_newline('\r'));
	CHECK(sp_is_digit(0xFF11));
	CHECK(sp_is_letter(0xE9));
	CHECK(!sp_is_letter(0x4E2D));
	CHECK(sp_is_punct(0xFF0C));
	CHECK(sp_is_cjk_punct(0x3001));
	CHECK_INT(sp_fold_width(0xFF08), '(');
	CHECK(sp_is_open_quote(0x201C) && sp_is_close_quote(0x201D));
	CHECK(sp_is_open_bracket(0x3010) && sp_is_close_bracket(0x3011));
	CHECK(sp_is_ignorable(0x200B));
	CHECK_INT(sp_fold_width(0x3000), ' ');
	CHECK_INT(sp_fold_width(0x4E2D), 0x4E2D);
}
