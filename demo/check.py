#!/usr/bin/env python3
"""Self-check for the Newsroom demo corpus (stdlib only).

Parses every feed listed in demo.opml (honouring each file's declared
encoding), cross-checks labels.json and references/leads.json, and prints
totals.  Exit status 0 when every check passes, 1 otherwise.

    python3 demo/check.py
"""
import collections
import datetime as dt
import email.utils
import html
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rss1": "http://purl.org/rss/1.0/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "content": "http://purl.org/rss/1.0/modules/content/",
}
START = dt.datetime(2026, 11, 16, tzinfo=dt.timezone.utc) - dt.timedelta(hours=9)  # 16 Nov, earliest offset
END = dt.datetime(2026, 11, 25, tzinfo=dt.timezone.utc) + dt.timedelta(hours=5)   # 24 Nov, latest offset
# Pairs of events that share people/organisations but must stay apart.
LOOKALIKES = [
    ("nuri-budget-hearing", "garam-bridge-opening"),        # same governor, Seo Ji-an
    ("athletic-rovers-league", "athletic-kestrel-cup-semi"),  # same club, same scorer
    ("nuri-chip-launch", "nuri-gaon-merger-announced"),     # same company and CEO
    ("aurenna-quake", "bayline-cannery-closure"),           # same town, Kestrel Bay
]

errors = []


def fail(msg):
    errors.append(msg)


# ---------------------------------------------------------------- parsing

def declared_encoding(raw):
    m = re.match(rb'^\s*<\?xml[^>]*encoding=["\']([A-Za-z0-9_.:-]+)["\']', raw)
    return m.group(1).decode("ascii") if m else "UTF-8"


def parse_xml(path):
    """Decode with the declared encoding (strictly), then parse.

    Python's expat refuses multi-byte encodings such as EUC-KR and Shift_JIS
    ("multi-byte encodings are not supported"), so the text is decoded here
    and handed to the parser as UTF-8.
    """
    raw = open(path, "rb").read()
    enc = declared_encoding(raw)
    text = raw.decode(enc, errors="strict")
    text = re.sub(r'^\s*<\?xml[^>]*\?>', '<?xml version="1.0" encoding="UTF-8"?>', text, count=1)
    return enc, ET.fromstring(text.encode("utf-8"))


def paragraphs(body_html):
    paras = re.findall(r"<p>(.*?)</p>", body_html, flags=re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in paras]


def text(el, path):
    found = el.find(path, NS)
    return (found.text or "").strip() if found is not None else ""


def item(url, title, date, author, summary, body_html, extra=None):
    d = {"url": url, "title": title, "date": date, "author": author,
         "summary": summary, "paras": paragraphs(body_html)}
    d.update(extra or {})
    return d


def parse_rfc822(s):
    t = email.utils.parsedate_to_datetime(s)
    if t.tzinfo is None:
        raise ValueError("no zone in " + s)
    return t


def parse_iso(s):
    t = dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    if t.tzinfo is None:
        raise ValueError("no zone in " + s)
    return t


