#!/usr/bin/env bash
# speech installs in every server encoding, and in each one every function
# either works or gives the one documented encoding error.
#
# Every install and update script is ASCII (a Han byte in a comment made
# CREATE EXTENSION fail in LATIN1, WIN1252, EUC_KR and EUC_JP).  Then, for
# each server encoding below, a database (--locale=C, TEMPLATE template0):
# CREATE EXTENSION speech (the full script), the update chain from 1.0, and
# every SQL function of the extension called once on an English text and,
# where the encoding holds it, on a Chinese one.  A call passes when it
# returns, or, in SQL_ASCII, when it gives the documented refusal (SQLSTATE
# 0A000, "speech cannot analyse text in a database with encoding").  A
# function of the extension that the list below does not call fails the
# script, so a new function is added here.
. "$(dirname "$0")/lib.sh"
hush_notices
export PGCLIENTENCODING=UTF8
status=0

# 1. the scripts are ASCII
for f in speech--*.sql; do
	if LC_ALL=C grep -nP '[\x80-\xff]' "$f" >/dev/null; then
		echo "FAIL $f: non-ASCII bytes on lines $(LC_ALL=C grep -nP '[\x80-\xff]' "$f" | cut -d: -f1 | paste -sd, -)"
		status=1
	fi
done

