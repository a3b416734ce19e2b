#include "unit.h"
#include "sp_doc.h"
#include "sp_search.h"

SP_TEST(search_bounds)
{
	SpSpan		v[] = {{1, 2}, {3, 4}, {3, 5}, {7, 8}};
	SpSpan	   *none = NULL;

	CHECK_INT(SP_LOWER_BOUND(v, 4, start, 0), 0);
	CHECK_INT(SP_LOWER_BOUND(v, 4, start, 1), 0);
	CHECK_INT(SP_LOWER_BOUND(v, 4, start, 3), 1);
	CHECK_INT(SP_LOWER_BOUND(v, 4, start, 4), 3);
	CHECK_INT(SP_LOWER_BOUND(v, 4, start, 8), 4);
	CHECK_INT(SP_UPPER_BOUND(v, 4, start, 0), 0);
	CHECK_INT(SP_UPPER_BOUND(v, 4, start, 3), 3);
	CHECK_INT(SP_UPPER_BOUND(v, 4, start, 7), 4);
	CHECK_INT(SP_LOWER_BOUND(v, 4, end, 5), 2);
	CHECK_INT(SP_LOWER_BOUND(none, 0, start, 5), 0);
	CHECK_INT(SP_UPPER_BOUND(none, 0, start, 5), 0);
}
