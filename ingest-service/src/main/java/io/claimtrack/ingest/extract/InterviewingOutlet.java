package io.claimtrack.ingest.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "gave an interview to the newspaper 'Harbour Ledger'" over turns labelled "Harbour Ledger: ..." and "Ines Varga: ...":
 * the outlet the text names as the one interviewing asks the questions, so its turns are question turns, no statements;
 * part of {@link SpeakerColonStage}. Only an outlet named with a body's noun ("the newspaper", "the magazine", "the
 * channel") counts: "an interview with Ines Varga" names the one who answers.
 */
final class InterviewingOutlet {

    /**
     * "interview ... to the newspaper 'Harbour Ledger'", "interviewed by the weekly Harbour Ledger": an interview's word,
     * the preposition that gives it to or takes it from someone (within a line's few words), a lower-case noun, and the
     * capitalised name after it, quoted or not.
     */
    private static final Pattern INTERVIEWING = Pattern.compile(
            "\\binterview(?:s|ed)?\\b[^.\\n]{0,60}?\\b(?:to|with|by|for) the (\\p{Ll}+) [\"“«]?(\\p{Lu}[\\p{L}'’&-]*(?: \\p{Lu}[\\p{L}'’&-]*)*)");

    private final Set<String> outlets = new HashSet<>();

    private InterviewingOutlet(Set<String> found) {
        outlets.addAll(found);
    }

    /** The outlets the document names as interviewing: one pass over its text. */
    static InterviewingOutlet of(AnnotatedDocument doc, Lexicon lexicon) {
        Set<String> found = new HashSet<>();
        // The search tries every offset of the text: not where the word it opens with stands nowhere.
        Matcher m = INTERVIEWING.matcher(doc.text.contains("interview") ? doc.text : "");
        while (m.find()) {
            if (lexicon.organizations.contains(m.group(1))) {
                found.add(m.group(2).toLowerCase(Locale.ROOT));
            }
        }
        return new InterviewingOutlet(found);
    }

    /** Whether a turn's label, in lower case, is an outlet named as interviewing. */
    boolean asks(String label) {
        return outlets.contains(label);
    }
}