# 2. the calls, one per line: a name and the statement (%1$L is the text)
calls=$(cat <<'EOF'
speech_outline|SELECT count(*) FROM speech_outline(%1$L)
speech_paragraphs|SELECT count(*) FROM speech_paragraphs(%1$L)
speech_sentences|SELECT count(*) FROM speech_sentences(%1$L)
speech_parse|SELECT speech_parse(%1$L) IS NOT NULL
speech_parse_json|SELECT speech_parse_json(%1$L) IS NOT NULL
speech_clean|SELECT speech_clean(%1$L || '&copy;&nbsp;&#x4E00;')
speech_version|SELECT speech_version()
speech_prs_start|SELECT count(*) FROM ts_parse('speech_parser', %1$L)
speech_prs_gettoken|SELECT count(*) FROM ts_parse('speech_parser', %1$L)
speech_prs_end|SELECT count(*) FROM ts_parse('speech_parser', %1$L)
speech_prs_lextype|SELECT string_agg(alias || description, ',') FROM ts_token_type('speech_parser')
speech_prs_headline|SELECT ts_headline('speech_zh', %1$L, to_tsquery('speech_zh', 'act'))
speech_han_init|SELECT to_tsvector('speech_zh', %1$L)
speech_han_lexize|SELECT ts_lexize('speech_han', %1$L)
speech_fold_init|SELECT ts_lexize('speech_fold', 'Act')
speech_fold_lexize|SELECT ts_lexize('speech_fold', 'Act')
speech_tokens|SELECT count(*) FROM speech_tokens(%1$L)
speech_tsvector|SELECT speech_tsvector('speech_zh', %1$L)
speech_metrics|SELECT speech_metrics(%1$L) IS NOT NULL
speech_section_metrics|SELECT count(*) FROM speech_section_metrics(%1$L)
speech_metrics_json|SELECT speech_metrics_json(%1$L) IS NOT NULL
speech_quantities|SELECT count(*) FROM speech_quantities(%1$L)
speech_quotes|SELECT count(*) FROM speech_quotes(%1$L)
speech_turns|SELECT string_agg(role, ',') FROM speech_turns(%1$L)
speech_turn_metrics|SELECT count(*) FROM speech_turn_metrics(%1$L)
speech_slogans|SELECT count(*) FROM speech_slogans(%1$L)
speech_kwic|SELECT count(*) FROM speech_kwic(%1$L, 'act')
speech_diagnostics|SELECT string_agg(kind || detail, ',') FROM speech_diagnostics(%1$L || ' We must')
speech_find_terms|SELECT count(*) FROM speech_find_terms(%1$L, ARRAY['act', 'must'])
speech_term_check|SELECT speech_term_check('abc')
speech_terms_changed|SELECT speech_add_term('zzzz') OR true
speech_add_term|SELECT speech_add_term('zzzz') OR true
speech_remove_term|SELECT speech_remove_term('zzzz') OR true
speech_builtin_lexicon|SELECT count(*) FROM speech_builtin_lexicon()
speech_lexicon_match|SELECT count(*) FROM speech_lexicon_match(%1$L, ARRAY['act'], ARRAY['c'], ARRAY[1])
speech_lexicon_hits|SELECT count(*) FROM speech_lexicon_hits(%1$L)
speech_lexicon_counts|SELECT count(*) FROM speech_lexicon_counts(%1$L)
speech_lexicon_counts|SELECT (SELECT count(*) FROM speech_lexicon_counts(%1$L, NULL)) + (SELECT count(*) FROM speech_lexicon_hits(%1$L, NULL))
speech_lexicon_check|SELECT speech_lexicon_check(NULL) IS NULL
speech_lexicon_check|SELECT count(*) FROM speech_lexicon_counts(%1$L, 'no_such_category')
speech_diff|SELECT string_agg(op || coalesce(old_pos, 0) || coalesce(new_pos, 0), ',') FROM speech_diff(%1$L, 'More. ' || %1$L)
speech_diff_chars|SELECT string_agg(op || coalesce(old_len, 0) || coalesce(new_len, 0), ',') FROM speech_diff_chars(%1$L, 'x' || %1$L)
speech_keyness|SELECT speech_keyness(3, 7, 10, 9, 'lr') || ' ' || length(%1$L)
speech_keyness_p|SELECT speech_keyness_p(3, 7, 10, 9) || ' ' || length(%1$L)
speech_words|SELECT string_agg(word || ':' || n, ' ') FROM speech_words(%1$L)
speech_ngrams|SELECT string_agg(ngram || ':' || n || '@' || pos, ' ') FROM speech_ngrams(%1$L)
speech_html|SELECT speech_html(%1$L)
speech_diff_html|SELECT speech_diff_html(%1$L, 'More. ' || %1$L)
speech_targets|SELECT count(*) FROM speech_targets(%1$L)
speech_passages|SELECT string_agg(path || ':' || len, ',') FROM speech_passages(%1$L, 20)
speech_positions_clamped|SELECT speech_positions_clamped(to_tsvector('speech_zh', %1$L))
speech_decode|SELECT speech_decode(convert_to(%1$L, 'UTF8'), 'UTF-8') IS NOT NULL
speech_prs_start_exact|SELECT count(*) FROM ts_parse('speech_parser_exact', %1$L)
speech_set_parallel_workers|SELECT speech_set_parallel_workers('speech_lexicon') || ' ' || length(%1$L)
speech_dictionary_version|SELECT speech_dictionary_version() || ' ' || length(%1$L)
speech_lexicon_track|WITH u AS (UPDATE speech_lexicon SET weight = weight + 1 WHERE builtin AND term = (SELECT min(term) FROM speech_lexicon WHERE builtin) RETURNING 1) SELECT count(*) || ' ' || length(%1$L) FROM u
speech_lexicon_removed_apply|WITH i AS (INSERT INTO speech_lexicon_removed (category, term) SELECT category, term FROM speech_lexicon WHERE builtin ORDER BY term DESC LIMIT 1 ON CONFLICT DO NOTHING RETURNING 1) SELECT count(*) || ' ' || length(%1$L) FROM i
EOF
)
english='Ladies and gentlemen. First, we must act. Second, we must act now: 516 people, 6.5% growth.'
chinese='同志们：下面我讲两点意见。一、提高认识。我们必须坚持改革，全年增长6.5%左右，投资516万元。二、狠抓落实。谢谢大家！'

