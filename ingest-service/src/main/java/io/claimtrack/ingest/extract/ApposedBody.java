package io.claimtrack.ingest.extract;

import java.util.regex.Pattern;

/**
 * "The junior coalition partner, the Fenland League, has said": a description with a body's name set off right after
 * it is that body, so no "he" or "she" can take it; part of {@link PronounResolver}.
 */
final class ApposedBody {

    private static final Pattern BETWEEN = Pattern.compile(", (?:the )?");

    private ApposedBody() {
    }

    /** Whether a body's name stands in apposition right after description {@code m}, closed by a comma. */
    static boolean follows(AnnotatedDocument doc, Lexicon lexicon, Mention m) {
        int j = Name.lastBefore(doc.names, m.end()) + 1;
        Name n = j < doc.names.size() ? doc.names.get(j) : null;
        // A body's name may be read as a person's: its last word says it is a body ("League").
        if (n == null || n.kind() != SpeakerKind.ORGANIZATION && !lexicon.organizations.contains(Name.lastWord(n.words()))) {
            return false;
        }
        int start = doc.text.indexOf(n.text(), n.offset());
        int end = start + n.text().length();
        return start >= m.end() && BETWEEN.matcher(doc.text(m.end(), start)).matches()
                && end < doc.text.length() && doc.text.charAt(end) == ',';
    }
}
