"""What the invented sets' build scripts share: the document and statement records and the checked writer."""
import json
import os
import sys

DOCS = []


def doc(id, source, published, text, *statements):
    DOCS.append(dict(id=id, source=source, published=published, text=text.strip('\n'), statements=list(statements)))


def doc_spans(id, source, published, text, *statements):
    """As doc, with a content written 'START|END' resolved to the text's span from the unique START to the next END."""
    text = text.strip('\n')
    for st in statements:
        c = st['content']
        if '|' in c:
            start, end = c.split('|')
            if text.count(start) != 1:
                sys.exit(f'{id}: span start not unique or missing: {start!r}')
            i = text.index(start)
            j = text.find(end, i + len(start))
            if j < 0:
                sys.exit(f'{id}: span end not found: {end!r}')
            st['content'] = text[i:j + len(end)]
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
            if st['content'] not in d['text']:
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
