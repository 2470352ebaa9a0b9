package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * A readout of a day's calls, its lede naming the one person who made them ("President Ola Brenvik held telephone
 * conversations with the leaders of three countries"), each call under a heading of its own that names the one called
 * ("2. Call with Chancellor of Ostrevia Lena Marquardt-Obi"): "The two leaders", "The leaders" in a section are the
 * lede's person and that section's. Any other heading ends the section. Part of {@link JointSides}.
 */
final class CallSections {

    static final CallSections NONE = new CallSections(new TreeMap<>());
    /** What the lede says were made: "held telephone conversations with", "had calls with". */
    private static final Set<String> CALLS = WordSet.of("conversations", "calls", "talks", "meetings");

    /** Each heading's start: the pair of its section, or "" for a heading that names no call. */
    private final NavigableMap<Integer, String> pairs;

    private CallSections(NavigableMap<Integer, String> pairs) {
        this.pairs = pairs;
    }

    /**
     * The sections after the lede {@code opening}, whose one person {@code host} made the calls; none when the lede
     * tells of no calls or no heading names one.
     */
    static CallSections of(AnnotatedDocument doc, NameIndex names, Sentence opening, String host) {
        if (!calls(doc, opening)) {
            return NONE;
        }
        TreeMap<Integer, String> pairs = new TreeMap<>();
        boolean any = false;
        for (Sentence s : doc.sentences) {
            Block b = doc.block(s.block());
            if (s.start() <= opening.start() || b.kind() != Block.Kind.HEADLINE) {
                continue;
            }
            List<Name> people = new ArrayList<>();
            List<String> full = new ArrayList<>();
            if (Meetings.meetingWord(doc, s)) {
                Meetings.people(doc, s, names, people, full);
            }
            boolean call = full.size() == 1 && !full.get(0).equals(host);
            // "1." may be a sentence of its own before the heading's words.
            pairs.merge(b.start(), call ? host + " and " + full.get(0) : "", (before, now) -> before.isEmpty() ? now : before);
            any |= call;
        }
        return any ? new CallSections(pairs) : NONE;
    }

    /** The pair of the section the offset stands in, or null. */
    String at(int offset) {
        Map.Entry<Integer, String> heading = pairs.floorEntry(offset);
        return heading == null || heading.getValue().isEmpty() ? null : heading.getValue();
    }

    private static boolean calls(AnnotatedDocument doc, Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (CALLS.contains(doc.tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
