package io.claimtrack.ingest.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * "The guest said that ...", "The visitor noted": in a readout whose lede has its host receive or meet one person named
 * in full ("The Minister received Foreign Minister of Taskelia Ivo Marrant, who is on a working visit"), the guest is
 * that person, and "the host" the person named in full before the verb. A state's formal name ("a delegation of the
 * Kingdom of Vessa headed by ...") is no one. Found once per document; part of {@link ResolutionStage}.
 */
final class ReadoutGuest {

    static final ReadoutGuest NONE = new ReadoutGuest(null, null);

    /** Verbs by which a host has a guest: the first person named after one in the lede is the guest. */
    private static final Set<String> HOSTED = WordSet.of("received", "receives", "met", "meets", "welcomed", "welcomes", "hosted",
            "hosts", "with");
    /** "The guest", "the high-ranking guest", "The visitor": one guest, with at most one word of praise before it. */
    private static final Pattern GUEST = Pattern.compile("(?i)the (?:[\\p{L}-]+ )?(?:guest|visitor)");
    /** "The host", "the Ostrian host": the one who received the guest. */
    private static final Pattern HOST = Pattern.compile("(?i)the (?:[\\p{L}-]+ )?host");

    /** The guest as the text names him in full; null when the lede names none. */
    private final String guest;
    /** The host as the text names him in full; null when the lede names none before its verb of hosting. */
    private final String host;

    private ReadoutGuest(String guest, String host) {
        this.guest = guest;
        this.host = host;
    }

    /** The guest: the first person named in full after a verb of hosting in the {@link AnnotatedDocument#lede lede}. */
    static ReadoutGuest of(AnnotatedDocument doc, NameIndex names, DescriptionFit fit) {
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
        String host = null;
        for (int j = Name.lastBefore(doc.names, lede.start() - 1) + 1; j < doc.names.size() && doc.names.get(j).offset() < hosted; j++) {
            host = host == null ? person(doc.names.get(j), names, fit) : host;
        }
        for (int j = Name.lastBefore(doc.names, hosted) + 1; j < doc.names.size() && doc.names.get(j).offset() < lede.end(); j++) {
            String guest = person(doc.names.get(j), names, fit);
            if (guest != null) {
                return new ReadoutGuest(guest, host);
            }
        }
        return NONE;
    }

    /** The person a name gives in full, or null for a single word or a state's formal name. */
    private static String person(Name n, NameIndex names, DescriptionFit fit) {
        return n.kind() == SpeakerKind.PERSON && n.words().size() > 1 && !fit.namesStateForm(n.text())
                ? names.expand(n.text(), SpeakerKind.PERSON, n.offset()) : null;
    }

    /** The guest, for a statement whose speaker the text calls "the guest"; else null. */
    String speakerFor(Attribution a) {
        if (guest == null || a.mention == null || a.antecedent != null) {
            return null;
        }
        return GUEST.matcher(a.mention.text()).matches() ? guest : HOST.matcher(a.mention.text()).matches() ? host : null;
    }
}
