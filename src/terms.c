/*
 * terms.c - the user's terms (table speech_terms): the trigger function
 * speech_terms_changed(), the check speech_term_check(), the cache every
 * backend keeps of them, the fingerprint speech_dictionary_version(); and the
 * domain switch speech.domain_terms.
 *
 * The guarantee (doc/text-search.md, "What a change reaches"): a statement
 * that starts after the commit of a change of speech_terms tokenizes with
 * it, in every session, whatever its isolation level or snapshot, on a
 * logical-replication subscriber too.  How it holds by construction:
 *   - a trigger on speech_terms (statement-level for local writes, row-level
 *     ENABLE REPLICA for the apply worker of a subscription, which fires no
 *     statement triggers) queues a relcache invalidation for the table in the
 *     writing transaction; PostgreSQL broadcasts it after the commit is
 *     visible to new snapshots;
 *   - every lookup (spg_seg_options: each parse, each speech_tokens call)
 *     first reads the invalidation queue (AcceptInvalidationMessages: a
 *     shared counter compared, no lock when nothing is queued), where the
 *     callback registered here marks the cached terms stale - so a statement
 *     in an open transaction that takes no new lock sees the change too;
 *   - a stale copy is rebuilt from a fresh MVCC snapshot taken after the
 *     invalidation was read (never the transaction's snapshot: a REPEATABLE
 *     READ transaction, or a STABLE function running under its statement's
 *     snapshot, would otherwise rebuild the old terms and keep them); a
 *     commit after that snapshot sends its own invalidation, so the copy is
 *     rebuilt again.
 * A statement running while a change commits may see it from some row on.
 * Text indexed before a change keeps its old tokens until it is re-indexed.
 *
 * An image being replaced may still be in use by an open parse (ts_parse
 * returns its rows one call at a time): it is freed only in a later
 * transaction.
 *
 * speech.domain_terms (default on) switches the shipped domain lexicon,
 * whose terms sit in the general lexicon flagged SP_LEX_DOMAIN.  It decides
 * the lexemes of IMMUTABLE index expressions, so only a superuser sets it
 * (PGC_SUSET: ALTER DATABASE ... SET, then re-index).
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "catalog/indexing.h"
#include "catalog/pg_extension.h"
#include "common/hashfn.h"
#include "commands/extension.h"
#include "commands/trigger.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "sp_chars.h"
#include "sp_utf8.h"
#include "spg_compat.h"
#include "spg_env.h"
#include "spg_text.h"
#include "spg_ts.h"

bool		spg_domain_terms = true;

static MemoryContext terms_cxt = NULL;	/* the current image, NULL for none */
static SpLexicon terms_lex;
static bool terms_present = false;	/* terms_lex holds at least one term */
static bool terms_valid = false;	/* the cache reflects the table */
static Oid	terms_relid = InvalidOid;
static uint64 terms_hash = 0;	/* sum of the terms' hashes (order-free) */
static uint64 terms_count = 0;

/* images replaced in a transaction, freed in a later one */
typedef struct RetiredImage
{
	MemoryContext cxt;
	LocalTransactionId lxid;
	struct RetiredImage *next;
} RetiredImage;
static RetiredImage *retired = NULL;

static void
retire_image(void)
{
	RetiredImage *r;

	if (terms_cxt == NULL)
		return;
	r = MemoryContextAlloc(TopMemoryContext, sizeof(RetiredImage));
	r->cxt = terms_cxt;
	r->lxid = SPG_MY_LXID();
	r->next = retired;
	retired = r;
	terms_cxt = NULL;
}

static void
free_retired_images(void)
{
	RetiredImage **p = &retired;

	while (*p != NULL)
	{
		RetiredImage *r = *p;

		if (r->lxid != SPG_MY_LXID())
		{
			*p = r->next;
			MemoryContextDelete(r->cxt);
			pfree(r);
		}
		else
			p = &r->next;
	}
}

static void
terms_invalidate(Datum arg, Oid relid)
{
	(void) arg;
	if (relid == InvalidOid || relid == terms_relid)
		terms_valid = false;
}