def parse_feed(path):
    if path.endswith(".json"):
        raw = open(path, "rb").read()
        feed = json.loads(raw.decode("utf-8"))
        if feed.get("version") != "https://jsonfeed.org/version/1.1":
            fail(f"{path}: not JSON Feed 1.1")
        items = []
        for it in feed["items"]:
            for key in ("id", "url", "title", "date_published", "authors", "summary", "content_html"):
                if not it.get(key):
                    fail(f"{path}: item {it.get('id')} lacks {key}")
            items.append(item(it["url"], it["title"], parse_iso(it["date_published"]),
                              it["authors"][0]["name"], it["summary"], it["content_html"]))
        return "json", "UTF-8", feed.get("language"), items

    enc, root = parse_xml(path)
    items = []
    if root.tag == "rss":
        ch = root.find("channel")
        lang = text(ch, "language")
        if text(ch, "ttl") != "60":
            fail(f"{path}: channel ttl is not 60")
        for it in ch.findall("item"):
            guid = it.find("guid")
            if guid is None or guid.get("isPermaLink") != "false":
                fail(f"{path}: item without guid isPermaLink=false")
            items.append(item(text(it, "link"), text(it, "title"), parse_rfc822(text(it, "pubDate")),
                              text(it, "dc:creator"), text(it, "description"), text(it, "content:encoded")))
        return "rss", enc, lang, items
    if root.tag == "{%s}feed" % NS["atom"]:
        lang = root.get("{http://www.w3.org/XML/1998/namespace}lang")
        for e in root.findall("atom:entry", NS):
            link = e.find("atom:link[@rel='alternate']", NS)
            content = e.find("atom:content", NS)
            if content is None or content.get("type") != "html":
                fail(f"{path}: entry without content type=html")
            for key in ("atom:id", "atom:updated", "atom:summary"):
                if not text(e, key):
                    fail(f"{path}: entry lacks {key}")
            items.append(item(link.get("href"), text(e, "atom:title"), parse_iso(text(e, "atom:published")),
                              text(e, "atom:author/atom:name"), text(e, "atom:summary"), content.text or ""))
        return "atom", enc, lang, items
    if root.tag == "{%s}RDF" % NS["rdf"]:
        ch = root.find("rss1:channel", NS)
        lang = text(ch, "dc:language")
        for it in root.findall("rss1:item", NS):
            about = it.get("{%s}about" % NS["rdf"])
            link = text(it, "rss1:link")
            if about != link:
                fail(f"{path}: rdf:about {about} differs from link {link}")
            items.append(item(link, text(it, "rss1:title"), parse_iso(text(it, "dc:date")),
                              text(it, "dc:creator"), text(it, "rss1:description"), text(it, "content:encoded")))
        seq = [li.get("{%s}resource" % NS["rdf"]) for li in ch.findall("rss1:items/rdf:Seq/rdf:li", NS)]
        if seq != [i["url"] for i in items]:
            fail(f"{path}: rdf:Seq does not list the items in order")
        return "rdf", enc, lang, items
    fail(f"{path}: unknown root element {root.tag}")
    return "?", enc, None, []


# ------------------------------------------------------- sentence counting

def sentences(p, lang):
    if lang == "ja":
        n = len(re.findall(r"。", p))
        return n + (0 if p.endswith(("。", "」", "）")) else 1)
    if lang == "ko":
        return len(re.findall(r"[다요까][.?!][\"'”’]?(?=\s|$)", p)) or 1
    # English: full stops followed by a capital, ignoring common abbreviations.
    q = re.sub(r"\b(a\.m|p\.m|Mr|Ms|Dr|St|Nov|Jan|Dec|No)\.", "X", p)
    return len(re.findall(r"[.?!][\"'”’]?(?=\s+[\"“‘]?[A-Z0-9]|$)", q)) or 1


# -------------------------------------------------------------------- main

