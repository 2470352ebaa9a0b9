package io.claimtrack.ingest.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * "The guest said that ...", "The visitor noted": in a readout whose lede has its host receive or meet one person named
 * in full ("The Minister received Foreign Minister of Taskelia Ivo Marrant, who is on a working visit"), the guest is
 * that person. Found once per document; part of {@link ResolutionStage}.
 */
final class ReadoutGuest {

    static final ReadoutGuest NONE = new ReadoutGuest(null);

    /** Verbs by which a host has a guest: the first person named after one in the lede is the guest. */
    private static final Set<String> HOSTED = WordSet.of("received", "receives", "met", "meets", "welcomed", "welcomes", "hosted",
            "hosts", "with");
    /** "The guest", "the high-ranking guest", "The visitor": one guest, with at most one word of praise before it. */
    private static final Pattern GUEST = Pattern.compile("(?i)the (?:[\\p{L}-]+ )?(?:guest|visitor)");

    /** The guest as the text names him in full; null when the lede names none. */
    private final String guest;

    private ReadoutGuest(String guest) {
        this.guest = guest;
    }

    /** The guest: the first person named in full after a verb of hosting in the {@link AnnotatedDocument#lede lede}. */
    static ReadoutGuest of(AnnotatedDocument doc, NameIndex names) {
        Sentence lede = doc.lede();
        if (lede == null) {
            return NONE;
        }
        int hosted = -1;
        for (int k = lede.firstToken(); k < lede.endToken() && hosted < 0; k++) {
            hosted = HOSTED.contains(doc.tokens.get(k).lower()) ? doc.tokens.get(k).end() : -1;
        }
        if (hosted < 0) {
            return NONE;
        }
        for (int j = Name.lastBefore(doc.names, hosted) + 1; j < doc.names.size() && doc.names.get(j).offset() < lede.end(); j++) {
            Name n = doc.names.get(j);
            if (n.kind() == SpeakerKind.PERSON && n.words().size() > 1) {
                return new ReadoutGuest(names.expand(n.text(), SpeakerKind.PERSON, n.offset()));
            }
        }
        return NONE;
    }

    /** The guest, for a statement whose speaker the text calls "the guest"; else null. */
    String speakerFor(Attribution a) {
        return guest == null || a.mention == null || a.antecedent != null || !GUEST.matcher(a.mention.text()).matches() ? null : guest;
    }
}
