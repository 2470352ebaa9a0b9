package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The opposition delegation, led by former Speaker Rufus Amadi, rejected the draft"; "The delegation of the Green
 * Valley League (GVL), headed by its secretary general Ottilie Brann, said" (its initials in brackets): a delegation set off with the one person who
 * leads it speaks as that person (round 39: "The X delegation" is its head); so do a document's authors ("The study's
 * authors, led by Dr. Ines Varga, cautioned"), whom the text names only through their leader. Found once per document;
 * part of {@link ResolutionStage}.
 */
final class DelegationHeads {

    /** A delegation's words (group 1) and its aside: the head's title and name up to the aside's comma (group 2). */
    private static final Pattern LED = Pattern.compile("(\\b(?:[Dd]elegation(?: of [^,.;:()]{1," + ResolutionWindows.DELEGATION_HEAD_CHARS
            + "})?|authors))(?: \\(\\p{Lu}{2,8}\\))?, (?:led|headed) by ([^,.;:()]{1," + ResolutionWindows.DELEGATION_HEAD_CHARS + "}),");
    /** A delegation or authors mention: "The opposition delegation", "the delegation of the League", "The report's authors". */
    private static final Pattern MENTION = Pattern.compile("(?i)the (?:[\\p{L}'’-]+ ){0,4}(?:delegation(?: of .+)?|authors)");

    /** The head's canonical name by the offset where its delegation's mention ends, before the aside's comma. */
    private final Map<Integer, String> headByEnd;

    private DelegationHeads(Map<Integer, String> headByEnd) {
        this.headByEnd = headByEnd;
    }

    static DelegationHeads of(AnnotatedDocument doc, NameIndex names) {
        Map<Integer, String> heads = new HashMap<>();
        if (doc.text.indexOf("elegation") < 0 && doc.text.indexOf("authors,") < 0) {
            return new DelegationHeads(heads);
        }
        Matcher m = LED.matcher(doc.text);
        while (m.find()) {
            // The one person named in the aside, or none when it names two; the names are in text order.
            Name head = null;
            int people = 0;
            for (int k = Sorted.firstAtLeast(doc.names, Name::offset, m.start(2)); k < doc.names.size() && doc.names.get(k).offset() < m.end(2); k++) {
                Name n = doc.names.get(k);
                if (n.kind() == SpeakerKind.PERSON) {
                    head = n;
                    people++;
                }
            }
            if (people == 1) {
                heads.put(m.end(1), names.expandIfUnique(head.text(), head.offset()));
            }
        }
        return new DelegationHeads(heads);
    }

    /** The head of the delegation the statement's mention names with its aside right after it; null if none. */
    String speakerFor(Attribution a) {
        if (headByEnd.isEmpty() || a.mention == null || !MENTION.matcher(a.mention.text()).matches()) {
            return null;
        }
        return headByEnd.get(a.mention.end());
    }
}
