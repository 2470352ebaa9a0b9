package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A release's instruction: "Tenants can report a broken heater at 555-0110", "Parents can call the school's help line":
 * "can" before the verb gives readers a way to reach someone, and the clause names the number or the line. Nothing is
 * said. "We can confirm that the line reopens" says something; "The mayor can report progress by May" names no
 * contact. So is a request to the reader or the room after "please": "Please state your name and outlet." Asked by
 * {@link CueSense}.
 */
final class ContactInstruction {

    /** Nouns of a way to reach an office: a telephone line ({@link Telephoned#LINES}), "the city's website". */
    private static final Set<String> CONTACTS = WordSet.union(List.of(Telephoned.LINES), "website", "number", "app",
            "portal", "email", "e-mail");

    private static final Pattern PHONE = Pattern.compile("(\\d+-)*\\d{3}-\\d{4}");

    private ContactInstruction() {
    }

    /** Whether the cue at {@code i} follows "can" (an adverb between) and its clause names a contact. */
    static boolean at(List<Token> t, int i, Sentence s) {
        int before = i - 1;
        if (before > s.firstToken() && !t.get(before).is("can") && ClauseShapes.isAdverb(t.get(before))) {
            // "can also call": the adverb list holds the modal itself, so it is not stepped over.
            before--;
        }
        if (before < s.firstToken() || !t.get(before).is("can") || i + 1 < s.endToken() && t.get(i + 1).is("that")) {
            return false;
        }
        // Within the cue's clause: a sentence of "can" and a cue over and over, unpunctuated, once read to its end for each.
        int end = Math.min(s.endToken(), i + 1 + Windows.CONTACT_AFTER_CUE_TOKENS);
        for (int k = i + 1; k < end && !t.get(k).is(";"); k++) {
            if (CONTACTS.contains(t.get(k).lower()) || phoneNumber(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** "Please state your name", "please tell the desk": the cue is the verb of a request made of the listener. */
    static boolean pleaseAsked(List<Token> t, int i, Sentence s) {
        return i > s.firstToken() && t.get(i - 1).is("please");
    }

    /** "555-0110", "1-800-555-0143": digits a reader dials, not a count ("can report 40 cases"). */
    private static boolean phoneNumber(Token tok) {
        return PHONE.matcher(tok.text()).matches();
    }
}