void
spg_terms_init(void)
{
	DefineCustomBoolVariable("speech.domain_terms",
							 "Use the shipped lexicon of political and official terms.",
							 "Multi-character terms of official Chinese (harmonious society, the Scientific "
							 "Outlook on Development) are cut as one word when on. "
							 "It decides the lexemes of index expressions, so only a superuser sets it "
							 "(ALTER DATABASE ... SET); text indexed before a change keeps its tokens until it is re-indexed.",
							 &spg_domain_terms,
							 true,
							 PGC_SUSET,
							 0,
							 NULL, NULL, NULL);
	MarkGUCPrefixReserved("speech");
	CacheRegisterRelcacheCallback(terms_invalidate, (Datum) 0);
}

/* the namespace of extension speech, InvalidOid when it is not installed here */
static Oid
extension_schema(void)
{
	Oid			ext = get_extension_oid("speech", true);
	Oid			nsp = InvalidOid;
	Relation	rel;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;

	if (!OidIsValid(ext))
		return InvalidOid;
	rel = table_open(ExtensionRelationId, AccessShareLock);
	ScanKeyInit(&key, Anum_pg_extension_oid, BTEqualStrategyNumber, F_OIDEQ,
				ObjectIdGetDatum(ext));
	scan = systable_beginscan(rel, ExtensionOidIndexId, true, NULL, 1, &key);
	tup = systable_getnext(scan);
	if (HeapTupleIsValid(tup))
		nsp = ((Form_pg_extension) GETSTRUCT(tup))->extnamespace;
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	return nsp;
}

/* read speech_terms into a fresh in-memory lexicon */
static void
terms_load(void)
{
	Oid			nsp = extension_schema();
	Relation	rel;
	TableScanDesc scan;
	HeapTuple	tup;
	Snapshot	snap;
	SP_VEC(SpLexWord) words = {0};
	uint16_t	cost = spg_lexicon()->hdr->term_cost;
	MemoryContext old;
	size_t		size;
	void	   *image;

	terms_present = false;
	terms_hash = 0;
	terms_count = 0;
	retire_image();
	free_retired_images();
	terms_relid = OidIsValid(nsp) ? get_relname_relid("speech_terms", nsp) : InvalidOid;
	if (!OidIsValid(terms_relid))
		return;

	/*
	 * Lock first (that reads the invalidations), then a fresh snapshot: it
	 * sees every change whose invalidation was read, and a later commit
	 * sends one that marks this copy stale again.  A catalog snapshot, which
	 * is fresh whatever the transaction's isolation and also in a parallel
	 * worker (where GetLatestSnapshot is refused).
	 */
	rel = table_open(terms_relid, AccessShareLock);
	InvalidateCatalogSnapshot();
	snap = RegisterSnapshot(GetCatalogSnapshot(terms_relid));
	scan = table_beginscan(rel, snap, 0, NULL);
	while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		bool		isnull;
		Datum		d = heap_getattr(tup, 1, RelationGetDescr(rel), &isnull);
		SpgText		in;
		SpLexWord	w;

		CHECK_FOR_INTERRUPTS();
		if (isnull)
			continue;
		in = spg_text_utf8(DatumGetTextPP(d));
		/* a copy: the text may lie in a buffer page the scan unpins when it moves on */
		w.s = pnstrdup(in.s, in.len);
		w.len = in.len;
		w.cost = cost;
		w.flags = SP_LEX_WORD;
		sp_vec_push(spg_env(), &words, w);
		terms_hash += hash_bytes_extended((const unsigned char *) w.s, (int) w.len, 13);
		terms_count++;
	}
	table_endscan(scan);
	UnregisterSnapshot(snap);
	table_close(rel, AccessShareLock);
	if (words.n == 0)
		return;					/* no terms: no lexicon to walk */
	terms_cxt = AllocSetContextCreate(TopMemoryContext, "speech terms", ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(terms_cxt);
	image = sp_lexicon_build(spg_env(), words.items, words.n, 0, cost, &size);
	MemoryContextSwitchTo(old);
	if (image == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("speech_terms holds too much text for the user dictionary (%zu terms, more than %zu MB)",
						words.n, SP_LEX_MAX_BYTES >> 20),
				 errhint("Remove terms with speech_remove_term(), or keep large word lists in a table and search them with speech_lexicon_counts().")));
	if (sp_lexicon_open(&terms_lex, image, size) != NULL)
		elog(ERROR, "speech: the terms lexicon built in memory is inconsistent");
	terms_present = true;
}

