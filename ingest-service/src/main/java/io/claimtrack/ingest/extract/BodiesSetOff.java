package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the resort's operator said ..." and anywhere else "The resort's operator, Irmen Bergbahnen, declined to say": a
 * definite description of a body that the text sets, in the same words, before one name in apposition is that body,
 * whatever kind the name reader guessed for a name with no body's word in it. {@link NamedLater#apposed} does the same
 * for people. Part of {@link BodyDescriptions}; one per document, its appositions read once.
 */
final class BodiesSetOff {

    /**
     * A definite description and the comma that sets a name off after it: "The resort's operator, "; not a preposition's
     * object, whose name is another's ("A spokeswoman for the hospital, Ann Holm,").
     */
    private static final Pattern SET_OFF = Pattern.compile("(?<!\\b(?:of|for|to|with|by|at|from|in|on|about|against|over) )\\b[Tt]he ((?:[a-z][\\p{L}-]*(?:['’]s)? ){0,2}[a-z][\\p{L}-]*), $");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    /** Stands for several names set off after one description. */
    private static final Name SEVERAL = new Name("", SpeakerKind.ORGANIZATION, "", 0);

    /** By description in lower case without "the", the name set off after it, {@link #SEVERAL} for several. */
    private Map<String, Name> byDescription;

    BodiesSetOff(AnnotatedDocument doc, Lexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
    }

    /** The one name the text sets off after the description's own words, if they describe a body; null otherwise. */
    Name named(Mention description, String head) {
        String lower = description.text().toLowerCase(Locale.ROOT);
        if (description.hasName() || !lower.startsWith("the ") || !lexicon.organizations.contains(head) && !Businesses.WORDS.contains(head)) {
            return null;
        }
        if (byDescription == null) {
            index();
        }
        Name n = byDescription.get(lower.substring(4));
        return n == SEVERAL ? null : n;
    }

    private void index() {
        byDescription = new HashMap<>();
        for (Name n : doc.names) {
            int end = n.offset() + n.text().length();
            // Set off on both sides: "The operator, X, declined", not the first of a list ("the owners, X and Y").
            if (n.offset() < 2 || !doc.text.startsWith(", ", n.offset() - 2) || !doc.text.startsWith(",", end)) {
                continue;
            }
            Matcher m = SET_OFF.matcher(doc.text(Math.max(0, n.offset() - ResolutionWindows.APPOSED_NAME_CHARS), n.offset()));
            if (m.find()) {
                byDescription.merge(m.group(1).toLowerCase(Locale.ROOT), n, (a, b) -> a.text().equals(b.text()) ? a : SEVERAL);
            }
        }
    }
}
