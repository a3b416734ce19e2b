/*
 * version.c - speech_version(): what parsed this, for a citation: the
 * library's version and the ICU and Unicode data it runs on (ICU is linked
 * dynamically, so the running library may differ from the one compiled
 * against; both are shown when they do), and the OpenCC tables that fold
 * Traditional to Simplified (OpenCC's version, the configuration and how
 * many entries it holds: the data actually read).
 */
#include "postgres.h"

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"

#include "spg_fold.h"

#include <unicode/uchar.h>
#include <unicode/uversion.h>

/* the Makefile passes default_version from speech.control */
#ifndef SPEECH_VERSION
#error "SPEECH_VERSION is not defined: build with the project's Makefile"
#endif

PG_FUNCTION_INFO_V1(speech_version);

Datum
speech_version(PG_FUNCTION_ARGS)
{
	UVersionInfo icu,
				uni;
	char		icu_s[U_MAX_VERSION_STRING_LENGTH],
				uni_s[U_MAX_VERSION_STRING_LENGTH];
	StringInfoData buf;

	(void) fcinfo;
	u_getVersion(icu);
	u_versionToString(icu, icu_s);
	u_getUnicodeVersion(uni);
	u_versionToString(uni, uni_s);

	initStringInfo(&buf);
	appendStringInfo(&buf, "speech %s (ICU %s", SPEECH_VERSION, icu_s);
	if (strcmp(icu_s, U_ICU_VERSION) != 0)
		appendStringInfo(&buf, ", built with ICU %s", U_ICU_VERSION);
	appendStringInfo(&buf, ", Unicode %s, %s)", uni_s, spg_fold_version());
	PG_RETURN_TEXT_P(cstring_to_text(buf.data));
}