# every call on each text the encoding holds, through try(): 'ok' or the error
check_db() {
	local db=$1 enc=$2 text name q out
	texts=english
	for text in "$english" "$chinese"; do
		# the Chinese text only where the encoding can hold it
		if [ "$text" = "$chinese" ] && ! psql -X -q -d "$db" -Atc "SELECT \$t\$$text\$t\$" >/dev/null 2>&1; then
			continue
		fi
		[ "$text" = "$english" ] || texts="$texts and chinese"
		while IFS='|' read -r name q; do
			out=$(psql -X -q -d "$db" -At -v ON_ERROR_STOP=1 <<SQL 2>&1
SET client_encoding = 'UTF8';
SELECT try(format(\$q\$$q\$q\$, \$t\$$text\$t\$));
SQL
) || true
			case "$out" in
			ok) ;;
			# a term of Latin letters: the function's own message
			'22023 speech term "'*'" contains a character that is not Han') ;;
			# an unknown lexicon category: the error (message, detail, hint valid in the encoding;
			# where the encoding cannot hold the built-in rows, every category is unknown)
			'22023 unknown speech_lexicon category "no_such_category"') ;;
			"0A000 speech cannot analyse text in a database with encoding \"SQL_ASCII\"") [ "$enc" = SQL_ASCII ] || {
				echo "FAIL $enc $name: $out"; status=1; } ;;
			*) echo "FAIL $enc $name: $out" | head -n 3; status=1 ;;
			esac
		done <<<"$calls"
	done
}

# try(q): 'ok' or SQLSTATE and message; the result and the message, detail and
# hint are checked to be valid in the database encoding (convert_to verifies
# them): text handed to PostgreSQL in another encoding is an error here
try_fn='CREATE FUNCTION try(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	r text;
	m text;
	d text;
	h text;
BEGIN
	BEGIN
		EXECUTE q INTO r;
	EXCEPTION WHEN OTHERS THEN
		GET STACKED DIAGNOSTICS m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT;
		PERFORM convert_to(m || coalesce(d, '"''"') || coalesce(h, '"''"'), '"'UTF8'"');
		RETURN SQLSTATE || '"' '"' || m;
	END;
	PERFORM convert_to(coalesce(r, '"''"'), '"'UTF8'"');
	RETURN '"'ok'"';
END $$;'

for enc in UTF8 EUC_CN LATIN1 WIN1252 EUC_KR EUC_JP SQL_ASCII; do
	db=speech_enc_$(tr 'A-Z' 'a-z' <<<"$enc")
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" \
		-c "CREATE DATABASE $db ENCODING '$enc' LOCALE 'C' TEMPLATE template0" >/dev/null
	at_exit "psql -X -q -d postgres -c 'DROP DATABASE IF EXISTS $db' >/dev/null"
	# the update chain, then the full script
	if ! out=$(psql -X -q -d "$db" -v ON_ERROR_STOP=1 2>&1 <<SQL
CREATE EXTENSION speech VERSION '1.0';
ALTER EXTENSION speech UPDATE;
DROP EXTENSION speech;
CREATE EXTENSION speech;
$try_fn
SQL
	); then
		echo "FAIL $enc: install: $out" | head -n 5
		status=1
		continue
	fi
	# every function of the extension is called by the list
	missing=$(psql -X -q -d "$db" -Atc "SELECT p.proname FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid
		WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'speech') AND d.classid = 'pg_proc'::regclass
		ORDER BY 1" | grep -vxF -f <(cut -d'|' -f1 <<<"$calls") || true)
	if [ -n "$missing" ]; then
		echo "FAIL $enc: functions this script does not call: $(paste -sd' ' <<<"$missing")"
		status=1
	fi
	check_db "$db" "$enc"
	echo "$enc: installed, $(wc -l <<<"$calls") calls on the $texts text checked"
done
if [ $status -eq 0 ]; then
	echo "encodings: OK"
fi
exit $status
