#!/usr/bin/env bash
# The pages of speech (speech_html and speech_diff_html) in a
# real browser: headless Chromium (Debian's chromium, installed by
# test/deps.sh) loads each page, and the DOM it builds must hold
#   - as many marked elements of each kind as the SQL functions return rows
#     (speech_quantities, speech_quotes, speech_slogans, speech_outline,
#     speech_diagnostics, the directive counts of speech_metrics);
#   - no element the text brought in: a speech full of <script>, <img
#     onerror>, entities and quotes shows them as text;
#   - no horizontal overflow at a desktop width and at 500 px (the narrowest window headless Chromium opens).
# Screenshots of every page at both widths are saved in test/out/pages/
# (not committed: look at them).
. "$(dirname "$0")/lib.sh"
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || skip "chromium not found (test/deps.sh installs Debian's chromium)"
hush_notices
new_speech_db speech_pages
new_work_dir 755
out=$root/test/out/pages
mkdir -p "$out"

# the texts: a hostile one of our own, then corpus documents when present
cat > "$work/hostile.txt" <<'TXT'
<script>alert("x")</script><img src=x onerror=alert(1)>
关于做好2024年工作的报告 & "quotes" 'single' </div></body>
一、总体要求
我们必须坚持“两个确立”，要做好“六稳”工作，投入516万元，增长5.2%。Tom & Jerry's <b>bold</b> &amp; &nbsp; <!-- c --> <iframe src="//evil.example/"></iframe>
二、主要任务
可以鼓励创新，应当确保安全。一条很长很长的没有标点的句子一条很长很长的没有标点的句子一条很长很长的没有标点的句子一条很长很长的没有标点的句子一条很长很长的没有标点的句子一条很长很长的没有标点的句子
AVeryLongUnbrokenLatinWordThatWouldOverflowAnyColumnIfTheStyleSheetDidNotWrapItAnywhereAtAllxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TXT
docs=("$work/hostile.txt")
for f in corpus/seed/000_3f41271ab36d6c34.txt corpus/series/cr_national/20.txt; do
	[ -f "$shared/$f" ] && docs+=("$shared/$f")
