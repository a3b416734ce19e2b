/*
 * sp_decode.h - bytes in a file's encoding to UTF-8, strictly: the texts of a
 * corpus as they are stored on disk (GB18030/GBK/GB2312, Big5, UTF-16 with or
 * without a byte-order mark, UTF-8 with one), for speech_decode().
 *
 * Named encodings (case, '-' and '_' ignored):
 *   GB18030, GBK, GB2312, EUC-CN, CP936   decoded as GB18030, their superset
 *   BIG5, BIG5-HKSCS
 *   UTF-8 (a BOM is dropped), UTF-16 (BOM, else the byte order found as in
 *   detection below), UTF-16LE, UTF-16BE (a BOM of that order is dropped)
 *   any other converter name ICU knows (ISO-8859-1, Shift_JIS, EUC-KR, ...)
 * A BOM that contradicts the named encoding is an error.
 *
 * Without a name the encoding is detected, in this order:
 *   1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
 *   2. valid UTF-8 without NUL (ASCII included) is UTF-8: a legacy Chinese text is
 *      almost never valid UTF-8;
 *   3. UTF-16 without a BOM: read both ways, the code units that are likely
 *      text (ASCII, Latin-1 letters, CJK, CJK and full-width punctuation,
 *      general punctuation) counted, and a unit 0xXX00 counted for neither
 *      order (it is ASCII read the wrong way round as often as it is 一):
 *      one order at 80% or more and the other at 50% or less wins;
 *   4. ICU's charset detector (ucsdet) over the first 256 KB (a name it
 *      gives that no ICU converter opens, such as IBM420_ltr, is no
 *      candidate): its best candidate wins when its confidence is at least 50 and at least 20
 *      above the next candidate that decodes those bytes without an error
 *      (a candidate that cannot decode them is no rival); otherwise the
 *      result is "not confident" with the candidates, their confidences and
 *      whether they decode.  The winner then decodes the whole input, and
 *      an invalid byte anywhere is an error with its offset.
 *
 * Invalid bytes are an error naming the byte offset (ICU's stop callback:
 * never a replacement character); so are a NUL character (text cannot hold
 * it) and, from a legacy CJK encoding, a C1 control character (Big5's
 * converter maps a stray 0x80..0x9F byte to U+0080..U+009F).  Linear; the
 * interrupt hook is called every 1 MB.
 */
#ifndef SP_DECODE_H
#define SP_DECODE_H

#include "sp_env.h"

typedef enum SpDecodeStatus
{
	SP_DECODE_OK = 0,
	SP_DECODE_UNKNOWN_ENCODING, /* the name is not an encoding ICU knows */
	SP_DECODE_INVALID,			/* invalid or truncated bytes at offset */
	SP_DECODE_NUL,				/* a NUL character at offset */
	SP_DECODE_BOM_MISMATCH,		/* a BOM of another encoding than the named one */
	SP_DECODE_NOT_CONFIDENT		/* detection: no clear winner (candidates) */
} SpDecodeStatus;

#define SP_DECODE_MAX_CANDIDATES 6

typedef struct SpDecodeCandidate
{
	char		name[40];
	int			confidence;		/* 0..100, ICU's */
	bool		valid;			/* decodes the detector's window without an error */
} SpDecodeCandidate;

typedef struct SpDecoded
{
	SpDecodeStatus status;
	char	   *utf8;			/* SP_DECODE_OK: the text (NUL-terminated, from env) */
	size_t		len;
	char		encoding[40];	/* the encoding decoded (or tried), ICU's name */
	char		detected_by[16];	/* "named", "bom", "utf-8", "utf-16", "ucsdet" */
	bool		bom;			/* a byte-order mark was dropped */
	size_t		offset;			/* INVALID, NUL: the byte offset in the input (0-based) */
	unsigned char bad[8];		/* INVALID: the offending bytes (up to 8) */
	int			nbad;
	SpDecodeCandidate candidates[SP_DECODE_MAX_CANDIDATES];	/* NOT_CONFIDENT */
	int			ncandidates;
} SpDecoded;

/* decode len bytes; encoding NULL: detect.  out->utf8 is NULL unless OK. */
void		sp_decode(const SpEnv *env, const char *bytes, size_t len, const char *encoding,
					  SpDecoded *out);

#endif							/* SP_DECODE_H */
