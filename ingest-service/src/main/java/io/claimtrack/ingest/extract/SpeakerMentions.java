package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A document's statements by where their speaker's mention stands, built once, so a rule asking which statement's
 * speaker holds a given word reads the few mentions around it instead of every statement of the document.
 */
final class SpeakerMentions {

    private final List<Attribution> byStart = new ArrayList<>();
    private int longest;

    SpeakerMentions(AnnotatedDocument doc) {
        for (Attribution a : doc.attributions) {
            if (a.mention != null) {
                byStart.add(a);
                longest = Math.max(longest, a.mention.end() - a.mention.start());
            }
        }
        byStart.sort(Comparator.comparingInt(a -> a.mention.start()));
    }

    /**
     * The first statement (in text order of its speaker's mention) whose mention starts in [from, to), whose
     * content lies in a block up to {@code lastBlock} and whose speaker may be a person: a group or body left
     * unnamed ("officials in Ostrava", "the board") is passed over; null if none.
     */
    Attribution firstPersonFrom(int from, int to, int lastBlock) {
        for (int j = Sorted.firstAtLeast(byStart, a -> a.mention.start(), from); j < byStart.size()
                && byStart.get(j).mention.start() < to; j++) {
            Mention m = byStart.get(j).mention;
            if (byStart.get(j).block <= lastBlock && (m.hasName() || m.kind() == SpeakerKind.PERSON)) {
                return byStart.get(j);
            }
        }
        return null;
    }

    /** The statements whose speaker's mention holds this offset. */
    List<Attribution> holding(int offset) {
        int after = Sorted.firstAtLeast(byStart, a -> a.mention.start(), offset + 1);
        List<Attribution> found = new ArrayList<>();
        for (int j = after - 1; j >= 0 && offset - byStart.get(j).mention.start() < longest; j--) {
            if (offset < byStart.get(j).mention.end()) {
                found.add(byStart.get(j));
            }
        }
        return found;
    }
}
