/*
 * spg_text.h - text between the database encoding and the core's UTF-8.
 *
 * The core reads UTF-8.  In a UTF8 database a text's bytes are used as they
 * are (no copy); in another server encoding (EUC_CN, GB18030 as a client
 * encoding, LATIN1, ...) they are converted, character for character, so
 * positions still agree with substr().  SQL_ASCII is refused with an error
 * naming it: it defines no characters for positions to count.  These are
 * the only conversion paths of the glue.
 */
#ifndef SPG_TEXT_H
#define SPG_TEXT_H

/* UTF-8 bytes (not NUL-terminated when they are the datum's own) */
typedef struct SpgText
{
	const char *s;
	size_t		len;
} SpgText;

/* raise an error if the server encoding cannot be used (every entry point calls it) */
extern void spg_check_encoding(void);

/* the UTF-8 form of s[0..len) in the database encoding: s itself in a UTF8 database */
extern SpgText spg_to_utf8(const char *s, size_t len);

/* the same for a text argument */
extern SpgText spg_text_utf8(text *t);

/*
 * UTF-8 bytes in the database encoding: utf8 itself in a UTF8 database (not
 * NUL-terminated), else a NUL-terminated palloc'd conversion.
 */
extern SpgText spg_from_utf8(const char *utf8, size_t len);

/* a text datum (in the database encoding) from UTF-8 bytes, or from a C string */
extern text *spg_utf8_text(const char *utf8, size_t len);
extern Datum spg_utf8_datum(const char *utf8, size_t len);
extern Datum spg_cstring_datum(const char *utf8);

/*
 * Can the database encoding hold code point cp?  Always in UTF8 (and in
 * SQL_ASCII, where no conversion happens).
 */
extern bool spg_representable(uint32 cp);

/* can it hold every character of the NUL-terminated UTF-8 utf8? */
extern bool spg_holds(const char *utf8);

/*
 * A message or description written in UTF-8 (a string literal of the glue)
 * in the database encoding, for errhint(), a token-type description, any
 * text handed to PostgreSQL: utf8 itself in UTF8 and SQL_ASCII databases
 * (SQL_ASCII passes bytes unconverted to the client); else its conversion,
 * with a character the encoding cannot hold written as <U+XXXX>.
 */
extern const char *spg_message(const char *utf8);

#endif							/* SPG_TEXT_H */