def main():
    opml_path = os.path.join(HERE, "demo.opml")
    opml = ET.parse(opml_path).getroot()
    outlines = opml.findall(".//outline[@type='rss']")
    feeds = {}
    for o in outlines:
        rel = o.get("xmlUrl")
        if rel.startswith(("http:", "https:", "/")):
            fail(f"opml: xmlUrl {rel} is not relative")
        path = os.path.join(HERE, rel)
        if not os.path.exists(path):
            fail(f"opml: {rel} missing")
            continue
        if not o.get("htmlUrl", "").startswith("https://www.") or ".example/" not in o.get("htmlUrl", ""):
            fail(f"opml: htmlUrl of {rel} is not an .example site")
        feeds[os.path.basename(rel)] = (path, o.get("language"), o.get("text"))
    on_disk = set(os.listdir(os.path.join(HERE, "feeds")))
    if on_disk != set(feeds):
        fail(f"opml lists {sorted(feeds)} but feeds/ holds {sorted(on_disk)}")

    all_items = []
    formats = collections.Counter()
    encodings = collections.Counter()
    for name, (path, opml_lang, title) in sorted(feeds.items()):
        fmt, enc, lang, items = parse_feed(path)
        formats[fmt] += 1
        encodings[enc.upper().replace("-", "_")] += 1
        if lang != opml_lang:
            fail(f"{name}: feed language {lang} != opml language {opml_lang}")
        for it in items:
            it["outlet"] = name
            it["lang"] = lang
            it["format"] = fmt
            it["encoding"] = enc
            all_items.append(it)
        print(f"  {name:28} {fmt:5} {enc:10} {lang}  {len(items):3} items  ({title})")

    # per-item sanity
    urls = collections.Counter(i["url"] for i in all_items)
    for u, n in urls.items():
        if n > 1:
            fail(f"url used by {n} items: {u}")
    for it in all_items:
        tag = f"{it['outlet']} {it['url']}"
        if not re.match(r"^https://www\.[a-z0-9-]+\.example/", it["url"]):
            fail(f"{tag}: url is not on an .example domain")
        for key in ("title", "author", "summary"):
            if not it[key]:
                fail(f"{tag}: empty {key}")
        if not (START <= it["date"] <= END):
            fail(f"{tag}: date {it['date']} outside 2026-11-16..2026-11-24")
        off = it["date"].utcoffset()
        want = {"ko": [dt.timedelta(hours=9)], "ja": [dt.timedelta(hours=9)],
                "en": [dt.timedelta(0), dt.timedelta(hours=-5)]}[it["lang"]]
        if off not in want:
            fail(f"{tag}: unexpected UTC offset {off} for {it['lang']}")
        if not 4 <= len(it["paras"]) <= 7:
            fail(f"{tag}: {len(it['paras'])} paragraphs (want 4-7)")
        for p in it["paras"]:
            n = sentences(p, it["lang"])
            if not 1 <= n <= 3:
                fail(f"{tag}: paragraph with {n} sentences: {p[:60]}...")

    # labels
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    by_url = {i["url"]: i for i in all_items}
    seen = collections.Counter(l["url"] for l in labels)
    for u in by_url:
        if seen[u] != 1:
            fail(f"item {u} has {seen[u]} labels")
    event_threads = collections.defaultdict(set)
    for l in labels:
        keys = set(l) - {"url", "outlet", "lang", "event", "thread", "wire"}
        if keys:
            fail(f"label {l['url']}: unexpected keys {keys}")
        it = by_url.get(l["url"])
        if it is None:
            fail(f"label without item: {l['url']}")
            continue
        if l["outlet"] != it["outlet"]:
            fail(f"label {l['url']}: outlet {l['outlet']} but item is in {it['outlet']}")
        if l["lang"] != it["lang"]:
            fail(f"label {l['url']}: lang {l['lang']} but feed language is {it['lang']}")
        it["event"], it["thread"], it["wire"] = l["event"], l["thread"], l.get("wire")
        event_threads[l["event"]].add(l["thread"])
    for ev, ths in event_threads.items():
        if len(ths) != 1:
            fail(f"event {ev} is in several threads: {sorted(ths)}")
    thread_events = collections.defaultdict(set)
    for ev, ths in event_threads.items():
        thread_events[next(iter(ths))].add(ev)
    for th, evs in thread_events.items():
        if len(evs) == 1 and th not in evs:
            fail(f"standalone event {next(iter(evs))} has thread id {th} (want the event id)")

    labelled = [i for i in all_items if "event" in i]
    lang_count = collections.Counter(i["lang"] for i in labelled)
    outlet_count = collections.Counter(i["outlet"] for i in labelled)
    event_items = collections.defaultdict(list)
    for i in labelled:
        event_items[i["event"]].append(i)

    # wire copies
    wires = collections.defaultdict(list)
    for i in labelled:
        if i["wire"]:
            wires[i["wire"]].append(i)
    if not wires:
        fail("no wire copy labelled")
    for wid, its in wires.items():
        if len(its) < 2:
            fail(f"wire {wid}: only {len(its)} copy")
        if len({i["outlet"] for i in its}) != len(its):
            fail(f"wire {wid}: copies not in distinct outlets")
        if len({i["event"] for i in its}) != 1:
            fail(f"wire {wid}: copies labelled with different events")
        if any(i["paras"] != its[0]["paras"] for i in its):
            fail(f"wire {wid}: body paragraphs differ")

    # corpus shape
    multi_lang = [ev for ev, its in event_items.items()
                  if all(sum(1 for i in its if i["lang"] == lg) >= 2 for lg in ("ko", "en", "ja"))]
    threads3 = [th for th, evs in thread_events.items() if len(evs) >= 3]
    multi_outlet = [ev for ev, its in event_items.items() if len({i["outlet"] for i in its}) >= 2]
    for a, b in LOOKALIKES:
        if a not in event_items or b not in event_items:
            fail(f"look-alike pair {a}/{b} missing")
        elif next(iter(event_threads[a])) == next(iter(event_threads[b])):
            fail(f"look-alike pair {a}/{b} share a thread")
    wants = [
        (len(labelled) >= 66, f"at least 66 reports (have {len(labelled)})"),
        (all(lang_count[lg] >= 18 for lg in ("ko", "en", "ja")), f"18+ reports per language {dict(lang_count)}"),
        (len(feeds) >= 7, f"7+ outlets (have {len(feeds)})"),
        (len(event_items) >= 14, f"14+ events (have {len(event_items)})"),
        (len(threads3) >= 3, f"3+ threads of 3+ events (have {threads3})"),
        (bool(multi_lang), "an event with 2+ reports in each of ko, en, ja"),
        (formats["rss"] >= 2 and formats["atom"] >= 1 and formats["json"] >= 1 and formats["rdf"] >= 1,
         f"feed format mix {dict(formats)}"),
        (encodings["EUC_KR"] == 1 and encodings["SHIFT_JIS"] == 1, f"one EUC-KR and one Shift_JIS feed {dict(encodings)}"),
    ]
    for ok, what in wants:
        if not ok:
            fail("corpus: want " + what)
    ej = [f for f, (p, lg, t) in feeds.items() if declared_encoding(open(p, "rb").read()).upper() in ("EUC-KR", "SHIFT_JIS")]
    for f in ej:
        lg = feeds[f][1]
        enc = declared_encoding(open(feeds[f][0], "rb").read()).upper()
        if (enc, lg) not in (("EUC-KR", "ko"), ("SHIFT_JIS", "ja")):
            fail(f"{f}: encoding {enc} for language {lg}")

    # reference leads
    leads = json.load(open(os.path.join(HERE, "references", "leads.json"), encoding="utf-8"))
    lead_events = collections.Counter(l["event"] for l in leads)
    for l in leads:
        if l["event"] not in event_items:
            fail(f"lead for unknown event {l['event']}")
            continue
        if l["lang"] not in {i["lang"] for i in event_items[l["event"]]}:
            fail(f"lead for {l['event']} in {l['lang']}, a language the event is not reported in")
        n = sentences(l["lead"], l["lang"])
        if not 2 <= n <= 3:
            fail(f"lead for {l['event']} has {n} sentences")
    for ev, n in lead_events.items():
        if n > 1:
            fail(f"{n} leads for {ev}")
    if len(lead_events) < 30:
        fail(f"leads cover {len(lead_events)} events (want 30+)")

    # totals
    print()
    print(f"reports: {len(labelled)}  ({', '.join(f'{k} {v}' for k, v in sorted(lang_count.items()))})")
    print(f"outlets: {len(outlet_count)}  ({', '.join(f'{k} {v}' for k, v in sorted(outlet_count.items()))})")
    print(f"events: {len(event_items)}  threads: {len(thread_events)}  "
          f"(multi-event threads: {', '.join(f'{t} {len(e)}' for t, e in sorted(thread_events.items()) if len(e) > 1)})")
    print(f"events reported by 2+ outlets: {len(multi_outlet)}; trilingual (2+ per language): {', '.join(multi_lang)}")
    wire_desc = "; ".join("%s x%d (%s)" % (w, len(i), ", ".join(x["outlet"] for x in i)) for w, i in wires.items())
    print(f"wire copies: {wire_desc}")
    print(f"feed formats: {dict(formats)}  encodings: {dict(encodings)}")
    print(f"reference leads: {len(lead_events)} events")
    print("reports per event:")
    for ev in sorted(event_items, key=lambda e: (next(iter(event_threads[e])), min(i['date'] for i in event_items[e]))):
        its = event_items[ev]
        langs = collections.Counter(i["lang"] for i in its)
        print(f"  {next(iter(event_threads[ev])):26} {ev:28} {len(its)}  "
              + " ".join(f"{k}:{v}" for k, v in sorted(langs.items())))
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
