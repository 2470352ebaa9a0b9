"""What the invented sets' build scripts share: the document and statement records and the checked writer."""
import json
import os
import re
import sys

DOCS = []
TAGS = {}


def doc(id, source, published, text, *statements):
    DOCS.append(dict(id=id, source=source, published=published, text=text.strip('\n'), statements=list(statements)))


def _span(id, text, part, frm):
    """(start, end) of a literal part or a 'START|END' part; a first part's START must be unique in the text."""
    start, end = part.split('|') if '|' in part else (part, '')
    if frm == 0 and text.count(start) != 1:
        sys.exit(f'{id}: span start not unique or missing: {start!r}')
    i = text.find(start, frm)
    if i < 0:
        sys.exit(f'{id}: span start not found: {start!r}')
    if not end:
        return i, i + len(start)
    j = text.find(end, i + len(start))
    if j < 0:
        sys.exit(f'{id}: span end not found: {end!r}')
    return i, j + len(end)


def doc_spans(id, source, published, text, *statements):
    """As doc, with a content written 'START|END' resolved to the text's span from the unique START to the next END,
    and a content written as a list of such parts (a content its cue interrupts: "The data, she said, arrived ...")
    joined by spaces, with each part's span in content_spans (as PolNeAR's gold gives a discontinuous content). A first
    part too short to be unique ("The mayor") is looked for from the statement's 'anchor', a unique text before it."""
    text = text.strip('\n')
    for st in statements:
        c = st['content']
        anchor = st.pop('anchor', None)
        if isinstance(c, (list, tuple)):
            spans, frm = [], 0
            if anchor is not None:
                if text.count(anchor) != 1:
                    sys.exit(f'{id}: anchor not unique or missing: {anchor!r}')
                frm = text.find(anchor)
            for part in c:
                a, b = _span(id, text, part, frm)
                spans.append([a, b])
                frm = b
            st['content'] = ' '.join(text[a:b] for a, b in spans)
            st['content_spans'] = spans
        elif '|' in c:
            i, j = _span(id, text, c, 0)
            st['content'] = text[i:j]
    doc(id, source, published, text, *statements)


def s(speaker, mention, content, cue, type='indirect', role='', region='main', **extra):
    out = dict(speaker=speaker, speaker_mention=mention, role=role, content=content, cue=cue, type=type, region=region)
    out.update(extra)
    return out


def write(name, per_document=False):
    """Checks every content and mention is in its text, then writes src/test/resources/eval/NAME."""
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'test', 'resources', 'eval', name)
    bad = 0
    for d in DOCS:
        for st in d['statements']:
            parts = st.get('content_spans') or []
            if len(parts) > 1 and st['content'] == ' '.join(d['text'][a:b] for a, b in parts):
                pass
            elif st['content'] not in d['text']:
                print(f"{d['id']}: content not in text: {st['content']!r}", file=sys.stderr)
                bad += 1
            if st['speaker_mention'] and st['speaker_mention'] not in d['text']:
                print(f"{d['id']}: mention not in text: {st['speaker_mention']!r}", file=sys.stderr)
                bad += 1
    if bad:
        sys.exit(1)
    with open(out, 'w', encoding='utf-8') as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    words = sum(len(d['text'].split()) for d in DOCS)
    n = sum(len(d['statements']) for d in DOCS)
    print(f'{len(DOCS)} documents, {words} words, {n} statements -> {os.path.normpath(out)}')
    if per_document:
        for d in DOCS:
            print(f"  {d['id']}: {len(d['text'].split())} words, {len(d['statements'])} statements")


def p(tag, statement):
    """A statement a paraphrase is about, under its tag (phenomenon letter and paraphrase number)."""
    TAGS[tag] = statement
    return statement


def _words(text):
    return {w for w in re.findall(r"[a-z0-9]+", (text or '').lower()) if len(w) > 2 and w not in {'the', 'and'}}


def table(predictions):
    """Each tagged paraphrase: held when a predicted statement of its document overlaps its content and has a canonical
    speaker sharing a word with the gold's (the scorer's resolved test), else what was predicted."""
    preds = {}
    with open(predictions, encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            preds[d['id']] = d.get('statements', [])
    docs = {id(st): d for d in DOCS for st in d['statements']}
    held = 0
    for tag in sorted(TAGS):
        st = TAGS[tag]
        d = docs[id(st)]
        gold = _words(st['content'])
        best = max(preds.get(d['id'], []), key=lambda q: len(gold & _words(q.get('content'))), default=None)
        found = best is not None and len(gold & _words(best.get('content'))) * 2 >= len(gold)
        ok = found and bool(_words(st['speaker']) & _words(best.get('speaker')))
        held += ok
        got = 'no statement' if not found else repr(best.get('speaker'))
        print(f"{tag:3} {'held' if ok else 'FAILED':6} {st['speaker_mention']!r:45} -> {got}")
    print(f'{held} of {len(TAGS)} paraphrases held')
