package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "A has agreed to be bought by B for $640 million, the two companies announced": a merger story's "the two companies"
 * (or "both firms", "the two banks") are the two bodies its sentence names before it, and speak as "A and B" in the
 * order named, as the settled convention gives a group whose members the text names; part of {@link ResolutionStage}.
 */
final class TwoBodies {

    /** "The two companies", "both firms", "the two banks": a pair of businesses, nothing after it. */
    private static final Pattern PAIR = Pattern.compile("(?i)(?:both(?: the)?|the two) (?:companies|firms|banks|lenders|"
            + "insurers|retailers|chains|carriers|airlines|carmakers|automakers|groups|businesses)");

    private TwoBodies() {
    }

    /** "A and B" for a statement of such a pair; null when its sentence (or the one before, in its paragraph) names no two bodies. */
    static String speakerFor(AnnotatedDocument doc, Lexicon lexicon, BodyDescriptions bodies, Attribution a) {
        Mention m = a.mention;
        if (m == null || m.hasName() || !PAIR.matcher(m.text()).matches()) {
            return null;
        }
        Sentence own = doc.sentenceAt(m.start());
        if (own == null) {
            return null;
        }
        int i = doc.sentenceAtOrAfter(own.start());
        Sentence before = i > 0 && doc.sentences.get(i - 1).block() == own.block() ? doc.sentences.get(i - 1) : null;
        String pair = pairIn(doc, lexicon, bodies, own.start(), m.start());
        return pair != null || before == null ? pair : pairIn(doc, lexicon, bodies, before.start(), before.end());
    }

    /**
     * The two bodies named between {@code from} and {@code to}, joined by "and"; null unless exactly two. A business the
     * text introduces with a word for one ("Marrow Markets, the grocery chain,") is a body however its name was read.
     */
    private static String pairIn(AnnotatedDocument doc, Lexicon lexicon, BodyDescriptions bodies, int from, int to) {
        List<String> named = new ArrayList<>();
        for (int j = Name.lastBefore(doc.names, from) + 1; j < doc.names.size() && doc.names.get(j).offset() < to; j++) {
            Name n = doc.names.get(j);
            if (n.kind() != SpeakerKind.ORGANIZATION && !bodies.isBusiness(n) || lexicon.isPlace(n.text())) {
                continue;
            }
            String text = n.text();
            // The same body named again, shorter ("Greenbough"), is no second one.
            if (named.stream().noneMatch(b -> b.startsWith(text) || text.startsWith(b))) {
                named.add(text);
            }
        }
        return named.size() == 2 ? named.get(0) + " and " + named.get(1) : null;
    }
}
