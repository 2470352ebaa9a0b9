package io.claimtrack.ingest.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Speakers: Ada Holm, Mayor; Ivo Marr, City Communications (moderator)": the person a transcript's list of speakers
 * marks as its moderator runs the briefing, and the turns under that person's name or surname say nothing of their own,
 * as "MODERATOR:" turns do ({@link SpeakerColonStage}). A participants line's own label does the same: "Participants:
 * Mayor Ada Holm; Ivo Marr, Fire Chief. Moderator: Tove Lund, Director of Communications."
 */
final class Moderators {

    private static final String MARK = "(moderator)";
    private static final String LABEL = "moderator:";
    /** The most characters between the label's colon and the moderator's name: a space or a line break. */
    private static final int LABEL_GAP = 3;
    /** The longest entry of a list of speakers: "Farah Siddiqui, Director of City Communications and Public Affairs". */
    private static final int ENTRY_CHARS = 120;

    private Moderators() {
    }

    /** The lower-cased full names and surnames of the people the text marks "(moderator)" after their name and office. */
    static Set<String> labels(AnnotatedDocument doc) {
        Set<String> labels = new HashSet<>();
        for (int at = doc.text.indexOf('('); at >= 0; at = doc.text.indexOf('(', at + 1)) {
            if (!doc.text.regionMatches(true, at, MARK, 0, MARK.length())) {
                continue;
            }
            int entry = entryStart(doc.text, at);
            List<Name> names = doc.names;
            for (int n = Sorted.firstAtLeast(names, Name::offset, entry + 1); n < names.size() && names.get(n).offset() < at; n++) {
                Name name = names.get(n);
                if (name.kind() == SpeakerKind.PERSON) {
                    labels.add(name.text().toLowerCase(Locale.ROOT));
                    labels.add(name.surname());
                    break;
                }
            }
        }
        labelled(doc, labels);
        labels.remove("");
        return labels;
    }

    /**
     * Whether a turn's label, tokens {@code [from, to)} lower-cased as {@code label}, names one of the {@link #labels}:
     * whole ("TOVE LUND:"), or by surname past an abbreviated rank or honorific ("SGT. LUND:", "MS. LUND-ARA:" under
     * "Sgt. Tove Lund, Media Relations (moderator)").
     */
    static boolean ranked(AttributionContext ctx, Set<String> labels, String label, int from, int to) {
        return labels.contains(label) || to - from >= 3 && ctx.tokens.get(from + 1).is(".")
                && ctx.tokens.get(from).end() == ctx.tokens.get(from + 1).start()
                && labels.contains(Name.lastWord(Name.words(label)));
    }

    /**
     * "... Fire Chief. Moderator: Tove Lund, Director of Communications.": the person named right after the label inside a
     * line; a line that opens with the label is the moderator's own turn ("MODERATOR: Mayor Holm, go ahead.").
     */
    private static void labelled(AnnotatedDocument doc, Set<String> labels) {
        String lower = doc.text.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(LABEL); at >= 0; at = lower.indexOf(LABEL, at + 1)) {
            if (lineOpening(doc.text, at) || Character.isLetterOrDigit(doc.text.charAt(at - 1))) {
                continue;
            }
            int after = at + LABEL.length();
            List<Name> names = doc.names;
            int n = Sorted.firstAtLeast(names, Name::offset, after);
            if (n < names.size() && names.get(n).offset() - after <= LABEL_GAP && names.get(n).kind() == SpeakerKind.PERSON) {
                labels.add(names.get(n).text().toLowerCase(Locale.ROOT));
                labels.add(names.get(n).surname());
            }
        }
    }

    private static boolean lineOpening(String text, int at) {
        int k = at - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n';
    }

    /** Where the moderator's entry opens: after the list's colon, the last entry's ";" or the line's start, near the mark. */
    private static int entryStart(String text, int mark) {
        int k = mark - 1;
        while (k >= 0 && mark - k < ENTRY_CHARS && ";:\n".indexOf(text.charAt(k)) < 0) {
            k--;
        }
        return k;
    }
}