done
[ ${#docs[@]} -gt 1 ] || echo "$test_name: ../shared not found: the hostile page only"

# counts the SQL functions give, and the page itself
sql_counts() {
	db_psql -At -F ' ' -v body="$(cat "$1")" <<'SQL'
SELECT (SELECT count(*) FROM speech_quantities(:'body')),
       (SELECT count(*) FROM speech_quotes(:'body')),
       (SELECT count(*) FROM speech_slogans(:'body')),
       (SELECT count(*) FROM speech_outline(:'body')),
       (SELECT count(*) FROM speech_diagnostics(:'body')),
       (SELECT count(*) FROM speech_diagnostics(:'body') WHERE pos IS NOT NULL),
       m.directive_high, m.directive_medium, m.directive_low
FROM speech_metrics(:'body') m;
SQL
}

# the width of the page's content against the window's, measured in the
# browser by a harness page that loads it in a frame
cat > "$work/measure.html" <<'HTML'
<!DOCTYPE html><html><body style="margin:0"><pre id="result">pending</pre>
<iframe id="f" style="width:100vw;height:600px;border:0"></iframe>
<script>
var f = document.getElementById('f');
f.onload = function () {
  var d = f.contentDocument.documentElement;
  document.getElementById('result').textContent =
    'scroll ' + d.scrollWidth + ' client ' + d.clientWidth;
};
f.src = location.hash.slice(1);
</script></body></html>
HTML

chrome() {
	timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
		--allow-file-access-from-files --user-data-dir="$work/profile" --no-first-run \
		--disable-extensions --disable-background-networking "$@" 2>>"$work/chromium.log"
}

fail=0
for f in "${docs[@]}"; do
	name=$(basename "$f" .txt)
	page="$out/$name.html"
	db_psql -At -v body="$(cat "$f")" -o "$page" <<<"SELECT speech_html(:'body')"
	read -r q quo slo sec dia diapos dh dm dl <<<"$(sql_counts "$f")"
	chrome --dump-dom "file://$page" > "$work/$name.dom"
	got=$(python3 - "$work/$name.dom" <<'PY'
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
art = dom[dom.find('<article'):dom.find('</article>')]
def n(cls):
    return len(re.findall(r'<mark class="sp-m %s" data-id=' % cls, art))
print(n("sp-quantity"), n("sp-quote"), n("sp-slogan"),
      len(re.findall(r'<span class="sp-heading sp-lvl-\d+" id="s-', art)),
      len(re.findall(r'<li class="sp-diag-item"', dom)),
      len(re.findall(r'<a class="sp-diag" id="dref-', art)),
      n("sp-directive-high"), n("sp-directive-medium"), n("sp-directive-low"),
      len(re.findall(r'<(script|img|iframe|b|div|body)[\s>]', art)))
PY
)
	want="$q $quo $slo $sec $dia $diapos $dh $dm $dl 0"
	echo "$name: DOM quantities quotes slogans sections diagnostics (placed) directives h/m/l foreign-elements: $got"
	if [ "$got" != "$want" ]; then
		echo "$name: FAIL: the SQL functions give $want"
		fail=1
	fi
	if [ "$name" = hostile ]; then
		grep -q '&lt;script&gt;alert' "$work/$name.dom" || { echo "$name: FAIL: <script> is not shown as text"; fail=1; }
		grep -q '&lt;img src=x onerror=alert(1)&gt;' "$work/$name.dom" || { echo "$name: FAIL: <img> is not shown as text"; fail=1; }
	fi
	for w in 1280 500; do
		chrome --window-size=$w,1400 --screenshot="$out/$name-$w.png" "file://$page" >/dev/null
		m=$(chrome --window-size=$w,900 --virtual-time-budget=5000 --dump-dom "file://$work/measure.html#file://$page" |
			sed -n 's/.*<pre id="result">\([^<]*\)<\/pre>.*/\1/p')
		read -r _ sw _ cw <<<"$m"
		if [ -z "${sw:-}" ] || [ "$sw" -gt "$cw" ]; then
			echo "$name: FAIL at width $w: content wider than the window ($m)"
			fail=1
		else
			echo "$name: width $w: $m (no overflow)"
		fi
	done
done
# the page of a diff: the 19th against the 20th congress report, or two
# versions of the hostile text without the corpus
if [ -f "$shared/corpus/series/cr_national/19.txt" ]; then
	old_f=$shared/corpus/series/cr_national/19.txt new_f=$shared/corpus/series/cr_national/20.txt
else
	old_f=$work/hostile.txt new_f=$work/hostile2.txt
	sed -e 's/二、主要任务/三、主要任务/' -e 's/516万元/600万元/' "$old_f" > "$new_f"
fi
page=$out/diff.html
db_psql -At -v old="$(cat "$old_f")" -v new="$(cat "$new_f")" -o "$page" <<<"SELECT speech_diff_html(:'old', :'new')"
want=$(db_psql -At -F ' ' -v old="$(cat "$old_f")" -v new="$(cat "$new_f")" <<'SQL'
SELECT count(*) FILTER (WHERE op = 'same'), count(*) FILTER (WHERE op = 'changed'),
       count(*) FILTER (WHERE op = 'added'), count(*) FILTER (WHERE op = 'removed'),
       count(*) FILTER (WHERE op = 'moved')
FROM speech_diff(:'old', :'new');
SQL
)
chrome --dump-dom "file://$page" > "$work/diff.dom"
got=$(python3 - "$work/diff.dom" <<'PY'
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
print(*[len(re.findall(r'<tr class="sp-op-%s" data-op="%s" id="r-' % (op, op), dom))
        for op in ("same", "changed", "added", "removed", "moved")])
PY
)
echo "diff: DOM rows same changed added removed moved: $got"
[ "$got" = "$want" ] || { echo "diff: FAIL: speech_diff gives $want"; fail=1; }
for w in 1280 500; do
	chrome --window-size=$w,1400 --screenshot="$out/diff-$w.png" "file://$page" >/dev/null
	m=$(chrome --window-size=$w,900 --virtual-time-budget=5000 --dump-dom "file://$work/measure.html#file://$page" |
		sed -n 's/.*<pre id="result">\([^<]*\)<\/pre>.*/\1/p')
	read -r _ sw _ cw <<<"$m"
	if [ -z "${sw:-}" ] || [ "$sw" -gt "$cw" ]; then
		echo "diff: FAIL at width $w: content wider than the window ($m)"
		fail=1
	else
		echo "diff: width $w: $m (no overflow)"
	fi
done
echo "$test_name: screenshots in test/out/pages/"
[ $fail -eq 0 ] || { tail -n 5 "$work/chromium.log"; exit 1; }
echo "$test_name: OK"