void
spg_seg_options(SpSegOptions *opt)
{
	opt->lex = spg_lexicon();
	opt->domain = spg_domain_terms;
	/* the version check of every lookup: invalidations committed so far */
	AcceptInvalidationMessages();
	if (!terms_valid)
	{
		/* valid first: an invalidation arriving during the load wins */
		terms_valid = true;
		PG_TRY();
		{
			terms_load();
		}
		PG_CATCH();
		{
			terms_valid = false;
			terms_present = false;
			PG_RE_THROW();
		}
		PG_END_TRY();
	}
	opt->terms = terms_present ? &terms_lex : NULL;
}

/* ---- SQL: the trigger on speech_terms and the check of a term ---- */

PG_FUNCTION_INFO_V1(speech_terms_changed);
PG_FUNCTION_INFO_V1(speech_term_check);
PG_FUNCTION_INFO_V1(speech_dictionary_version);

/*
 * speech_dictionary_version() - a fingerprint of what decides the lexemes
 * of speech_parser in this session now: the terms (a sum of their hashes,
 * so independent of their order), their number, speech.domain_terms and
 * the general lexicon's size.  Equal on every node with the same terms,
 * settings and library; changes with any of them.
 */
Datum
speech_dictionary_version(PG_FUNCTION_ARGS)
{
	SpSegOptions opt;
	const SpLexHeader *h;
	uint64		v[5];

	spg_seg_options(&opt);
	h = opt.lex->hdr;
	v[0] = terms_hash;
	v[1] = terms_count;
	v[2] = opt.domain ? 1 : 0;
	v[3] = h->nwords;
	v[4] = h->nnodes;
	PG_RETURN_INT64((int64) hash_bytes_extended((const unsigned char *) v, sizeof(v), 29));
}

Datum
speech_terms_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trig = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("speech_terms_changed() must be called as a trigger")));
	CacheInvalidateRelcacheByRelid(RelationGetRelid(trig->tg_relation));
	return PointerGetDatum(NULL);
}

/* the term for a message: its first characters, so a wrong 100 MB argument gives a short error */
static char *
term_for_message(text *t)
{
	const int	max = 24;
	char	   *s = text_to_cstring(t);
	int			len = (int) strlen(s);
	int			n = 0,
				i = 0;

	while (i < len && n < max)
	{
		i += pg_mblen(s + i);
		n++;
	}
	if (i >= len)
		return s;
	s[i] = '\0';
	return psprintf("%s...", s);
}

/*
 * speech_term_check(term) - true for a usable term, else an error saying why
 * (the CHECK constraint of speech_terms: a bad row is refused, never dropped).
 */
Datum
speech_term_check(PG_FUNCTION_ARGS)
{
	SpgText		in = spg_text_utf8(PG_GETARG_TEXT_PP(0));
	size_t		nchars = 0;
	int			step;

	for (size_t i = 0; i < in.len; i += (size_t) step)
	{
		uint32_t	cp = sp_u8_decode(in.s, in.len, i, &step);

		if (!sp_is_han(cp))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("speech term \"%s\" contains a character that is not Han",
							term_for_message(PG_GETARG_TEXT_PP(0))),
					 errdetail("Terms extend the Chinese lexicon; Latin words and numbers are cut without one."),
					 errhint("%s", spg_message("Add the Han part alone, e.g. 网络 for 5G网络."))));
		nchars++;
	}
	if (nchars < 2 || nchars > SP_LEX_MAX_CHARS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg_plural("speech term \"%s\" has %zu character; a term has 2 to %d",
							   "speech term \"%s\" has %zu characters; a term has 2 to %d",
							   (unsigned long) nchars,
							   term_for_message(PG_GETARG_TEXT_PP(0)), nchars, SP_LEX_MAX_CHARS),
				 errhint("Single characters are always tokens of their own; split a longer phrase into terms.")));
	PG_RETURN_BOOL(true);
}
