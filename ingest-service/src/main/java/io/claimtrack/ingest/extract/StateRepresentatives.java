package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the Permanent Representative of the Republic of Orvania to the United Nations, Ambassador Lise Tamm, ... The
 * delegation of Orvania recalled ...": a state's delegation, and its representative, speak as the one person the text
 * names as that state's representative; a bare "the delegation" or "the Permanent Representative" as the one
 * representative the text names, when it names one for a single state. Part of {@link ResolutionStage}.
 */
final class StateRepresentatives {

    static final StateRepresentatives NONE = new StateRepresentatives(Map.of());

    /** A state's formal name, of which the last word is the state's own: "the Republic of Orvania" → "Orvania". */
    private static final String STATE = "(?:the )?((?:\\p{Lu}[\\p{L}-]* (?:of )?)*\\p{Lu}[\\p{L}-]*)";
    /** "(Permanent) Representative of the Republic of Orvania (to the United Nations), (Ambassador) " before a name. */
    private static final Pattern BEFORE = Pattern.compile("[Rr]epresentative of " + STATE + "(?: to [^,]{1,60})?, (?:\\p{Lu}\\p{L}*\\.? )?$");
    /** ", (the) (Deputy Permanent) Representative of Orvania" after a name: a deputy represents the state too. */
    private static final Pattern AFTER = Pattern.compile("^, (?:the )?(?:(?:\\p{Lu}\\p{L}*|permanent|deputy) )*[Rr]epresentative of " + STATE);
    /** "The delegation (of Orvania)", "The (Permanent) Representative (of Orvania) (to the United Nations)", the whole mention. */
    private static final Pattern MENTION = Pattern.compile("[Tt]he (?:delegation|(?:[Pp]ermanent )?[Rr]epresentative)(?: of " + STATE + ")?(?: to .+)?");
    /** How far before a name its title of representative may start: one long formal title. */
    private static final int TITLE_CHARS = 160;
    /** Several people named for one state: no one. */
    private static final String SEVERAL = "";

    /** By state (the last word of its name), the one person named its representative, or {@link #SEVERAL}. */
    private final Map<String, String> byState;

    private StateRepresentatives(Map<String, String> byState) {
        this.byState = byState;
    }

    /** The representatives the text names, each by the title before or after the name; one pass over the names. */
    static StateRepresentatives of(AnnotatedDocument doc, NameIndex names) {
        if (!doc.text.contains("epresentative of ")) {
            return NONE;
        }
        Map<String, String> byState = new HashMap<>();
        for (Name n : doc.names) {
            // A lone capitalised word is no name in apposition: "On 4 May, the Permanent Representative of Orvania".
            if (n.kind() != SpeakerKind.PERSON || n.words().size() < 2) {
                continue;
            }
            // A name's offset is its title's ("Ambassador Lise Tamm"): the title after it follows the name's own words.
            int end = Math.max(n.offset(), doc.text.indexOf(n.text(), n.offset())) + n.text().length();
            Matcher before = BEFORE.matcher(doc.text(Math.max(0, n.offset() - TITLE_CHARS), n.offset()));
            Matcher after = AFTER.matcher(doc.text(end, Math.min(doc.text.length(), end + TITLE_CHARS)));
            String state = before.find() ? before.group(1) : after.find() ? after.group(1) : null;
            if (state != null) {
                String person = names.expand(n.text(), SpeakerKind.PERSON, n.offset());
                byState.merge(lastWord(state), person, (was, now) -> was.equals(now) ? was : SEVERAL);
            }
        }
        return byState.isEmpty() ? NONE : new StateRepresentatives(byState);
    }

    /**
     * The person a delegation or representative mention stands for: its state's one named representative; with no state,
     * the one representative the text names, if it names one for a single state; null otherwise.
     */
    String speakerFor(Mention m) {
        Matcher d = byState.isEmpty() || m == null || m.hasName() ? null : MENTION.matcher(m.text());
        if (d == null || !d.matches()) {
            return null;
        }
        String person = d.group(1) != null ? byState.get(lastWord(d.group(1)))
                : byState.size() == 1 ? byState.values().iterator().next() : null;
        return person == null || person.equals(SEVERAL) ? null : person;
    }

    private static String lastWord(String state) {
        return state.substring(state.lastIndexOf(' ') + 1);
    }
}
